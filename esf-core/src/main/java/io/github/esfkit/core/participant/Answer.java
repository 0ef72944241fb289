package io.github.esfkit.core.participant;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A characteristic that is either known or unknown with a reason (uppgift eller okänd med skäl). Unknown
 * values stay distinguishable from every valid answer, as the Commission's guidance asks.
 *
 * @param <T> the type of a known value
 *     <p>Immutable and thread-safe when {@code T} is.
 */
public final class Answer<T> {

  private static final Answer<?> NOT_COLLECTED = new Answer<>(null, UnknownReason.NOT_COLLECTED);
  private static final Answer<?> REFUSED = new Answer<>(null, UnknownReason.REFUSED);
  private static final Answer<?> DONT_KNOW = new Answer<>(null, UnknownReason.DONT_KNOW);

  private final T value;
  private final UnknownReason reason;

  private Answer(T value, UnknownReason reason) {
    this.value = value;
    this.reason = reason;
  }

  /** A known value. */
  public static <T> Answer<T> of(T value) {
    return new Answer<>(Objects.requireNonNull(value, "value"), null);
  }

  /** An unknown value with its reason. */
  @SuppressWarnings("unchecked")
  public static <T> Answer<T> unknown(UnknownReason reason) {
    switch (Objects.requireNonNull(reason, "reason")) {
      case REFUSED:
        return (Answer<T>) REFUSED;
      case DONT_KNOW:
        return (Answer<T>) DONT_KNOW;
      default:
        return (Answer<T>) NOT_COLLECTED;
    }
  }

  /** Unknown because not collected. */
  public static <T> Answer<T> notCollected() {
    return unknown(UnknownReason.NOT_COLLECTED);
  }

  /** True when the answer holds a value. */
  public boolean isKnown() {
    return reason == null;
  }

  /** True when the value is unknown, for the reason in {@link #unknownReason()}. */
  public boolean isUnknown() {
    return reason != null;
  }

  /** The value when known. */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** The value; throws {@link NoSuchElementException} when unknown. */
  public T get() {
    if (value == null) {
      throw new NoSuchElementException("value is unknown: " + reason.code());
    }
    return value;
  }

  /** The reason when unknown. */
  public Optional<UnknownReason> unknownReason() {
    return Optional.ofNullable(reason);
  }

  /** True when known and equal to {@code candidate}; an unknown is never equal to a value. */
  public boolean is(T candidate) {
    Objects.requireNonNull(candidate, "candidate");
    return value != null && value.equals(candidate);
  }

  /** Applies {@code f} to a known value; an unknown stays unknown with its reason. */
  public <R> Answer<R> map(Function<? super T, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return value == null ? unknown(reason) : Answer.of(f.apply(value));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Answer)) {
      return false;
    }
    Answer<?> other = (Answer<?>) o;
    return Objects.equals(value, other.value) && reason == other.reason;
  }

  @Override
  public int hashCode() {
    return value != null ? value.hashCode() : reason.hashCode() * 31;
  }

  @Override
  public String toString() {
    return value != null ? String.valueOf(value) : "unknown:" + reason.code();
  }
}
