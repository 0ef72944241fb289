/**
 * A municipality's application that embeds esfkit on the module path: it requires the four library modules
 * and uses only the packages they export.
 */
module io.github.esfkit.sample.municipal {
  requires io.github.esfkit.core;
  requires io.github.esfkit.budget;
  requires io.github.esfkit.indicators;
  requires io.github.esfkit.io;
  requires org.threeten.extra;
  requires static org.jspecify;

  exports io.github.esfkit.sample.municipal;
}
