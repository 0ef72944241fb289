package io.github.esfkit.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.github.esfkit.core.id.Diarienummer;
import io.github.esfkit.core.validation.Violation;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Programme areas, specific objectives, regions, counties and calls. */
class ProgrammeStructureTest {

  @Test
  void areasAreKeyedOnCodePerPeriod() {
    assertThat(ProgrammeArea.find(ProgrammePeriod.ESF_2014_2020, "2")).contains(ProgrammeArea.ESF_2);
    assertThat(ProgrammeArea.find(ProgrammePeriod.ESF_2014_2020, "Programområde 2")).contains(ProgrammeArea.ESF_2);
    assertThat(ProgrammeArea.find(ProgrammePeriod.ESF_PLUS_2021_2027, "d")).contains(ProgrammeArea.ESF_PLUS_D);
    assertThat(ProgrammeArea.find(ProgrammePeriod.ESF_PLUS_2021_2027, "2")).isEmpty();
    assertThat(ProgrammeArea.find(ProgrammePeriod.ESF_2014_2020, "A")).isEmpty();
    assertThatThrownBy(() -> ProgrammeArea.of(ProgrammePeriod.ESF_2014_2020, "4"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1, 2, 3");
    assertThat(Arrays.stream(ProgrammeArea.values()).filter(a -> a.period() == ProgrammePeriod.ESF_2014_2020))
        .extracting(ProgrammeArea::code).containsExactly("1", "2", "3");
    assertThat(Arrays.stream(ProgrammeArea.values()).filter(a -> a.period() == ProgrammePeriod.ESF_PLUS_2021_2027))
        .extracting(ProgrammeArea::code).containsExactly("A", "B", "C", "D", "E");
    assertThat(ProgrammeArea.ESF_1.titleVerified()).isFalse();
    assertThat(ProgrammeArea.ESF_2.titleSv()).isEqualTo("Öka övergångarna till arbete");
  }

  @Test
  void objectivesBelongToTheirArea() {
    for (SpecificObjective o : SpecificObjective.values()) {
      if (o.period() == ProgrammePeriod.ESF_2014_2020) {
        ProgrammeArea area = o.area().orElseThrow();
        assertThat(o.code()).startsWith(area.code() + ".");
        assertThat(o.belongsTo(area)).isTrue();
      } else {
        assertThat(o.area()).isEmpty();
        assertThat(o.belongsTo(ProgrammeArea.ESF_PLUS_A)).isTrue();
        assertThat(o.belongsTo(ProgrammeArea.ESF_2)).isFalse();
      }
    }
    assertThat(SpecificObjective.ESF_2_1.belongsTo(ProgrammeArea.ESF_1)).isFalse();
    // 144587 titles objective 2.1 with the area's title: matched on code
    assertThat(SpecificObjective.find(ProgrammePeriod.ESF_2014_2020, "2.1 Öka övergångarna till arbete"))
        .contains(SpecificObjective.ESF_2_1);
    assertThat(SpecificObjective.ESF_2_1.titleVerified()).isTrue();
    assertThat(SpecificObjective.find(ProgrammePeriod.ESF_PLUS_2021_2027, "2.1")).isEmpty();
    assertThat(SpecificObjective.find(ProgrammePeriod.ESF_PLUS_2021_2027, "4.1.H")).contains(SpecificObjective.ESF_PLUS_H);
    assertThatThrownBy(() -> SpecificObjective.of(ProgrammePeriod.ESF_2014_2020, "2.9"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void regionsMatchFormLabelsAndOfficialNamesIgnoringCase() {
    assertThat(Region.fromLabel("Östra mellansverige")).contains(Region.OSTRA_MELLANSVERIGE);
    assertThat(Region.fromLabel("ÖSTRA MELLANSVERIGE")).contains(Region.OSTRA_MELLANSVERIGE);
    assertThat(Region.fromLabel("Småland och öarna")).contains(Region.SMALAND_MED_OARNA);
    assertThat(Region.fromLabel("Småland med öarna")).contains(Region.SMALAND_MED_OARNA);
    assertThat(Region.fromLabel(" mellersta\u00A0norrland ")).contains(Region.MELLERSTA_NORRLAND);
    assertThat(Region.fromLabel("Norrland")).isEmpty();
    assertThat(Region.fromLabel("")).isEmpty();
    for (Region r : Region.values()) {
      assertThat(Region.fromLabel(r.formLabel())).contains(r);
      assertThat(Region.fromLabel(r.officialName())).contains(r);
      assertThat(Region.fromNutsCode(r.nutsCode().toLowerCase())).contains(r);
    }
    assertThat(Region.values()).hasSize(8);
    assertThat(Region.OSTRA_MELLANSVERIGE.nutsCode()).isEqualTo("SE12");
    assertThat(Region.SMALAND_MED_OARNA.counties()).contains(County.KALMAR);
    assertThat(Region.MELLERSTA_NORRLAND.counties()).contains(County.JAMTLAND);
  }

  @Test
  void everyCountyLiesInExactlyOneRegion() {
    Set<County> seen = EnumSet.noneOf(County.class);
    for (Region r : Region.values()) {
      for (County c : r.counties()) {
        assertThat(seen.add(c)).as(c.name()).isTrue();
        assertThat(c.region()).isEqualTo(r);
      }
    }
    assertThat(seen).containsExactlyInAnyOrder(County.values());
    assertThat(County.values()).hasSize(21);
    assertThat(County.findByCode("18")).contains(County.OREBRO);
    assertThat(County.OREBRO.region()).isEqualTo(Region.OSTRA_MELLANSVERIGE);
    assertThat(County.findByCode("02")).isEmpty();
  }

  static Call.Builder call() {
    return Call.builder().diarienummer(Diarienummer.parse("2016/00486")).name("Minska långtidsarbetslösheten")
        .programmePeriod(ProgrammePeriod.ESF_2014_2020).programmeArea(ProgrammeArea.ESF_2)
        .specificObjective(SpecificObjective.ESF_2_1).addRegions(Region.OSTRA_MELLANSVERIGE)
        .requiredCoFinancingPercent(new BigDecimal("53.00"));
  }

  @Test
  void callCoFinancingIsAnExactPercentage() {
    Call c = call().addAllowedFlatRates(FlatRateOption.INDIRECT_15_OF_STAFF).build();
    assertThat(c.requiredCoFinancingPercent()).isEqualTo(new BigDecimal("53.00"));
    assertThat(c.requiredCoFinancingShare()).isEqualTo(new BigDecimal("0.5300"));
    assertThat(c.allowedFlatRates()).containsExactly(FlatRateOption.INDIRECT_15_OF_STAFF);
    assertThat(FlatRateOption.INDIRECT_15_OF_STAFF.maxPercent()).isEqualByComparingTo("15");
    assertThat(c.isNational()).isFalse();
    assertThat(c.withRegions(Set.of()).isNational()).isTrue();
    assertThatThrownBy(() -> c.withRequiredCoFinancingPercent(new BigDecimal("100.01")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100.01");
    assertThatThrownBy(() -> c.withRequiredCoFinancingPercent(new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> c.withName(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Call.builder().name("x").build()).isInstanceOf(IllegalStateException.class);
  }

  static Set<String> rules(Call c) {
    return CallValidator.validate(c).violations().stream().map(Violation::ruleId).collect(Collectors.toSet());
  }

  @Test
  void callValidatorRules() {
    Call c = call().build();
    assertThat(CallValidator.validate(c).isEmpty()).isTrue();
    assertThat(rules(c.withSpecificObjective(SpecificObjective.ESF_2_2))).isEmpty();
    assertThat(rules(c.withSpecificObjective(SpecificObjective.ESF_3_1))).containsExactly("CALL-OBJECTIVE-AREA");
    assertThat(CallValidator.validate(c.withSpecificObjective(SpecificObjective.ESF_3_1)).violations().get(0).path())
        .isEqualTo("call.specificObjective");
    assertThat(rules(c.withSpecificObjective(SpecificObjective.ESF_PLUS_A))).containsExactly("CALL-OBJECTIVE-PERIOD");
    assertThat(rules(c.withProgrammeArea(ProgrammeArea.ESF_PLUS_B).withSpecificObjective(java.util.Optional.empty())))
        .containsExactly("CALL-AREA-PERIOD");
    // area 3 only in Sydsverige, Norra Mellansverige and Mellersta Norrland
    Call area3 = c.withProgrammeArea(ProgrammeArea.ESF_3).withSpecificObjective(SpecificObjective.ESF_3_1);
    assertThat(rules(area3)).containsExactly("CALL-AREA-REGION");
    assertThat(rules(area3.withRegions(Region.SYDSVERIGE))).isEmpty();
    Call areaD = c.withProgrammePeriod(ProgrammePeriod.ESF_PLUS_2021_2027).withProgrammeArea(ProgrammeArea.ESF_PLUS_D)
        .withSpecificObjective(java.util.Optional.empty()).withRegions(Set.of());
    assertThat(rules(areaD)).containsExactly("CALL-AREA-REGION");
    assertThat(rules(areaD.withRegions(Region.OVRE_NORRLAND))).isEmpty();
    assertThat(rules(null)).containsExactly("CALL-MISSING");
  }

  @Test
  void lookupsRejectNull() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(ProgrammePeriod.class, ProgrammePeriod.ESF_2014_2020)
        .setDefault(ProgrammeArea.class, ProgrammeArea.ESF_2);
    tester.testAllPublicStaticMethods(Region.class);
    tester.setDefault(org.threeten.extra.LocalDateRange.class, org.threeten.extra.LocalDateRange.ofClosed(
        java.time.LocalDate.of(2017, 9, 1), java.time.LocalDate.of(2020, 5, 31)))
        .testAllPublicStaticMethods(ProgrammePeriod.class);
    assertThat(ProgrammePeriod.fromCode("2014-2020")).isEqualTo(ProgrammePeriod.ESF_2014_2020);
    assertThatThrownBy(() -> ProgrammePeriod.fromCode("2007-2013")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2021-2027");
    tester.testAllPublicStaticMethods(County.class);
    tester.testAllPublicStaticMethods(ProgrammeArea.class);
    tester.testAllPublicStaticMethods(SpecificObjective.class);
    tester.testAllPublicInstanceMethods(SpecificObjective.ESF_2_1);
  }
}
