package io.github.esfkit.indicators.targets;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** No floating point anywhere in the targets code, and no dependency on the other indicators package. */
class TargetsArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importOnlyThisPackage() {
    // resolving every referenced JDK class from the class path costs seconds and adds nothing here
    boolean before = ArchConfiguration.get().resolveMissingDependenciesFromClassPath();
    ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
    try {
      classes = new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.esfkit.indicators.targets");
    } finally {
      ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(before);
    }
  }

  @Test
  void noFloatingPoint() {
    assertThat(classes.size()).as("classes imported").isGreaterThan(40);
    noFields().should().haveRawType(double.class).orShould().haveRawType(float.class)
        .orShould().haveRawType(Double.class).orShould().haveRawType(Float.class).check(classes);
    noMethods().should().haveRawReturnType(double.class).orShould().haveRawReturnType(float.class).check(classes);
    noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.lang.Double")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Float").check(classes);
  }

  @Test
  void independentOfTheCommonIndicatorsPackage() {
    noClasses().should().dependOnClassesThat().resideInAPackage("io.github.esfkit.indicators.common..")
        .check(classes);
  }
}
