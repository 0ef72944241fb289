package io.github.esfkit.indicators.targets;

import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.core.testing.NullContractSweep;
import io.github.esfkit.indicators.common.CommonIndicatorCalculator;
import io.github.esfkit.indicators.targets.model.Comparison;
import io.github.esfkit.indicators.targets.model.FollowUpCriterion;
import io.github.esfkit.indicators.targets.model.GenderBalanceCriterion;
import io.github.esfkit.indicators.targets.model.GenderCompositionCriterion;
import io.github.esfkit.indicators.targets.model.MilestoneCriterion;
import io.github.esfkit.indicators.targets.model.RelativeGenderShareCriterion;
import io.github.esfkit.indicators.targets.model.ShareCriterion;
import io.github.esfkit.indicators.targets.model.SurveyShareCriterion;
import io.github.esfkit.indicators.targets.model.SurveyTally;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The null contract of esf-indicators (issue 12), over every exported package: a null argument to any public
 * constructor, factory or method is a NullPointerException, unless the parameter is {@code @Nullable}.
 */
class IndicatorsNullContractTest {

  @Test
  void everyPublicMemberRejectsNull() throws IOException {
    // the goal-table model may move between packages: its values are registered under their own classes
    var criterion = Fixtures.countMin(1, 1);
    var data = Fixtures.data(Map.of());
    var table = Fixtures.table(criterion);
    NullContractSweep.of("io.github.esfkit.indicators", TargetEvaluator.class)
        .withCoreSamples()
        .sampleOf(table)
        .sampleOf(data)
        .sampleOf(criterion)
        .sampleOf(TargetEvaluator.standard().evaluate(table, data))
        .sampleOf(Fixtures.ALL)
        .sampleOf(FollowUpCriterion.builder().id("f").textSv("x").population(Fixtures.ALL).build())
        .sampleOf(ShareCriterion.builder().id("s").textSv("60 %").counted(Fixtures.OUT).population(Fixtures.ALL)
            .percent(BigDecimal.valueOf(60)).build())
        .sampleOf(GenderCompositionCriterion.builder().id("g").textSv("53/47").population(Fixtures.ALL)
            .gender(Gender.WOMAN).percent(BigDecimal.valueOf(53)).comparison(Comparison.AT_LEAST).build())
        .sampleOf(GenderBalanceCriterion.builder().id("b").textSv("60/40").population(Fixtures.ALL).build())
        .sampleOf(RelativeGenderShareCriterion.builder().id("r").textSv("rel").outcome(Fixtures.OUT)
            .reference(Fixtures.ALL).build())
        .sampleOf(SurveyShareCriterion.builder().id("q").textSv("90 %").percent(BigDecimal.valueOf(90)).build())
        .sampleOf(SurveyTally.builder().yes(9).no(1).build())
        .sampleOf(MilestoneCriterion.builder().id("m").textSv("plan").deadline(Fixtures.AS_OF).build())
        .sampleOf(CommonIndicatorCalculator.of(ProgrammePeriod.ESF_PLUS_2021_2027, Fixtures.AS_OF).result())
        .runAndCheck(40);
  }
}
