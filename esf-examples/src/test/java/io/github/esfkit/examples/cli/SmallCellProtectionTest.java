package io.github.esfkit.examples.cli;

import static io.github.esfkit.examples.cli.CliRun.esf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small-cell protection on a cohort whose breakdown cells are 1–4: the published report shows them as
 * "&lt; 5" (or below the configured threshold), never the number, while the JSON output keeps the exact
 * figures. ESF+ 2021–2027: women 2 + 7, men 4, non-binary 1, one person of unknown gender.
 */
class SmallCellProtectionTest {

  static final String HEADER = "participant_id,person_id,sub_project,gender,birth_date,entry_date,exit_date,"
      + "employment_status,education,disability,foreign_background,third_country_national,homeless,rural,"
      + "referral_source,exit_destination\n";

  @TempDir
  Path dir;

  Path participants;

  @BeforeEach
  void cohort() throws Exception {
    StringBuilder csv = new StringBuilder(HEADER);
    row(csv, "W", 2, "woman", "2023-01-10", "2023-05-31");
    row(csv, "M", 4, "man", "2023-01-12", "");
    row(csv, "N", 1, "non_binary", "2023-02-01", "2023-05-31");
    row(csv, "V", 7, "woman", "2023-03-01", "");
    row(csv, "U", 3, "unknown:refused", "2023-03-15", "");
    participants = dir.resolve("small.csv");
    Files.writeString(participants, csv.toString(), StandardCharsets.UTF_8);
  }

  private static void row(StringBuilder csv, String prefix, int n, String gender, String entry, String exit) {
    for (int i = 1; i <= n; i++) {
      csv.append(prefix).append(i).append(",,Berg,").append(gender).append(",1990-01-01,").append(entry).append(',')
          .append(exit).append(",unemployed,isced3,no,no,no,no,no,,").append(exit.isEmpty() ? "" : "employment")
          .append('\n');
    }
  }

  private String report(String... extra) throws Exception {
    Path out = dir.resolve("r.html");
    List<String> args = new ArrayList<>(List.of("report", "--participants", participants.toString(), "--period",
        "2021-2027", "--as-of", "2023-06-30", "--out", out.toString()));
    args.addAll(List.of(extra));
    CliRun run = esf(args.toArray(new String[0]));
    assertThat(run.code).as(run.toString()).isZero();
    return Files.readString(out);
  }

  /** The cells of the table row whose header cell is {@code key}, as shown. */
  static List<String> row(String html, String tableId, String key) {
    int t = html.indexOf("<table id=\"" + tableId + "\"");
    assertThat(t).as(tableId).isNotNegative();
    String table = html.substring(t, html.indexOf("</table>", t));
    Matcher m = Pattern.compile("<tr><th scope=\"row\">" + Pattern.quote(key) + "</th>(.*?)</tr>").matcher(table);
    assertThat(m.find()).as(tableId + " " + key).isTrue();
    List<String> cells = new ArrayList<>();
    Matcher c = Pattern.compile("<td[^>]*>(.*?)</td>").matcher(m.group(1));
    while (c.find()) {
      cells.add(c.group(1).replace("&lt;", "<"));
    }
    return cells;
  }

