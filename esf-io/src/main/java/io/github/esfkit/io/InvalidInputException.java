package io.github.esfkit.io;

import java.util.Objects;

/**
 * An input file could not be read into the domain (felaktig indata): it carries every problem found, not
 * only the first. The message is a short summary; each problem is in {@link #errors()}. No message
 * contains a personnummer.
 */
public final class InvalidInputException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient InputErrors errors;

  /** Wraps the errors of one read; they must not be empty. */
  public InvalidInputException(InputErrors errors) {
    super(summary(errors));
    this.errors = Objects.requireNonNull(errors, "errors");
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("no errors");
    }
  }

  /** A single error. */
  public InvalidInputException(InputError error) {
    this(single(error));
  }

  private static InputErrors single(InputError error) {
    InputErrors e = new InputErrors();
    e.add(error);
    return e;
  }

  private static String summary(InputErrors errors) {
    return errors.count() + " error(s) in input, first: "
        + (errors.kept().isEmpty() ? "" : errors.kept().get(0).format(io.github.esfkit.core.Language.EN));
  }

  /** Every problem found. */
  public InputErrors errors() {
    return errors;
  }
}
