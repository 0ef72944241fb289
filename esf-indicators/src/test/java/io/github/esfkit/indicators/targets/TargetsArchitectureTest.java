package io.github.esfkit.indicators.targets;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** No floating point anywhere in the targets code, and no dependency on the other indicators package. */
class TargetsArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.esfkit.indicators.targets");

  @Test
  void noFloatingPoint() {
    noFields().should().haveRawType(double.class).orShould().haveRawType(float.class)
        .orShould().haveRawType(Double.class).orShould().haveRawType(Float.class).check(CLASSES);
    noMethods().should().haveRawReturnType(double.class).orShould().haveRawReturnType(float.class).check(CLASSES);
    noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.lang.Double")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Float").check(CLASSES);
  }

  @Test
  void independentOfTheCommonIndicatorsPackage() {
    noClasses().should().dependOnClassesThat().resideInAPackage("io.github.esfkit.indicators.common..")
        .check(CLASSES);
  }
}
