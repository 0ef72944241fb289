package io.github.esfkit.sample.municipal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sample's results, each checked by hand against its eight cases, its budget file and its target. */
class MunicipalAppTest {

  @Test
  void summary() {
    assertThat(MunicipalApp.run()).containsExactly(
        // 8 cases: K ×4, M ×3, X ×1
        "EECO01 participants: total 8, women 4, men 3, non-binary 1",
        // unemployed at start: all but AMA-2024-0004 and VUX-2024-0002
        "EECO02 unemployed: 6",
        // the phases tile 2024-01-01 … 2026-12-31
        "project findings: none",
        // staff 1 000 000 + external 200 000 + indirect 15 % of staff 150 000; co-financing 400 000 cash (the
        // municipality) + 200 000 in kind (Arbetsförmedlingen's staff); ESF grant 1 350 000 − 400 000 = 950 000,
        // financing 1 550 000, co-financing 600 000 / 1 550 000 = 38.71 % ≥ the call's 35 %
        "budget: total costs 1350000, co-financing 600000, requirement MET",
        "budget findings: none",
        // 5 left; 3 of them to work (2) or studies (1): 60 % ≥ 40 %
        "target G1-1: ACHIEVED");
  }

  @Test
  void aCaseWithoutRecordedGenderIsNotCollectedNotGuessed() {
    CaseFile c = new CaseFile("X-1", "Arbetsmarknadsenheten", "", java.time.LocalDate.of(1990, 1, 1),
        java.time.LocalDate.of(2024, 9, 1), java.util.Optional.empty(), true, 9, "");
    var p = CaseMapper.toParticipation(c);
    assertThat(p.gender().isUnknown()).isTrue();
    assertThat(p.education().isUnknown()).isTrue(); // ISCED 9 does not exist
  }
}
