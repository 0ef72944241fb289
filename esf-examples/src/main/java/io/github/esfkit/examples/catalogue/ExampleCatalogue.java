package io.github.esfkit.examples.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The examples {@code esf examples} runs (exempelkatalog): the built-in ones in a fixed order, then any
 * registered through {@link ServiceLoader}.
 */
public final class ExampleCatalogue {

  private ExampleCatalogue() {}

  /** Every example, built-in first. */
  public static List<Example> all() {
    List<Example> all = new ArrayList<>(builtIn());
    for (Example e : ServiceLoader.load(Example.class)) {
      all.add(e);
    }
    return all;
  }

  /** The built-in examples in the order they are shown. */
  public static List<Example> builtIn() {
    return List.of(new AllInBudgetExample(), new AllInApplicationExample(), new SiaShareExample(),
        new Project144587Example(), new GeneratedCohortExample(),
        new RunningProjectExample());
  }
}
