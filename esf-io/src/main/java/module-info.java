/** JSON and CSV codecs for esfkit: budgets, projects with targets, participant and event files. */
module io.github.esfkit.io {
  requires transitive io.github.esfkit.core;
  requires transitive io.github.esfkit.budget;
  requires transitive io.github.esfkit.indicators;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires static org.jspecify;

  exports io.github.esfkit.io;
  exports io.github.esfkit.io.csv;
  exports io.github.esfkit.io.json;
}
