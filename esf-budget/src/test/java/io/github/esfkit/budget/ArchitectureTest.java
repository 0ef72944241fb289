package io.github.esfkit.budget;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No floating point anywhere in the module (fields, parameters, return types, calls and field accesses
 * involving double/float; see also {@link NoFloatingPointBytecodeTest}), no network, no {@code java.io.File},
 * no {@code javax.money.convert}.
 */
class ArchitectureTest {

  /** The module's main classes, read from their output directory only (fast; no class-path scan). */
  private static final JavaClasses MODULE = importMainClasses();

  private static JavaClasses importMainClasses() {
    try {
      java.nio.file.Path main =
          java.nio.file.Path.of(BudgetCalculator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPath(main);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everySharedDomainRuleHolds() {
    for (ArchRule rule : io.github.esfkit.core.testing.DomainArchitectureRules.all("io.github.esfkit.budget")) {
      rule.check(MODULE);
    }
  }

  private static final Set<String> FLOATING = Set.of("double", "float", "java.lang.Double", "java.lang.Float");

  private static final DescribedPredicate<JavaClass> FLOATING_TYPE =
      DescribedPredicate.describe("double, float, Double or Float", c -> FLOATING.contains(c.getName()));

  private static final ArchCondition<JavaCodeUnit> NO_FLOATING_PARAMETER =
      new ArchCondition<>("have no double/float parameter") {
        @Override
        public void check(JavaCodeUnit unit, ConditionEvents events) {
          boolean bad = unit.getRawParameterTypes().stream().anyMatch(FLOATING_TYPE);
          events.add(new SimpleConditionEvent(unit, !bad, unit.getFullName() + " takes a floating-point parameter"));
        }
      };

  private static final DescribedPredicate<JavaAccess<?>> FLOATING_ACCESS =
      DescribedPredicate.describe("a member that takes, returns or holds a floating-point value", access -> {
        if (access instanceof JavaFieldAccess) {
          return FLOATING_TYPE.test(((JavaFieldAccess) access).getTarget().getRawType());
        }
        if (access instanceof JavaCodeUnitAccess) {
          JavaCodeUnitAccess<?> call = (JavaCodeUnitAccess<?>) access;
          return FLOATING_TYPE.test(call.getTarget().getRawReturnType())
              || call.getTarget().getRawParameterTypes().stream().anyMatch(FLOATING_TYPE);
        }
        return false;
      });

  @Test
  void importsTheModule() {
    assertThat(MODULE.contain(BudgetCalculator.class)).isTrue();
    assertThat(MODULE.contain(Budget.class)).isTrue();
    assertThat(MODULE.size()).isGreaterThan(30);
  }

  /** A deliberately floating class: the rules must reject it. */
  static final class Floating {
    double rate;

    Float share(long x) {
      return (float) x;
    }
  }

  @Test
  void theRulesRejectFloatingPoint() {
    JavaClasses sample = new ClassFileImporter().importClasses(Floating.class);
    assertThatThrownBy(() -> noFields().should().haveRawType(FLOATING_TYPE).check(sample))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> noMethods().should().haveRawReturnType(FLOATING_TYPE).check(sample))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void noFloatingPointFields() {
    noFields().should().haveRawType(FLOATING_TYPE).check(MODULE);
  }

  @Test
  void noFloatingPointReturnTypes() {
    noMethods().should().haveRawReturnType(FLOATING_TYPE).check(MODULE);
  }

  @Test
  void noFloatingPointParameters() {
    ArchRule rule = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits().should(NO_FLOATING_PARAMETER);
    rule.check(MODULE);
  }

  @Test
  void noCallsOrAccessesInvolvingFloatingPoint() {
    noClasses().should().accessTargetWhere(FLOATING_ACCESS.forSubtype()).check(MODULE);
  }

  @Test
  void noNetwork() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("java.net..").check(MODULE);
  }

  @Test
  void noJavaIoFile() {
    noClasses().should().dependOnClassesThat().belongToAnyOf(java.io.File.class).check(MODULE);
  }

  @Test
  void noMoneyConversionApi() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("javax.money.convert..").check(MODULE);
  }

  @Test
  void noGuavaInPublicSignatures() {
    noMethods()
        .that().arePublic()
        .should().haveRawReturnType(DescribedPredicate.describe("a Guava type",
            (JavaClass c) -> c.getPackageName().startsWith("com.google.common")))
        .check(MODULE);
  }
}
