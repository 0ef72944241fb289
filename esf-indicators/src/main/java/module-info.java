/** Project targets with attainment verdicts, and the EU common indicators computed from participant records. */
module io.github.esfkit.indicators {
  requires transitive io.github.esfkit.core;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.esfkit.indicators.common;
  exports io.github.esfkit.indicators.targets;
  exports io.github.esfkit.indicators.targets.model;
  exports io.github.esfkit.indicators.targets.text;
}
