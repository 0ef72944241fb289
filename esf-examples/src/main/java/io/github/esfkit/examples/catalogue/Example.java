package io.github.esfkit.examples.catalogue;

import io.github.esfkit.core.Language;
import java.util.List;

/**
 * A runnable reproduction of a real ESF project (exempel): it loads bundled input through the library's
 * codecs, computes with the domain modules, and compares each result with the figure the source document
 * prints, which the example hard-codes. New examples are added to {@link ExampleCatalogue} or registered as
 * a {@link java.util.ServiceLoader} service of this interface.
 */
public interface Example {

  /** Short stable id, e.g. {@code all-in-budget}. */
  String id();

  /** One-line title. */
  String title(Language language);

  /** What it reproduces and from where (source and lines). */
  String reproduces(Language language);

  /**
   * Runs the example.
   *
   * @return every check, matched or not
   * @throws Exception when the example cannot run (reported as a mismatch)
   */
  List<Check> run(Language language) throws Exception;
}
