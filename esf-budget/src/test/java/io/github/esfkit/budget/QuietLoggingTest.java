package io.github.esfkit.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The library does not log at INFO by itself: a fresh JVM (Moneta not yet initialised, the JDK's default
 * logging configuration, which prints INFO to stderr) makes and adds money and prints nothing on stderr.
 */
class QuietLoggingTest {

  /** The program run in the fresh JVM. */
  public static final class Probe {
    public static void main(String[] args) {
      System.out.println(Sek.of(17_885_739).add(Sek.of(1_302_333)).getNumber());
    }
  }

  @Test
  void firstMoneyUseWritesNothingOnStderr() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), Probe.class.getName()))
        .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("probe finished").isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)
        .replaceAll("(?m)^Picked up \\S*JAVA_\\S*OPTIONS.*\\R?", ""); // the JVM's own notice, not ours
    assertThat(out).isEqualTo("19188072");
    assertThat(err).isEmpty();
  }
}
