/**
 * JSON and CSV codecs for esfkit: budgets, projects with targets, participant and event files, and the commands'
 * JSON results.
 */
module io.github.esfkit.io {
  requires transitive io.github.esfkit.core;
  requires transitive io.github.esfkit.budget;
  requires transitive io.github.esfkit.indicators;
  requires com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind; // io.result builds its JSON as ObjectNode
  requires static org.jspecify;

  exports io.github.esfkit.io;
  exports io.github.esfkit.io.csv;
  exports io.github.esfkit.io.json;
  exports io.github.esfkit.io.result;
}
