package io.github.esfkit.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import com.google.common.testing.ArbitraryInstances;
import com.google.common.testing.NullPointerTester;
import io.github.esfkit.core.Share;
import io.github.esfkit.core.attendance.Attendance;
import io.github.esfkit.core.attendance.TimeReport;
import io.github.esfkit.core.id.CfarNumber;
import io.github.esfkit.core.id.Organisationsnummer;
import io.github.esfkit.core.organisation.Organisation;
import io.github.esfkit.core.participant.Answer;
import io.github.esfkit.core.participant.EmploymentStatus;
import io.github.esfkit.core.participant.FollowUpAnchor;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.participant.IncomeSupportObservation;
import io.github.esfkit.core.participant.IscedLevel;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.participant.UnknownReason;
import io.github.esfkit.core.participant.PersonHistory;
import io.github.esfkit.core.programme.Call;
import io.github.esfkit.core.project.Project;
import io.github.esfkit.core.validation.ValidationResult;
import io.github.esfkit.core.validation.Violation;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/**
 * The null contract of a module's public API, checked over every public top-level type of its exported packages:
 * every public constructor, static method and instance method throws {@link NullPointerException} for a null
 * argument that is not {@code @Nullable} (JSpecify). The types are found reflectively (Guava {@link ClassPath}
 * over the module's package prefix, packages named {@code *.internal} skipped), so classes moved between
 * packages are swept without a list to keep. Guava's {@link NullPointerTester} calls each member; instances
 * and argument values come from registered samples, then from the types' own public factories and
 * constructors (fewest parameters first), then from Guava's {@link ArbitraryInstances}.
 */
public final class NullContractSweep {

  private final String packagePrefix;
  private final URL mainClasses;
  private final Map<Class<?>, Object> samples = new LinkedHashMap<>();
  private final NullPointerTester tester = new NullPointerTester();
  private final List<String> failures = new ArrayList<>();
  private final List<String> withoutInstance = new ArrayList<>();
  private int types;
  private int members;

