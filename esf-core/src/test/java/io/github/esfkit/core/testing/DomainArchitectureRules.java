package io.github.esfkit.core.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Architecture rules every esfkit domain module applies to its own base package: no network, no file
 * system, no currency conversion (which goes to the network), no package cycles (between any two packages),
 * no use of another module's {@code *.internal} packages, no Guava types in the public API, no
 * {@code double}/{@code float} in public signatures. Use them from an ArchUnit test:
 *
 * <pre>{@code
 * JavaClasses classes = new ClassFileImporter()
 *     .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.github.esfkit.budget");
 * DomainArchitectureRules.all("io.github.esfkit.budget").forEach(rule -> rule.check(classes));
 * }</pre>
 */
public final class DomainArchitectureRules {

  private DomainArchitectureRules() {}

  /** No class uses {@code java.net} (no network access). */
  public static final ArchRule NO_NETWORK = noClasses().should().dependOnClassesThat()
      .resideInAPackage("java.net..").because("esfkit is pure domain: it never goes to the network")
      .allowEmptyShould(true);

  /** No class uses {@code java.io.File} (no file system in the domain). */
  public static final ArchRule NO_FILE_SYSTEM = noClasses().should().dependOnClassesThat()
      .belongToAnyOf(java.io.File.class)
      .because("domain modules take data as values; reading files belongs to the I/O module")
      .allowEmptyShould(true);

  /** No class uses {@code javax.money.convert}: exchange rates are handed in as data. */
  public static final ArchRule NO_CURRENCY_CONVERSION = noClasses().should().dependOnClassesThat()
      .resideInAPackage("javax.money.convert..")
      .because("MonetaryConversions loads rate providers that go to the network; rates are data")
      .allowEmptyShould(true);

  /**
   * Public methods and constructors of public classes expose no Guava type (in parameters, return types
   * or type arguments).
   */
  public static final ArchRule NO_GUAVA_IN_PUBLIC_SIGNATURES = codeUnits().that().arePublic()
      .and().areDeclaredInClassesThat().arePublic()
      .should(notExposeTypesFrom("com.google.common", "Guava"))
      .because("Guava is an implementation detail; see engineering.md")
      .allowEmptyShould(true);

  /** Public methods and constructors of public classes use no floating point ({@code double}, {@code float}). */
  public static final ArchRule NO_FLOATING_POINT_IN_PUBLIC_SIGNATURES = codeUnits().that().arePublic()
      .and().areDeclaredInClassesThat().arePublic()
      .should(notExposeFloatingPoint())
      .because("amounts and shares are exact (BigDecimal, Money)")
      .allowEmptyShould(true);

  /**
   * The packages under {@code basePackage} form no dependency cycle: every package is a slice of its own, so a
   * cycle between a package and its sub-package (say {@code targets} and {@code targets.model}) counts as much as
   * one between siblings.
   */
  public static ArchRule noPackageCycles(String basePackage) {
    return slices().matching(basePackage + ".(**)").namingSlices("package $1").should().beFreeOfCycles()
        .allowEmptyShould(true);
  }

  /**
   * No class depends on a {@code *.internal} package of another esfkit module, unless that module's descriptor
   * exports the package to the class's module by name ({@code exports … .internal to …}). Module-info exports those
   * packages to no one else, so on the module path JPMS refuses such a dependency; this rule refuses it on the class
   * path too. The module of a class is its package's first four names ({@code io.github.esfkit.budget}), which is
   * also its module's name; the descriptors are the {@code module-info.class} files on the class path.
   */
  public static final ArchRule NO_FOREIGN_INTERNALS = noClasses().should(dependOnAnotherModulesInternals())
      .because("a *.internal package is not exported: only its own module may use it")
      .allowEmptyShould(true);

