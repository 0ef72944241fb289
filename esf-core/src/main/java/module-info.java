/**
 * esfkit's core domain: programme periods and calls, organisations, projects and phases, participants, Swedish
 * identifiers and validation results. Every exported package is API; {@code core.internal} (the Immutables style
 * of the value types) is exported only to the esfkit modules whose value types are generated with it.
 */
@SuppressWarnings("module") // the targets of the qualified export are compiled after this module
module io.github.esfkit.core {
  requires transitive org.threeten.extra;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.esfkit.core;
  exports io.github.esfkit.core.attendance;
  exports io.github.esfkit.core.id;
  exports io.github.esfkit.core.internal to io.github.esfkit.budget, io.github.esfkit.indicators;
  exports io.github.esfkit.core.organisation;
  exports io.github.esfkit.core.participant;
  exports io.github.esfkit.core.programme;
  exports io.github.esfkit.core.project;
  exports io.github.esfkit.core.validation;
}
