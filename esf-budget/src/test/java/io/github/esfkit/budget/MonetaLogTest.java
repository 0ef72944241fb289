package io.github.esfkit.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Issue 10 item 11: the library does not let Moneta log at INFO, not even after a garbage collection. */
class MonetaLogTest {

  @Test
  void monetaContextLoggerStaysAtWarningAfterGarbageCollection() {
    assertThat(Sek.of(1)).isNotNull();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Logger log = Logger.getLogger("org.javamoney.moneta.DefaultMonetaryContextFactory");
    assertThat(log.getLevel()).isNotNull();
    assertThat(log.isLoggable(Level.INFO)).isFalse();
  }
}
