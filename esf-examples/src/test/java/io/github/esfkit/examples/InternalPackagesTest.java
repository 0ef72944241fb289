package io.github.esfkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.esfkit.core.testing.DomainArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * No main class of any esfkit module on this class path (core, budget, indicators, io, examples) uses another
 * module's {@code *.internal} package. module-info leaves those packages unexported, so JPMS refuses such a use on
 * the module path; this test refuses it on the class path, where the modules' own tests and the CLI run.
 */
class InternalPackagesTest {

  @Test
  void noModuleUsesAnotherModulesInternals() {
    ImportOption mainOnly = location -> ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
        && !location.contains("-tests.jar");
    JavaClasses classes = new ClassFileImporter().withImportOption(mainOnly).importPackages("io.github.esfkit");
    for (String module : new String[] {"core", "budget", "indicators", "io", "examples"}) {
      assertThat(classes.stream().filter(c -> c.getPackageName().startsWith("io.github.esfkit." + module)))
          .as("main classes of %s imported", module).isNotEmpty();
    }
    assertThat(classes.stream().filter(c -> c.getPackageName().contains(".internal")))
        .as("internal classes imported").isNotEmpty();
    DomainArchitectureRules.NO_FOREIGN_INTERNALS.check(classes);
  }
}
