package io.github.esfkit.indicators.common;

import static io.github.esfkit.core.programme.ProgrammePeriod.ESF_2014_2020;
import static io.github.esfkit.core.programme.ProgrammePeriod.ESF_PLUS_2021_2027;
import static io.github.esfkit.indicators.common.CommonIndicator.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalogue's words and sets, each value checked against the annexes and the exchange format. */
class CatalogueWordingTest {

  @Test
  void the_computed_indicators_of_each_period() {
    assertThat(CommonIndicator.computed(ESF_2014_2020)).containsExactly(TOTAL_PARTICIPANTS, CO01, CO02, CO03, CO04,
        CO05, CO06, CO07, CO08, CO09, CO10, CO11, CO15, CO16, CO18, CO19, CR01, CR02, CR03, CR04, CR05, CR06, CR08,
        CR09);
    assertThat(CommonIndicator.computed(ESF_PLUS_2021_2027)).containsExactly(EECO01, EECO02, EECO03, EECO04, EECO05,
        EECO06, EECO07, EECO08, EECO09, EECO10, EECO11, EECO12, EECO13, EECO14, EECO16, EECO17, EECR01, EECR02,
        EECR03, EECR04, EECR05);
  }

  @Test
  void the_optional_characteristics_each_indicator_counts() {
    Set<RecordField> disadvantaged = EnumSet.of(RecordField.FOREIGN_BACKGROUND, RecordField.THIRD_COUNTRY_NATIONAL,
        RecordField.DISABILITY, RecordField.HOMELESS);
    assertThat(CO15.inputFields()).containsExactlyInAnyOrder(RecordField.FOREIGN_BACKGROUND,
        RecordField.THIRD_COUNTRY_NATIONAL);
    assertThat(CR05.inputFields()).isEqualTo(disadvantaged);
    assertThat(CR09.inputFields()).isEqualTo(disadvantaged);
    assertThat(CO16.inputFields()).containsExactly(RecordField.DISABILITY);
    assertThat(EECO12.inputFields()).containsExactly(RecordField.DISABILITY);
    assertThat(CO18.inputFields()).containsExactly(RecordField.HOMELESS);
    assertThat(EECO16.inputFields()).containsExactly(RecordField.HOMELESS);
    assertThat(CO19.inputFields()).containsExactly(RecordField.RURAL);
    assertThat(EECO17.inputFields()).containsExactly(RecordField.RURAL);
    assertThat(EECO13.inputFields()).containsExactly(RecordField.THIRD_COUNTRY_NATIONAL);
    assertThat(EECO14.inputFields()).containsExactly(RecordField.FOREIGN_BACKGROUND);
    assertThat(CO01.inputFields()).isEmpty();
    assertThat(EECR04.inputFields()).isEmpty();
  }

  @Test
  void legal_basis_per_period() {
    assertThat(TOTAL_PARTICIPANTS.legalBasis())
        .isEqualTo("Regulation (EU) No 1304/2013, Annex I (calculated from the output indicators)");
    assertThat(CO01.legalBasis()).isEqualTo("Regulation (EU) No 1304/2013, Annex I");
    assertThat(CR09.legalBasis()).isEqualTo("Regulation (EU) No 1304/2013, Annex I");
    assertThat(EECO01.legalBasis()).isEqualTo("Regulation (EU) 2021/1057, Annex I");
  }

  @Test
  void why_an_indicator_is_not_computed_in_swedish() {
    assertThat(CO01.notComputedReasonSv()).isEmpty();
    assertThat(CO20.notComputedReasonSv())
        .contains("indikator för organisationer/projekt; räknas inte ur deltagaruppgifter");
    assertThat(EECO18.notComputedReasonSv())
        .contains("indikator för organisationer/projekt; räknas inte ur deltagaruppgifter");
    assertThat(CO12.notComputedReasonSv()).contains("hushållssituation finns inte i utbytesformatet");
    assertThat(CR07.notComputedReasonSv())
        .contains("den slutna listan över förbättringar finns inte bland utbytesformatets händelser");
    assertThat(EECO15.notComputedReasonSv()).contains("uppgiften samlas inte in i utbytesformatet");
    assertThat(CO17.notComputedReasonSv()).contains("uppgiften samlas inte in i utbytesformatet");
  }

  @Test
  void field_and_kind_names() {
    assertThat(RecordField.THIRD_COUNTRY_NATIONAL.nameSv()).isEqualTo("tredjelandsmedborgare");
    assertThat(RecordField.THIRD_COUNTRY_NATIONAL.nameEn()).isEqualTo("third-country national");
    assertThat(List.of(RecordField.values()).stream().filter(RecordField::partOfCompletenessTest))
        .containsExactly(RecordField.GENDER, RecordField.BIRTH_DATE, RecordField.EMPLOYMENT_STATUS,
            RecordField.EDUCATION);
    assertThat(IndicatorKind.IMMEDIATE_RESULT.nameSv()).isEqualTo("direkt resultat");
    assertThat(IndicatorKind.LONGER_TERM_RESULT.nameEn()).isEqualTo("longer-term result");
    assertThat(IndicatorKind.OUTPUT.nameSv()).isEqualTo("utfall");
    assertThat(IndicatorKind.OUTPUT.nameEn()).isEqualTo("output");
  }

  @Test
  void every_data_rule_says_what_it_does_in_both_languages() {
    for (DataRule r : DataRule.values()) {
      assertThat(r.descriptionSv()).as("%s", r).isNotBlank().isNotEqualTo(r.descriptionEn());
      assertThat(r.descriptionEn()).as("%s", r).isNotBlank();
    }
    assertThat(DataRule.values()).filteredOn(DataRule::excludes)
        .containsExactly(DataRule.DATE_OUT_OF_RANGE, DataRule.STRUCK, DataRule.ENTRY_AFTER_AS_OF);
  }

  @Test
  void counts_print_every_column() {
    assertThat(IndicatorCounts.of(CO01, 10, 4, 3, 2, 1)).hasToString(
        "CO01{total=10, women=4, men=3, nonBinary=2, notReported=1}");
  }
}