  private static ArchCondition<JavaClass> dependOnAnotherModulesInternals() {
    return new ArchCondition<>("depend on a *.internal package of another module") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String home = moduleOf(origin.getPackageName());
        for (com.tngtech.archunit.core.domain.Dependency d : origin.getDirectDependenciesFromSelf()) {
          String target = d.getTargetClass().getPackageName();
          boolean internal = target.endsWith(".internal") || target.contains(".internal.");
          if (internal && target.startsWith("io.github.esfkit.") && !moduleOf(target).equals(home)
              && !QUALIFIED_EXPORTS.getOrDefault(target, Set.of()).contains(home)) {
            events.add(SimpleConditionEvent.satisfied(origin, d.getDescription()));
          }
        }
      }
    };
  }

  /** Package → the modules it is exported to by name, from every module descriptor on the class path. */
  private static final java.util.Map<String, Set<String>> QUALIFIED_EXPORTS = qualifiedExports();

  private static java.util.Map<String, Set<String>> qualifiedExports() {
    java.util.Map<String, Set<String>> out = new java.util.HashMap<>();
    try {
      java.util.Enumeration<java.net.URL> urls =
          DomainArchitectureRules.class.getClassLoader().getResources("module-info.class");
      while (urls.hasMoreElements()) {
        try (java.io.InputStream in = urls.nextElement().openStream()) {
          for (java.lang.module.ModuleDescriptor.Exports e : java.lang.module.ModuleDescriptor.read(in).exports()) {
            if (e.isQualified()) {
              out.computeIfAbsent(e.source(), k -> new TreeSet<>()).addAll(e.targets());
            }
          }
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  private static String moduleOf(String packageName) {
    String[] names = packageName.split("\\.");
    return String.join(".", java.util.Arrays.asList(names).subList(0, Math.min(4, names.length)));
  }

  /** Every rule above, the cycle rule for {@code basePackage} included. */
  public static List<ArchRule> all(String basePackage) {
    return List.of(NO_NETWORK, NO_FILE_SYSTEM, NO_CURRENCY_CONVERSION, NO_GUAVA_IN_PUBLIC_SIGNATURES,
        NO_FLOATING_POINT_IN_PUBLIC_SIGNATURES, noPackageCycles(basePackage), NO_FOREIGN_INTERNALS);
  }

  /** A condition: no type of the package prefix appears in the code unit's signature. */
  public static ArchCondition<JavaCodeUnit> notExposeTypesFrom(String packagePrefix, String what) {
    return new ArchCondition<>("not expose " + what + " types in their signature") {
      @Override
      public void check(JavaCodeUnit method, ConditionEvents events) {
        Set<String> offending = new TreeSet<>();
        for (JavaClass c : signatureTypes(method)) {
          if (c.getPackageName().startsWith(packagePrefix)) {
            offending.add(c.getName());
          }
        }
        if (!offending.isEmpty()) {
          events.add(SimpleConditionEvent.violated(method,
              method.getFullName() + " exposes " + what + " types " + offending));
        }
      }
    };
  }

  private static ArchCondition<JavaCodeUnit> notExposeFloatingPoint() {
    return new ArchCondition<>("not use double or float in their signature") {
      @Override
      public void check(JavaCodeUnit method, ConditionEvents events) {
        if (method.getModifiers().contains(JavaModifier.SYNTHETIC)
            || method.getModifiers().contains(JavaModifier.BRIDGE)) {
          return;
        }
        for (JavaClass c : signatureTypes(method)) {
          String n = c.getName();
          if (n.equals("double") || n.equals("float") || n.equals(Double.class.getName())
              || n.equals(Float.class.getName())) {
            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " uses " + n));
            return;
          }
        }
      }
    };
  }

  private static Set<JavaClass> signatureTypes(JavaCodeUnit unit) {
    Set<JavaClass> types = new java.util.HashSet<>(unit.getReturnType().getAllInvolvedRawTypes());
    unit.getParameterTypes().forEach(t -> types.addAll(t.getAllInvolvedRawTypes()));
    return types;
  }
}
