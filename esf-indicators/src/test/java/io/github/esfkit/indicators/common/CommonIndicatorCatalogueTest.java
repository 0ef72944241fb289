package io.github.esfkit.indicators.common;

import static io.github.esfkit.core.programme.ProgrammePeriod.ESF_2014_2020;
import static io.github.esfkit.core.programme.ProgrammePeriod.ESF_PLUS_2021_2027;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CommonIndicatorCatalogueTest {

  @Test
  void the_2014_2020_catalogue_is_complete_and_in_annex_order() {
    List<String> codes = CommonIndicator.catalogue(ESF_2014_2020).stream().map(CommonIndicator::code)
        .collect(Collectors.toList());
    assertThat(codes).hasSize(1 + 23 + 9);
    assertThat(codes.get(0)).isEqualTo("TOTAL");
    assertThat(codes).contains("CO01", "CO19", "CO23", "CR01", "CR09");
  }

  @Test
  void the_esf_plus_catalogue_is_complete() {
    List<CommonIndicator> c = CommonIndicator.catalogue(ESF_PLUS_2021_2027);
    assertThat(c).hasSize(19 + 6);
    assertThat(c.get(0)).isEqualTo(CommonIndicator.EECO01);
    assertThat(c.get(c.size() - 1)).isEqualTo(CommonIndicator.EECR06);
  }

  /** The codes still marked M (from memory) in the verification table; every C or N code is verified. */
  @Test
  void only_the_codes_from_memory_are_to_verify() {
    assertThat(List.of(CommonIndicator.values()).stream().filter(i -> !i.codeVerified()).map(CommonIndicator::code))
        .containsExactly("CO21", "CO22", "CO23", "CR01", "CR02", "CR08", "EECO17", "EECO18", "EECR02", "EECR03",
            "EECR05", "EECR06");
    // confirmed with the name in some language (C) and name-only from the regulation (N)
    assertThat(CommonIndicator.CO03.codeVerified()).isTrue();
    assertThat(CommonIndicator.CR07.codeVerified()).isTrue();
    assertThat(CommonIndicator.EECO13.codeVerified()).isTrue();
    assertThat(CommonIndicator.EECO16.codeVerified()).isTrue();
    assertThat(CommonIndicator.EECO19.codeVerified()).isTrue();
    assertThat(CommonIndicator.TOTAL_PARTICIPANTS.codeVerified()).isTrue();
  }

  @Test
  void the_report_marks_only_unverified_codes_to_verify() {
    CommonIndicatorResult plus = CommonIndicatorCalculator.of(ESF_PLUS_2021_2027, LocalDate.of(2025, 6, 30)).result();
    String md = CommonIndicatorReport.markdown(plus, io.github.esfkit.core.Language.EN);
    assertThat(md).contains("| EECO17* |").contains("| EECO16 |").contains("| EECO13 |").contains("| EECR05* |")
        .contains("| EECR04 |").doesNotContain("| EECO13* |");
  }

  @Test
  void every_entry_has_names_a_kind_a_class_a_basis_and_a_validity() {
    for (CommonIndicator i : CommonIndicator.values()) {
      assertThat(i.nameSv()).isNotBlank();
      assertThat(i.nameEn()).isNotBlank();
      assertThat(i.legalBasis()).contains("Regulation");
      assertThat(i.basePopulation()).isNotBlank();
      assertThat(i.validFrom()).isBefore(i.validTo());
      assertThat(i.computedFromParticipants()).isEqualTo(i.notComputedReasonEn().isEmpty());
      if (i.subject() == IndicatorSubject.ENTITY) {
        assertThat(i.computedFromParticipants()).isFalse();
      }
      i.reference().ifPresent(r -> assertThat(r.kind()).isEqualTo(IndicatorKind.OUTPUT));
    }
    assertThat(CommonIndicator.CO16.dataClass()).isEqualTo(DataClass.SPECIAL_CATEGORY);
    assertThat(CommonIndicator.CR01.reference()).contains(CommonIndicator.CO03);
    assertThat(CommonIndicator.CR05.reference()).isEmpty();
    assertThat(CommonIndicator.CO12.isValidOn(LocalDate.of(2019, 1, 1))).isFalse();
    assertThat(CommonIndicator.CO12.isValidOn(LocalDate.of(2015, 1, 1))).isTrue();
  }

  @Test
  void names_checked_against_the_annexes_are_marked() {
    assertThat(CommonIndicator.CO19.nameVerified()).isTrue();
    assertThat(CommonIndicator.EECO16.nameVerified()).isTrue();
    assertThat(CommonIndicator.EECO17.nameVerified()).isFalse();
    assertThat(CommonIndicator.CR05.nameVerified()).isTrue();
    assertThat(CommonIndicator.CR04.nameVerified()).isTrue();
    assertThat(CommonIndicator.CR08.nameVerified()).isFalse();
    assertThat(CommonIndicator.CO20.nameVerified()).isFalse();
    assertThat(CommonIndicator.EECR01.nameVerified()).isFalse();
  }

  @Test
  void codes_parse_case_insensitively() {
    assertThat(CommonIndicator.fromCode(" eeco02 ")).contains(CommonIndicator.EECO02);
    assertThat(CommonIndicator.fromCode("TOTAL")).contains(CommonIndicator.TOTAL_PARTICIPANTS);
    assertThat(CommonIndicator.fromCode("nope")).isEmpty();
    assertThat(CommonIndicator.fromCode(null)).isEmpty();
  }
}
