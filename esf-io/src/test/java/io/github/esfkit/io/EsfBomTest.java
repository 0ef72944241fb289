package io.github.esfkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** esf-bom lists every published module at the reactor's version, and the repository carries its licence. */
class EsfBomTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void bomManagesEveryPublishedModuleAtTheReactorVersion() throws IOException {
    String parent = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
    String bom = Files.readString(ROOT.resolve("esf-bom/pom.xml"), StandardCharsets.UTF_8);
    String version = firstVersion(parent);
    assertThat(firstVersion(bom)).isEqualTo(version);
    for (String module : new String[] {"esf-core", "esf-budget", "esf-indicators", "esf-io"}) {
      assertThat(bom).contains("<artifactId>" + module + "</artifactId>\n        <version>" + version + "</version>");
    }
    assertThat(parent).contains("<module>esf-bom</module>");
  }

  @Test
  void licenceAndPomMetadataArePresent() throws IOException {
    assertThat(Files.readString(ROOT.resolve("LICENSE"), StandardCharsets.UTF_8))
        .contains("Apache License", "Version 2.0, January 2004", "END OF TERMS AND CONDITIONS");
    for (String pom : new String[] {"pom.xml", "esf-bom/pom.xml"}) {
      assertThat(Files.readString(ROOT.resolve(pom), StandardCharsets.UTF_8))
          .contains("<licenses>", "<name>Apache-2.0</name>", "<url>", "<developers>", "<scm>", "<description>");
    }
  }

  private static String firstVersion(String pom) {
    // the project's own version: the first <version> after </parent> or, without a parent, after <artifactId>
    String own = pom.contains("</parent>") ? pom.substring(pom.indexOf("</parent>")) : pom;
    Matcher m = Pattern.compile("<version>([^<]+)</version>").matcher(own);
    assertThat(m.find()).as("a <version> in the POM").isTrue();
    return m.group(1);
  }
}
