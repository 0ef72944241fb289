package io.github.esfkit.indicators.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.programme.ProgrammePeriod;
import org.junit.jupiter.api.Test;

class CommonIndicatorReportTest {

  private final CommonIndicatorResult plus = CommonIndicatorCalculator.of(ProgrammePeriod.ESF_PLUS_2021_2027,
      TestRecords.AS_OF).addAll(TestRecords.cohort(3, 50, true)).result();
  private final CommonIndicatorResult old = CommonIndicatorCalculator.of(ProgrammePeriod.ESF_2014_2020,
      TestRecords.AS_OF).addAll(TestRecords.cohort(3, 50, true)).result();

  @Test
  void markdown_in_swedish_has_the_figures_the_gaps_and_the_data_quality() {
    String md = CommonIndicatorReport.markdown(plus, Language.SV, true);
    assertThat(md).contains("# Gemensamma indikatorer ESF+ 2021-2027 per 2023-06-30")
        .contains("| EECO02 | Arbetslösa, inklusive långtidsarbetslösa | " + plus.count(CommonIndicator.EECO02,
            Breakdown.TOTAL) + " |")
        .contains("Icke-binära").contains("EECO15: uppgiften samlas inte in").contains("## Datakvalitet")
        .contains("## Per delprojekt").contains("Alla uppfyllda.");
  }

  @Test
  void text_in_english_has_no_non_binary_column_for_2014_2020() {
    String text = CommonIndicatorReport.text(old, Language.EN);
    assertThat(text).contains("Common indicators ESF 2014-2020 as of 2023-06-30").contains("CO01")
        .doesNotContain("Non-binary").contains("Gender not reported").contains("Data quality");
  }

  @Test
  void shares_are_exact_decimals() {
    assertThat(CommonIndicatorReport.percent(1, 3, Language.SV)).isEqualTo("33,3 %");
    assertThat(CommonIndicatorReport.percent(1, 8, Language.EN)).isEqualTo("12.5 %");
    assertThat(CommonIndicatorReport.percent(1, 0, Language.EN)).isEqualTo("–");
  }
}
