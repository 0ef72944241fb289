/**
 * esfkit's core domain: programme periods and calls, organisations, projects and phases, participants, Swedish
 * identifiers and validation results. Every package is API.
 */
module io.github.esfkit.core {
  requires transitive org.threeten.extra;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.esfkit.core;
  exports io.github.esfkit.core.attendance;
  exports io.github.esfkit.core.id;
  exports io.github.esfkit.core.organisation;
  exports io.github.esfkit.core.participant;
  exports io.github.esfkit.core.programme;
  exports io.github.esfkit.core.project;
  exports io.github.esfkit.core.validation;
}
