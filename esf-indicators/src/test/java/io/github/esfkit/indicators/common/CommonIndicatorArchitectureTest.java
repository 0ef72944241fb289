package io.github.esfkit.indicators.common;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Package rules: no floating point, no I/O, no dependency on the sibling targets package. */
class CommonIndicatorArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.esfkit.indicators.common");

  @Test
  void no_floating_point_in_fields_parameters_or_results() {
    noFields().should().haveRawType(double.class).orShould().haveRawType(float.class)
        .orShould().haveRawType(Double.class).orShould().haveRawType(Float.class).check(CLASSES);
    noCodeUnits().should().haveRawReturnType(double.class).orShould().haveRawReturnType(float.class)
        .check(CLASSES);
    noCodeUnits().should().haveRawParameterTypes(double.class).check(CLASSES);
  }

  @Test
  void no_io_and_no_dependency_on_targets() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..",
        "java.sql..", "io.github.esfkit.indicators.targets..").check(CLASSES);
  }
}
