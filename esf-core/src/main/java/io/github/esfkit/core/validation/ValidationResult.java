package io.github.esfkit.core.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every violation found in an object graph, in the order found (valideringsresultat). A validator
 * never stops at the first problem: it collects all of them here.
 *
 * <p>Valid means: no violation of severity {@link Severity#ERROR}. A validator that failed inside reports a
 * finding (e.g. {@code VALIDATOR-FAILURE}) and keeps the exception for the caller in {@link #failures()}.
 * Immutable and thread-safe.
 */
public final class ValidationResult {

  private static final ValidationResult EMPTY = new ValidationResult(List.of(), List.of());

  private final List<Violation> violations;
  private final List<RuntimeException> failures;

  private ValidationResult(List<Violation> violations, List<RuntimeException> failures) {
    this.violations = violations;
    this.failures = failures;
  }

  /** A result without violations. */
  public static ValidationResult ok() {
    return EMPTY;
  }

  /** A result holding the given violations, in order. */
  public static ValidationResult of(Collection<Violation> violations) {
    Objects.requireNonNull(violations, "violations");
    return violations.isEmpty() ? EMPTY : new ValidationResult(List.copyOf(violations), List.of());
  }

  /** A result holding the given violations, in order. */
  public static ValidationResult of(Violation... violations) {
    return of(List.of(violations));
  }

  /** All violations, in the order they were found. */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * The unexpected exceptions a validator caught instead of throwing, in order, each reported by a violation
   * of this result; empty when nothing failed. They are for the caller's diagnostics (log them, rethrow them in
   * a test): their messages may quote input data, so no violation message repeats them. Not part of
   * {@link #equals(Object)}.
   */
  public List<RuntimeException> failures() {
    return failures;
  }

  /** True when there is no error (warnings and information allowed). */
  public boolean isValid() {
    return violations.stream().noneMatch(v -> v.severity() == Severity.ERROR);
  }

  /** True when there is no violation at all. */
  public boolean isEmpty() {
    return violations.isEmpty();
  }

  /** The violations of the given severity. */
  public List<Violation> withSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return filter(v -> v.severity() == severity);
  }

  /** The errors. */
  public List<Violation> errors() {
    return withSeverity(Severity.ERROR);
  }

  /** The violations of one rule. */
  public List<Violation> withRule(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return filter(v -> v.ruleId().equals(ruleId));
  }

  /** True when the rule was violated at least once. */
  public boolean hasRule(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return violations.stream().anyMatch(v -> v.ruleId().equals(ruleId));
  }

  /** This result followed by the other's violations. */
  public ValidationResult and(ValidationResult other) {
    if (other.isEmpty() && other.failures.isEmpty()) {
      return this;
    }
    if (isEmpty() && failures.isEmpty()) {
      return other;
    }
    List<Violation> all = new ArrayList<>(violations);
    all.addAll(other.violations);
    List<RuntimeException> causes = new ArrayList<>(failures);
    causes.addAll(other.failures);
    return new ValidationResult(Collections.unmodifiableList(all), Collections.unmodifiableList(causes));
  }

  /** A mutable collector for validators. */
  public static Builder builder() {
    return new Builder();
  }

  private List<Violation> filter(Predicate<Violation> p) {
    return violations.stream().filter(p).collect(Collectors.toUnmodifiableList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationResult && ((ValidationResult) o).violations.equals(violations);
  }

  @Override
  public int hashCode() {
    return violations.hashCode();
  }

  @Override
  public String toString() {
    return "ValidationResult" + violations;
  }

  /** Collects violations; not thread-safe, use one per validation run. */
  public static final class Builder {
    private final List<Violation> violations = new ArrayList<>();
    private final List<RuntimeException> failures = new ArrayList<>();

    private Builder() {}

    /** Adds one violation. */
    public Builder add(Violation violation) {
      violations.add(Objects.requireNonNull(violation, "violation"));
      return this;
    }

    /** Adds every violation of another result, in order. */
    public Builder addAll(ValidationResult result) {
      violations.addAll(result.violations());
      failures.addAll(result.failures());
      return this;
    }

    /**
     * Reports an unexpected exception as an error of {@code ruleId} and keeps it for {@link #failures()}; the
     * messages must not quote the exception's message.
     */
    public Builder failure(String ruleId, String path, RuntimeException cause, String sv, String en) {
      failures.add(Objects.requireNonNull(cause, "cause"));
      return error(ruleId, path, sv, en);
    }

    /** Adds a violation of severity error with its rule id, path and Swedish and English message. */
    public Builder error(String ruleId, String path, String sv, String en) {
      return add(Violation.of(ruleId, Severity.ERROR, path, sv, en));
    }

    /** Adds a violation of severity warning with its rule id, path and Swedish and English message. */
    public Builder warning(String ruleId, String path, String sv, String en) {
      return add(Violation.of(ruleId, Severity.WARNING, path, sv, en));
    }

    /** Adds a violation of severity info with its rule id, path and Swedish and English message. */
    public Builder info(String ruleId, String path, String sv, String en) {
      return add(Violation.of(ruleId, Severity.INFO, path, sv, en));
    }

    /** The result with every violation added, in order. */
    public ValidationResult build() {
      if (failures.isEmpty()) {
        return ValidationResult.of(violations);
      }
      return new ValidationResult(List.copyOf(violations), List.copyOf(failures));
    }
  }
}