  @Test
  void cellsOfOneToFourAreShownAsBelowFiveAndTheJsonKeepsThem() throws Exception {
    String html = report();
    // the total: 17 persons; women 9; men 4, non-binary 1, unknown 3: hidden
    assertThat(row(html, "table-indicators", "EECO01"))
        .containsExactly("Total number of participants", "17", "9", "< 5", "< 5", "< 5");
    // per month: January 2 women and 4 men entered; March 7 women; May 2 women and 1 non-binary left
    List<String> jan = row(html, "flow-table", "2023-01");
    List<String> mar = row(html, "flow-table", "2023-03");
    List<String> may = row(html, "flow-table", "2023-05");
    assertThat(jan.subList(0, 4)).containsExactly("< 5", "< 5", "0", "0"); // in: women, men, non-binary, unknown
    assertThat(mar.subList(0, 4)).containsExactly("7", "0", "0", "< 5");
    assertThat(may.subList(4, 8)).containsExactly("< 5", "0", "< 5", "0"); // out
    // the charts carry no hidden number either: tooltips and labels say "< 5"
    assertThat(html).doesNotContainPattern("<title>[^<]*: [1-4]</title>");
    assertThat(html).doesNotContainPattern("class=\"val[^\"]*\"[^>]*>[1-4]</text>");
    assertThat(html).contains("shown as \u201c&lt; 5\u201d so that no participant can be singled out");

    CliRun json = esf("indicators", "--participants", participants.toString(), "--period", "2021-2027",
        "--as-of", "2023-06-30", "--format", "json");
    assertThat(json.code).as(json.toString()).isZero();
    // esfkit-indicators-result-1: the first indicator is the total
    JsonNode root = new ObjectMapper().readTree(json.out);
    assertThat(root.get("format").asText()).isEqualTo("esfkit-indicators-result-1");
    JsonNode total = root.at("/indicators/0");
    assertThat(total.get("code").asText()).isEqualTo("EECO01");
    assertThat(root.at("/labels/indicators/EECO01").asText()).isEqualTo("Total number of participants");
    assertThat(total.get("collected").asBoolean()).isTrue();
    assertThat(total.get("total").asLong()).isEqualTo(17);
    assertThat(total.get("women").asLong()).isEqualTo(9);
    assertThat(total.get("men").asLong()).isEqualTo(4);
    assertThat(total.get("nonBinary").asLong()).isEqualTo(1);
    assertThat(total.get("genderNotReported").asLong()).isEqualTo(3);
  }

  @Test
  void theThresholdIsConfigurable() throws Exception {
    String three = report("--small-cells", "3");
    assertThat(row(three, "table-indicators", "EECO01")).containsExactly("Total number of participants", "17", "9", "4",
        "< 3", "3");
    assertThat(row(three, "flow-table", "2023-01").subList(0, 2)).containsExactly("< 3", "4");
    String none = report("--small-cells", "1");
    assertThat(row(none, "table-indicators", "EECO01")).containsExactly("Total number of participants", "17", "9", "4", "1",
        "3");
    assertThat(none).doesNotContain("&lt; 1");
    for (String bad : new String[] {"0", "-1", "1001", "x"}) {
      CliRun r = esf("report", "--participants", participants.toString(), "--period", "2021-2027", "--as-of",
          "2023-06-30", "--out", dir.resolve("x.html").toString(), "--small-cells", bad);
      assertThat(r.code).as(bad).isEqualTo(2);
      assertThat(r.err).as(bad).contains("--small-cells");
    }
  }

  /**
   * Counts inside the goal table's sentences: a result sentence resting on a whole-project count of 1–4
   * (here: 4 men, 1 non-binary) is not shown; the target, the status and the verdict are. With
   * {@code --small-cells 1} the sentence is back.
   */
  @Test
  void goalSentencesWithASmallCountAreNotShown() throws Exception {
    String html = report("--project", "examples/144587-targets.json");
    String pm1 = goalRow(html, "PM-1");
    assertThat(pm1).contains("not shown: rests on a count of persons below 5 (small-cell protection)")
        .contains("at least 210").contains("Not achieved").doesNotContainPattern("\\b4 men");
    String open = goalRow(report("--project", "examples/144587-targets.json", "--small-cells", "1"), "PM-1");
    assertThat(open).doesNotContain("not shown").contains("17");
  }

  private static String goalRow(String html, String id) {
    Matcher m = Pattern.compile("<tr data-verdict=\"[A-Z_]+\"><th scope=\"row\">" + Pattern.quote(id)
        + "</th>(.*?)</tr>").matcher(html);
    assertThat(m.find()).as(id).isTrue();
    return m.group(1).replaceAll("<[^>]+>", " ");
  }
}
