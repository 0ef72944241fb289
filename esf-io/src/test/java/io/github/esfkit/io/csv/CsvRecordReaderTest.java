package io.github.esfkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CsvRecordReader} over streams that deliver their bytes in small pieces (pipes, sockets). */
class CsvRecordReaderTest {

  /** Delivers at most {@code chunk} bytes per read, as a pipe may. */
  static InputStream trickle(byte[] bytes, int chunk) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }

  static List<String> records(InputStream in) throws IOException {
    List<String> out = new ArrayList<>();
    try (CsvRecordReader csv = new CsvRecordReader(in, (line, field, rule, sv, en) -> out.add("error " + rule))) {
      while (csv.next()) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < csv.size(); i++) {
          fields.add(csv.field(i));
        }
        out.add(csv.line() + ":" + String.join("|", fields));
      }
    }
    return out;
  }

  @Test
  void sameRecordsAndLinesWhateverTheReadSize() throws IOException {
    byte[] bytes = ("\uFEFFa,b\r\n\"x\r\ny\",z\r\nq,w\r\n").getBytes(StandardCharsets.UTF_8);
    List<String> expected = List.of("1:a|b", "2:x\r\ny|z", "4:q|w");
    assertThat(records(new ByteArrayInputStream(bytes))).isEqualTo(expected);
    for (int chunk = 1; chunk <= 4; chunk++) {
      assertThat(records(trickle(bytes, chunk))).as("reads of %d bytes", chunk).isEqualTo(expected);
    }
  }
}
