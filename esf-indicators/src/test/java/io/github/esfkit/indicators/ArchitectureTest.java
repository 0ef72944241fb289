package io.github.esfkit.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.github.esfkit.core.testing.DomainArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds esf-indicators to the shared domain architecture rules of esf-core's test-jar. */
class ArchitectureTest {

  private static final String BASE = "io.github.esfkit.indicators";
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(BASE);
    assertThat(classes).isNotEmpty();
  }

  @Test
  void everyDomainRuleHolds() {
    for (ArchRule rule : DomainArchitectureRules.all(BASE)) {
      rule.check(classes);
    }
  }

  @Test
  void noIoCliOrBenchmarkLibraries() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml..", "org.apache.commons.csv..", "picocli..", "org.openjdk.jmh..",
            "org.duckdb..", "java.sql..")
        .because("domain modules never depend on I/O, CLI or benchmark libraries")
        .check(classes);
  }
}
