package io.github.esfkit.indicators.common;

import static io.github.esfkit.core.programme.ProgrammePeriod.ESF_2014_2020;
import static io.github.esfkit.core.programme.ProgrammePeriod.ESF_PLUS_2021_2027;
import static io.github.esfkit.indicators.common.TestRecords.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.participant.Answer;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.participant.UnknownReason;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's layout line by line: headings, aligned text tables, Markdown tables, gaps and findings. */
class CommonIndicatorReportLayoutTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  /** Two complete women in sub-project Berg and a man of unknown birth date in Åre; optional fields not asked. */
  private static CommonIndicatorResult two() {
    return CommonIndicatorCalculator.of(ESF_2014_2020, AS_OF).addAll(List.of(record("a").build(),
        record("b").build(), record("c").subProject("Åre").gender(Answer.of(Gender.MAN))
            .birthDate(Answer.unknown(UnknownReason.REFUSED)).build())).result();
  }

  private static List<String> lines(String s) {
    return Arrays.asList(s.split("\n", -1));
  }

  @Test
  void text_completeness_table_is_aligned_numbers_right_words_left() {
    String text = CommonIndicatorReport.text(two(), Language.EN);
    String head = String.format("%-22s  %-5s  %-7s  %-13s  %-7s  %-10s", "Field", "Known", "Share", "Not collected",
        "Refused", "Don't know").stripTrailing();
    String row = "%-22s  %5s  %7s  %13s  %7s  %10s";
    assertThat(lines(text)).containsSubsequence(head,
        String.format(row, "gender", "3", "100.0 %", "0", "0", "0"),
        String.format(row, "birth date", "2", "66.7 %", "0", "1", "0"),
        String.format(row, "employment status", "3", "100.0 %", "0", "0", "0"),
        String.format(row, "education", "3", "100.0 %", "0", "0", "0"),
        String.format(row, "disability", "0", "0.0 %", "3", "0", "0"),
        String.format(row, "foreign background", "0", "0.0 %", "3", "0", "0"),
        String.format(row, "third-country national", "0", "0.0 %", "3", "0", "0"),
        String.format(row, "homeless", "0", "0.0 %", "3", "0", "0"),
        String.format(row, "rural", "0", "0.0 %", "3", "0", "0"));
    assertThat(lines(text)).containsSubsequence("Data quality", "------------", "", "Participations read: 3",
        "Participants: 3", "Incomplete (grand total only): 1 (33.3 %)", "Excluded: 0", "");
    assertThat(lines(text)).containsSubsequence("Consistency checks", "------------------", "", "All hold.");
    String title = "Common indicators ESF 2014-2020 as of 2023-06-30";
    assertThat(lines(text)).startsWith(title, "=".repeat(title.length()), "");
  }

  @Test
  void text_figure_table_lines_share_one_width_and_long_names_are_cut() {
    String text = CommonIndicatorReport.text(two(), Language.EN);
    List<String> all = lines(text);
    int from = all.indexOf("") + 1;
    List<String> table = all.subList(from, from + all.subList(from, all.size()).indexOf(""));
    assertThat(table.get(0)).startsWith("Code").contains("Indicator").endsWith("Gender not reported");
    assertThat(table).hasSize(1 + CommonIndicator.computed(ESF_2014_2020).size());
    for (String line : table.subList(1, table.size())) {
      if (line.endsWith("not collected")) {
        // words are left-aligned: the last column's padding is stripped
        assertThat(line).hasSize(table.get(1).length() - "Gender not reported".length() + "not collected".length());
      } else {
        assertThat(line).hasSameSizeAs(table.get(1));
      }
    }
    String co01 = table.stream().filter(l -> l.startsWith("CO01 ")).findFirst().orElseThrow();
    // total 2 (two women complete; the man is incomplete), women 2, men 0, not reported 0; numbers right-aligned
    assertThat(co01).matches("CO01 +Unemployed, including long-term unemployed +2 +2 +0 +0");
    assertThat(co01).endsWith(" ".repeat("Gender not reported".length() - 1) + "0");
    String co23 = CommonIndicator.CR05.nameEn();
    assertThat(co23.length()).isGreaterThan(60);
    assertThat(text).contains(co23.substring(0, 59) + "…").doesNotContain(co23.substring(0, 60));
    assertThat(text).contains("\nCR01*  Inactive participants engaged", "\nCO16   Participants with disabilities  ");
    assertThat(text).contains("* code to verify\n");
    assertThat(text).contains("Not collected: the characteristic was collected for fewer than 50 % of the"
        + " participants (CO15, CO16, CO18, CO19, CR05, CR09)\n");
  }

  @Test
  void markdown_tables_and_headings_with_sub_projects() {
    String md = CommonIndicatorReport.markdown(two(), Language.SV, true);
    assertThat(lines(md)).startsWith("# Gemensamma indikatorer ESF 2014-2020 per 2023-06-30", "");
    assertThat(lines(md)).containsSubsequence("## Per delprojekt", "", "| Delprojekt | Deltagare | Kvinnor | Män |",
        "|---|---|---:|---:|", "| Berg | 2 | 2 | 0 |", "| Åre | 1 | 0 | 1 |", "");
    assertThat(lines(md)).containsSubsequence("## Datakvalitet", "", "Inskrivningar lästa: 3", "Deltagare: 3",
        "Ofullständiga (bara i totalen): 1 (33,3 %)", "Uteslutna: 0", "");
    assertThat(md).contains("| Kod | Indikator | Totalt | Kvinnor | Män | Kön ej redovisat |\n|---|---|---:|---:|---:|---:|\n");
    assertThat(md).contains("| Regel | Antal | Innebörd |\n|---|---|---:|\n");
    assertThat(md).contains("\n## Beräknas inte ur deltagaruppgifter\n\n- CO12: ");
    assertThat(CommonIndicatorReport.markdown(two(), Language.SV)).doesNotContain("## Per delprojekt");
    assertThat(CommonIndicatorReport.markdown(two(), Language.EN, true)).contains("## Per sub-project")
        .contains("## Not computed from participant records");
  }

  @Test
  void esf_plus_has_a_non_binary_column_and_findings_are_listed() {
    CommonIndicatorResult r = CommonIndicatorCalculator.of(ESF_PLUS_2021_2027, AS_OF)
        .add(record("n").gender(Answer.of(Gender.NON_BINARY)).build()).result();
    String md = CommonIndicatorReport.markdown(r, Language.EN);
    assertThat(md).contains("| Code | Indicator | Total | Women | Men | Non-binary | Gender not reported |\n");
    assertThat(md).contains("| EECO01 | Total number of participants | 1 | 0 | 0 | 1 | 0 |\n");
    assertThat(md).contains("## Consistency checks\n\nAll hold.\n");
    DataQualityReport q = r.dataQuality();
    CommonIndicatorResult broken = CommonIndicatorResult.builder().period(r.period()).asOf(r.asOf())
        .putAllFigures(r.figures()).putAllSubProjects(r.subProjects())
        .dataQuality(DataQualityReport.builder().participationsRead(q.participationsRead()).participants(2)
            .incompleteParticipants(q.incompleteParticipants()).putAllRuleCounts(q.ruleCounts())
            .putAllCompleteness(q.completeness()).build())
        .build();
    assertThat(CommonIndicatorReport.text(broken, Language.EN)).contains("Consistency checks\n------------------\n\n"
        + "- COMMON-TOTAL indicators.EECO01: the total differs from the participants of the data-quality report\n");
    assertThat(CommonIndicatorReport.text(broken, Language.SV)).contains(
        "- COMMON-TOTAL indicators.EECO01: totalen skiljer sig från antalet deltagare i datakvalitetsrapporten\n");
  }
}
