package io.github.esfkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.github.esfkit.core.testing.DomainArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Applies the shared domain architecture rules to esf-core's main classes. */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.esfkit.core");
    assertThat(classes).isNotEmpty();
  }

  @Test
  void noNetwork() {
    DomainArchitectureRules.NO_NETWORK.check(classes);
  }

  @Test
  void noFileSystem() {
    DomainArchitectureRules.NO_FILE_SYSTEM.check(classes);
  }

  @Test
  void noCurrencyConversion() {
    DomainArchitectureRules.NO_CURRENCY_CONVERSION.check(classes);
  }

  @Test
  void noPackageCycles() {
    DomainArchitectureRules.noPackageCycles("io.github.esfkit.core").check(classes);
  }

  @Test
  void noGuavaInPublicSignatures() {
    DomainArchitectureRules.NO_GUAVA_IN_PUBLIC_SIGNATURES.check(classes);
  }

  @Test
  void noFloatingPointInPublicSignatures() {
    DomainArchitectureRules.NO_FLOATING_POINT_IN_PUBLIC_SIGNATURES.check(classes);
  }

  @Test
  void allRulesTogether() {
    assertThat(DomainArchitectureRules.all("io.github.esfkit.core")).hasSize(7);
    for (ArchRule rule : DomainArchitectureRules.all("io.github.esfkit.core")) {
      rule.check(classes);
    }
  }

  @Test
  void theRulesCatchViolations() {
    // The rules must bite: a class that uses java.net and Guava in its API violates them.
    JavaClasses bad = new ClassFileImporter().importClasses(BadExample.class);
    assertThat(DomainArchitectureRules.NO_NETWORK.evaluate(bad).hasViolation()).isTrue();
    assertThat(DomainArchitectureRules.NO_GUAVA_IN_PUBLIC_SIGNATURES.evaluate(bad).hasViolation()).isTrue();
    assertThat(DomainArchitectureRules.NO_FILE_SYSTEM.evaluate(bad).hasViolation()).isTrue();
    assertThat(DomainArchitectureRules.NO_FLOATING_POINT_IN_PUBLIC_SIGNATURES.evaluate(bad).hasViolation()).isTrue();
  }

  @Test
  void theCycleRuleSeesACycleBetweenAPackageAndItsSubPackage() {
    String base = "io.github.esfkit.core.testing.cycle";
    JavaClasses cyclic = new ClassFileImporter().importPackages(base);
    assertThat(cyclic.contain(io.github.esfkit.core.testing.cycle.a.Parent.class)).isTrue();
    assertThat(DomainArchitectureRules.noPackageCycles(base).evaluate(cyclic).hasViolation()).isTrue();
  }

  @Test
  void noClassUsesAnotherModulesInternals() {
    DomainArchitectureRules.NO_FOREIGN_INTERNALS.check(classes);
    JavaClasses bad = new ClassFileImporter().importPackages("io.github.esfkit.core.testing.internals");
    assertThat(bad.contain(io.github.esfkit.core.testing.internals.UsesHidden.class)).isTrue();
    assertThat(DomainArchitectureRules.NO_FOREIGN_INTERNALS.evaluate(bad).hasViolation()).isTrue();
    JavaClasses own = new ClassFileImporter().importPackages("io.github.esfkit.testfixture");
    assertThat(DomainArchitectureRules.NO_FOREIGN_INTERNALS.evaluate(own).hasViolation()).isFalse();
  }

  /** Breaks the rules on purpose. */
  public static class BadExample {
    public java.net.URI uri() {
      return java.net.URI.create("https://example.org");
    }

    public com.google.common.collect.ImmutableList<String> list() {
      return com.google.common.collect.ImmutableList.of();
    }

    public java.io.File file() {
      return new java.io.File("x");
    }

    public double share() {
      return 0.5;
    }
  }

  /** A public constructor with a Guava type breaks the signature rule too. */
  public static class BadConstructor {
    public BadConstructor(com.google.common.collect.ImmutableSet<String> names) {
      names.size();
    }
  }

  @Test
  void constructorsAreCoveredAndEmptyModulesPass() {
    JavaClasses bad = new ClassFileImporter().importClasses(BadConstructor.class);
    assertThat(DomainArchitectureRules.NO_GUAVA_IN_PUBLIC_SIGNATURES.evaluate(bad).hasViolation()).isTrue();
    JavaClasses none = new ClassFileImporter().importPackages("io.github.esfkit.nothing.here");
    for (ArchRule rule : DomainArchitectureRules.all("io.github.esfkit.nothing.here")) {
      assertThat(rule.evaluate(none).hasViolation()).as(rule.getDescription()).isFalse();
    }
  }
}