  private NullContractSweep(String packagePrefix, Class<?> anyMainClass) {
    this.packagePrefix = packagePrefix;
    this.mainClasses = anyMainClass.getProtectionDomain().getCodeSource().getLocation();
    sample(String.class, "x");
    sample(CharSequence.class, "x");
    sample(BigDecimal.class, BigDecimal.ONE);
    sample(LocalDate.class, LocalDate.of(2020, 1, 1));
    sample(YearMonth.class, YearMonth.of(2020, 1));
    sample(Year.class, Year.of(2020));
    sample(LocalDateRange.class, LocalDateRange.ofClosed(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)));
    sample(Path.class, Path.of("target", "null-contract-sweep-no-such-file"));
  }

  /** A sweep over the public types under {@code packagePrefix} that come from the same classes as {@code anyMainClass}. */
  public static NullContractSweep of(String packagePrefix, Class<?> anyMainClass) {
    return new NullContractSweep(packagePrefix, anyMainClass);
  }

  /** Registers a value of a type the sweep cannot construct by itself (also used as that type's argument). */
  public <T> NullContractSweep sample(Class<T> type, T value) {
    samples.put(type, value);
    tester.setDefault(type, value);
    return this;
  }

  /** Registers a value under its own class (for values whose type a test need not name). */
  public NullContractSweep sampleOf(Object value) {
    putIfAbsent(value.getClass(), value);
    return this;
  }

  /** Registers valid values of the esf-core types built only through builders (a project, its call, a participation). */
  public NullContractSweep withCoreSamples() {
    Organisation owner = CoreSamples.OWNER;
    Call call = CoreSamples.call();
    Project project = CoreSamples.project();
    Participation participation = Participation.builder().participantId("D-070").subProject("Hällefors")
        .gender(Answer.of(Gender.MAN)).birthDate(Answer.of(LocalDate.of(1990, 5, 17)))
        .entryDate(LocalDate.of(2018, 9, 3)).employmentStatus(Answer.of(EmploymentStatus.LONG_TERM_UNEMPLOYED))
        .education(Answer.of(IscedLevel.ISCED3)).build();
    sample(Organisation.class, owner);
    sample(Organisationsnummer.class, owner.organisationsnummer().orElseThrow());
    sample(CfarNumber.class, CfarNumber.parse("19187426"));
    sample(Call.class, call);
    sample(Project.class, project);
    sample(Participation.class, participation);
    sample(PersonHistory.class, PersonHistory.builder().addParticipations(participation).build());
    @SuppressWarnings("unchecked") Class<Answer<Object>> answer = (Class<Answer<Object>>) (Class<?>) Answer.class;
    sample(answer, Answer.unknown(UnknownReason.REFUSED)); // an unknown answer fits every Answer<T>
    sample(Share.class, Share.of(1, 2));
    sample(Attendance.class, Attendance.ofMonth("D-070", YearMonth.of(2018, 9), BigDecimal.TEN));
    sample(Violation.class, ValidationResult.builder().error("RULE", "path", "fel", "error").build().violations().get(0));
    sample(TimeReport.class, TimeReport.builder().personId("S-1").employer(owner.organisationsnummer().orElseThrow())
        .function("Projektledare").month(YearMonth.of(2018, 9)).hours(BigDecimal.TEN).build());
    sample(IncomeSupportObservation.class, IncomeSupportObservation.builder().anchor(FollowUpAnchor.BEFORE_ENTRY)
        .months(6).receivesSupport(Answer.of(Boolean.FALSE)).build());
    return this;
  }

  /** Runs the sweep; see {@link #failures()}. */
  public NullContractSweep run() throws IOException {
    List<Class<?>> api = publicTypes();
    types = api.size();
    for (Class<?> c : api) {
      if (c.isEnum()) {
        putIfAbsent(c, c.getEnumConstants()[0]);
      }
    }
    // instances for the types that need none of the others first, then until nothing new is found
    boolean found = true;
    while (found) {
      found = false;
      for (Class<?> c : api) {
        if (!samples.containsKey(c) && !c.isInterface() && !Modifier.isAbstract(c.getModifiers())) {
          Object made = make(c);
          if (made != null) {
            putIfAbsent(c, made);
            found = true;
          }
        }
      }
      for (Class<?> c : api) {
        if (!samples.containsKey(c) && (c.isInterface() || Modifier.isAbstract(c.getModifiers()))) {
          for (Object o : new ArrayList<>(samples.values())) {
            if (c.isInstance(o)) {
              putIfAbsent(c, o);
              found = true;
              break;
            }
          }
        }
      }
    }
    for (Class<?> c : api) {
      check(c);
    }
    return this;
  }

  /** Every member that let a null through or threw something else, with the tester's explanation. */
  public List<String> failures() {
    return failures;
  }

  /** The public types with public instance methods for which no instance could be made (their statics are swept). */
  public List<String> withoutInstance() {
    return withoutInstance;
  }

  /** How many public types were swept. */
  public int types() {
    return types;
  }

  /** How many constructors and methods with a reference parameter were called with nulls. */
  public int members() {
    return members;
  }

  /**
   * Runs the sweep, writes its summary and failures to {@code target/null-contract.txt} and fails unless at least
   * {@code minTypes} types were swept without a failure.
   */
  public NullContractSweep runAndCheck(int minTypes) throws IOException {
    run();
    Files.writeString(Path.of("target", "null-contract.txt"), this + "\n", StandardCharsets.UTF_8);
    assertThat(types).as("public types under %s", packagePrefix).isGreaterThanOrEqualTo(minTypes);
    assertThat(failures).as(toString()).isEmpty();
    return this;
  }

  /** One line for a report. */
  public String summary() {
    return packagePrefix + ": " + types + " public types, " + members + " constructors/methods with reference "
        + "parameters called with null, " + failures.size() + " failures, " + withoutInstance.size()
        + " types without an instance " + withoutInstance;
  }

  private List<Class<?>> publicTypes() throws IOException {
    List<Class<?>> out = new ArrayList<>();
    ClassLoader loader = NullContractSweep.class.getClassLoader();
    for (ClassPath.ClassInfo info : ClassPath.from(loader).getTopLevelClassesRecursive(packagePrefix)) {
      String pkg = info.getPackageName();
      if (pkg.endsWith(".internal") || pkg.contains(".internal.") || info.getSimpleName().equals("package-info")
          || info.getSimpleName().equals("module-info")) {
        continue;
      }
      Class<?> c = info.load();
      if (!Modifier.isPublic(c.getModifiers()) || c.isAnnotation()
          || !mainClasses.equals(c.getProtectionDomain().getCodeSource().getLocation())) {
        continue;
      }
      out.add(c);
    }
    out.sort(Comparator.comparing(Class::getName));
    return out;
  }

  private void check(Class<?> c) {
    if (!Modifier.isAbstract(c.getModifiers())) {
      for (Constructor<?> k : c.getConstructors()) {
        if (hasReferenceParameter(k)) {
          members++;
          record(c, k, () -> tester.testConstructor(k));
        }
      }
    }
    Object instance = samples.get(c);
    boolean instanceMethods = false;
    for (Method m : c.getMethods()) {
      if (m.isSynthetic() || m.isBridge() || m.getDeclaringClass().getName().startsWith("java.") || isEquals(m)
          || !hasReferenceParameter(m)) {
        continue;
      }
      if (Modifier.isStatic(m.getModifiers())) {
        if (declaredFor(m, c)) {
          members++;
          record(c, m, () -> tester.testMethod(null, m));
        }
      } else if (instance != null) {
        members++;
        record(c, m, () -> tester.testMethod(instance, m));
      } else {
        instanceMethods = true;
      }
    }
    if (instanceMethods && !c.isInterface()) {
      withoutInstance.add(c.getSimpleName());
    }
  }

  private void record(Class<?> c, Executable member, Runnable test) {
    try {
      test.run();
    } catch (AssertionError | RuntimeException e) {
      String cause = e.getCause() == null ? "" : " — " + e.getCause();
      failures.add(c.getName() + "#" + member.getName() + Arrays.toString(member.getParameterTypes()) + ": "
          + firstLine(e.getMessage()) + cause);
    }
  }

  private static String firstLine(@Nullable String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** A static method of the type itself or of its package-private {@code Abstract*} base (the Immutables pattern). */
  private static boolean declaredFor(Method m, Class<?> c) {
    return m.getDeclaringClass() == c || !Modifier.isPublic(m.getDeclaringClass().getModifiers());
  }

  private static boolean isEquals(Method m) {
    return m.getName().equals("equals") && m.getParameterCount() == 1 && m.getParameterTypes()[0] == Object.class;
  }

  private static boolean hasReferenceParameter(Executable e) {
    for (Class<?> p : e.getParameterTypes()) {
      if (!p.isPrimitive()) {
        return true;
      }
    }
    return false;
  }

  private void putIfAbsent(Class<?> c, Object value) {
    if (!samples.containsKey(c)) {
      samples.put(c, value);
      @SuppressWarnings("unchecked") Class<Object> raw = (Class<Object>) c;
      tester.setDefault(raw, value);
    }
  }

  /** An instance from the type's own public factories or constructors, fewest parameters first. */
  private @Nullable Object make(Class<?> c) {
    List<Executable> ways = new ArrayList<>();
    for (Method m : c.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) && declaredFor(m, c) && c.isAssignableFrom(m.getReturnType())) {
        ways.add(m);
      }
    }
    ways.addAll(Arrays.asList(c.getConstructors()));
    ways.sort(Comparator.comparingInt(Executable::getParameterCount).thenComparing(Executable::toString));
    for (Executable way : ways) {
      Object[] args = new Object[way.getParameterCount()];
      boolean complete = true;
      for (int i = 0; i < args.length && complete; i++) {
        args[i] = value(way.getParameterTypes()[i]);
        complete = args[i] != null;
      }
      if (!complete) {
        continue;
      }
      try {
        way.setAccessible(true);
        Object made = way instanceof Method ? ((Method) way).invoke(null, args) : ((Constructor<?>) way).newInstance(args);
        if (made != null) {
          return made;
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        // this way needs other values: try the next one
      }
    }
    return null;
  }

  private @Nullable Object value(Class<?> type) {
    if (samples.containsKey(type)) {
      return samples.get(type);
    }
    if (type.isPrimitive()) {
      return ArbitraryInstances.get(type);
    }
    if (type.isEnum() && type.getEnumConstants().length > 0) {
      return type.getEnumConstants()[0];
    }
    if (type == Optional.class) {
      return Optional.empty();
    }
    return ArbitraryInstances.get(type);
  }

  @Override
  public String toString() {
    return summary() + (failures.isEmpty() ? "" : "\n  " + String.join("\n  ", failures));
  }
}
