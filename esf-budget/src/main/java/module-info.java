/**
 * Budget and co-financing of ESF projects, correct to the krona, in Moneta {@code Money}. Moneta's module
 * descriptor {@code requires okhttp3}: the okhttp jar is on the runtime path for that reason only.
 */
module io.github.esfkit.budget {
  requires transitive io.github.esfkit.core;
  requires transitive java.money;
  requires transitive org.javamoney.moneta;
  requires com.google.common;
  requires java.logging;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.esfkit.budget;
  exports io.github.esfkit.budget.application;
  exports io.github.esfkit.budget.claim;
  exports io.github.esfkit.budget.eur;
  exports io.github.esfkit.budget.render;
}
