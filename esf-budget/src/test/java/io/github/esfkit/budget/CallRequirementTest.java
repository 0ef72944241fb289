package io.github.esfkit.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.core.id.Diarienummer;
import io.github.esfkit.core.programme.Call;
import io.github.esfkit.core.programme.ProgrammeArea;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.core.programme.Region;
import io.github.esfkit.core.programme.SpecificObjective;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The call's requirement taken from core's {@link Call}, as All In's call 2016/00486 states it (53,00 %). */
class CallRequirementTest {

  private static final Call ALL_IN_CALL = Call.builder()
      .diarienummer(Diarienummer.parse("2016/00486"))
      .name("Minska långtidsarbetslösheten i Östra Mellansverige NR2")
      .programmePeriod(ProgrammePeriod.ESF_2014_2020)
      .programmeArea(ProgrammeArea.ESF_2)
      .specificObjective(SpecificObjective.ESF_2_1)
      .addRegions(Region.OSTRA_MELLANSVERIGE)
      .requiredCoFinancingPercent(new BigDecimal("53.00"))
      .build();

  @Test
  void takesPercentNameAndNumberFromTheCall() {
    CoFinancingRequirement krav = CoFinancingRequirement.forCall(ALL_IN_CALL);

    assertThat(krav.percent()).isEqualByComparingTo("53.00");
    assertThat(krav.callLabel()).contains("Minska långtidsarbetslösheten i Östra Mellansverige NR2");
    assertThat(krav.callNumber()).contains(Diarienummer.parse("2016/00486"));
  }

  @Test
  void allInMeetsItsCallsRequirement() {
    BudgetOverview overview = AllIn.budget().overview(CoFinancingRequirement.forCall(ALL_IN_CALL));

    assertThat(overview.requirementStatus()).isEqualTo(RequirementStatus.MET);
  }

  @Test
  void aMissingCallIsANullPointerExceptionNamingIt() {
    assertThatThrownBy(() -> CoFinancingRequirement.forCall(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("call");
  }
}
