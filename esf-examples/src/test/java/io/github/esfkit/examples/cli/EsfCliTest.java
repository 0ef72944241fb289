package io.github.esfkit.examples.cli;

import static io.github.esfkit.examples.cli.CliRun.esf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EsfCliTest {

  @Test
  void noCommandIsAUsageError() {
    CliRun r = esf();
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.err).contains("a command is required");
  }

  @Test
  void unknownOptionIsOneLineAndExit2() {
    CliRun r = esf("examples", "--bogus");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err.strip().lines()).hasSize(1);
    assertThat(r.err).startsWith("esf: Unknown option: '--bogus'");
  }

  @Test
  void helpExits0() {
    CliRun r = esf("--help");
    assertThat(r.code).isZero();
    assertThat(r.out).contains("examples").contains("indicators").contains("budget").contains("targets");
  }

  @Test
  void badFormatOrLanguageIsAUsageError() {
    assertThat(esf("examples", "--format", "xml").code).isEqualTo(2);
    assertThat(esf("examples", "--lang", "de").code).isEqualTo(2);
  }
}
