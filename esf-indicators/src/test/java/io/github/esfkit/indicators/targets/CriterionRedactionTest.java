package io.github.esfkit.indicators.targets;

import static io.github.esfkit.indicators.targets.Fixtures.ALL;
import static io.github.esfkit.indicators.targets.Fixtures.OUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.indicators.targets.model.Bound;
import io.github.esfkit.indicators.targets.model.Comparison;
import io.github.esfkit.indicators.targets.model.CountCriterion;
import io.github.esfkit.indicators.targets.model.Criterion;
import io.github.esfkit.indicators.targets.model.CriterionKind;
import io.github.esfkit.indicators.targets.model.FollowUpCriterion;
import io.github.esfkit.indicators.targets.model.GenderBalanceCriterion;
import io.github.esfkit.indicators.targets.model.GenderCompositionCriterion;
import io.github.esfkit.indicators.targets.model.JudgedCriterion;
import io.github.esfkit.indicators.targets.model.MilestoneCriterion;
import io.github.esfkit.indicators.targets.model.RelativeGenderShareCriterion;
import io.github.esfkit.indicators.targets.model.ShareCriterion;
import io.github.esfkit.indicators.targets.model.SurveyShareCriterion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A criterion's wording is free text from the goal table (it may name a person): {@code Criterion} marks
 * {@code textSv()} and {@code textEn()} {@code @Value.Redacted} once, and every kind's generated {@code toString()}
 * leaves them out while its accessors still return them.
 */
class CriterionRedactionTest {

  private static final String SV = "Anna Andersson 19850312-1231 ansvarar";
  private static final String EN = "Anna Andersson 850312-1231 is responsible";

  private static List<Criterion> everyKind() {
    return List.of(
        CountCriterion.builder().id("c").textSv(SV).textEn(EN).counted(OUT).population(ALL).bound(Bound.AT_MOST)
            .totalTarget(10L).build(),
        ShareCriterion.builder().id("s").textSv(SV).textEn(EN).counted(OUT).population(ALL)
            .percent(BigDecimal.valueOf(60)).build(),
        GenderCompositionCriterion.builder().id("g").textSv(SV).textEn(EN).population(ALL).gender(Gender.WOMAN)
            .percent(BigDecimal.valueOf(53)).comparison(Comparison.AT_LEAST).build(),
        GenderBalanceCriterion.builder().id("b").textSv(SV).textEn(EN).population(ALL).build(),
        RelativeGenderShareCriterion.builder().id("r").textSv(SV).textEn(EN).outcome(OUT).reference(ALL).build(),
        SurveyShareCriterion.builder().id("v").textSv(SV).textEn(EN).percent(BigDecimal.valueOf(90)).build(),
        FollowUpCriterion.builder().id("f").textSv(SV).textEn(EN).population(ALL).build(),
        MilestoneCriterion.builder().id("m").textSv(SV).textEn(EN).deadline(LocalDate.of(2022, 6, 30)).build(),
        JudgedCriterion.builder().id("j").textSv(SV).textEn(EN).build());
  }

  @Test
  void noKindPrintsItsWording() {
    Set<CriterionKind> kinds = EnumSet.noneOf(CriterionKind.class);
    for (Criterion c : everyKind()) {
      kinds.add(c.kind());
      assertThat(c.toString()).as("%s", c.kind()).contains(c.id()).doesNotContain("Andersson").doesNotContain("1231")
          .doesNotContain("ansvarar").doesNotContain("responsible");
      assertThat(c.text(Language.SV)).isEqualTo(SV);
      assertThat(c.text(Language.EN)).isEqualTo(EN);
    }
    assertThat(kinds).containsExactlyInAnyOrder(CriterionKind.values());
  }
}
