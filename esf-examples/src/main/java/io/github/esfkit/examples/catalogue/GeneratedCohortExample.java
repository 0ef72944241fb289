package io.github.esfkit.examples.catalogue;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.indicators.common.Breakdown;
import io.github.esfkit.indicators.common.CommonIndicatorCalculator;
import io.github.esfkit.indicators.common.CommonIndicatorResult;
import io.github.esfkit.indicators.common.DataRule;
import io.github.esfkit.examples.data.CohortRecipe;
import io.github.esfkit.io.csv.ParticipantCsvReader;
import io.github.esfkit.io.csv.ReadResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The EU common indicators (ESF 2014–2020) of the bundled generated cohort, whose figures follow from
 * {@link CohortRecipe} by hand: re-entry counted once with the first entry's characteristics, an incomplete
 * record in the total only, the 28-day and six-month windows, entries after the reporting date left out.
 */
final class GeneratedCohortExample implements Example {

  static final String PARTICIPANTS = "cohort-participants.csv";
  static final String EVENTS = "cohort-events.csv";

  @Override
  public String id() {
    return "cohort-indicators";
  }

  @Override
  public String title(Language l) {
    return l.pick("Gemensamma indikatorer för en genererad kohort (ESF 2014–2020)",
        "Common indicators of a generated cohort (ESF 2014-2020)");
  }

  @Override
  public String reproduces(Language l) {
    return l.pick("CO01–CO11, CR01–CR06 per kön för 59 syntetiska inskrivningar (55 personer) per 2022-06-30, "
            + "handräknade ur receptet i examples/README; filerna examples/" + PARTICIPANTS + " och " + EVENTS + ".",
        "CO01-CO11, CR01-CR06 by gender for 59 synthetic participations (55 persons) as of 2022-06-30, "
            + "counted by hand from the recipe in the examples README; files examples/" + PARTICIPANTS + " and "
            + EVENTS + ".");
  }

  /** The expected figures, counted by hand from the recipe: code, total, women, men. */
  static final Object[][] EXPECTED = {
      {"TOTAL", 55, 33, 22},
      {"CO01", 32, 30, 2},
      {"CO02", 20, 20, 0},
      {"CO03", 15, 0, 15},
      {"CO04", 15, 0, 15},
      {"CO05", 5, 0, 5},
      {"CO06", 22, 20, 2},
      {"CO07", 10, 10, 0},
      {"CO08", 10, 10, 0},
      {"CO09", 22, 20, 2},
      {"CO10", 20, 0, 20},
      {"CO11", 10, 10, 0},
      {"CR01", 15, 0, 15},
      {"CR02", 0, 0, 0},
      {"CR03", 15, 0, 15},
      {"CR04", 22, 20, 2},
      {"CR06", 22, 20, 2},
      {"CR08", 0, 0, 0},
  };

  @Override
  public List<Check> run(Language l) {
    CommonIndicatorCalculator calc = CommonIndicatorCalculator.of(ProgrammePeriod.ESF_2014_2020, CohortRecipe.AS_OF);
    ReadResult read = ParticipantCsvReader.create().read(Bundled.csv(PARTICIPANTS), Bundled.csv(EVENTS), calc::add);
    List<Check> checks = new ArrayList<>();
    checks.add(Check.of(l.pick("fel i filerna", "errors in the files"), 0, read.errors().count()));
    checks.add(Check.of(l.pick("inskrivningar lästa", "participations read"), 59, read.participations()));
    if (!read.isValid()) {
      return checks;
    }
    CommonIndicatorResult r = calc.result();
    for (Object[] e : EXPECTED) {
      String code = (String) e[0];
      String expected = e[1] + " (" + l.pick("K ", "W ") + e[2] + ", " + l.pick("M ", "M ") + e[3] + ")";
      String actual = r.count(code, Breakdown.TOTAL) + " (" + l.pick("K ", "W ") + r.count(code, Breakdown.WOMEN)
          + ", " + l.pick("M ", "M ") + r.count(code, Breakdown.MEN) + ")";
      checks.add(Check.of(code, expected, actual));
    }
    checks.add(Check.of(l.pick("ofullständiga (bara i totalen)", "incomplete (total only)"), 3,
        r.dataQuality().incompleteParticipants()));
    checks.add(Check.of(l.pick("återinskrivningar länkade", "re-entries linked"), 2,
        r.dataQuality().count(DataRule.RE_ENTRY_LINKED)));
    checks.add(Check.of(l.pick("inskrivningar efter redovisningsdagen", "entries after the reporting date"), 2,
        r.dataQuality().count(DataRule.ENTRY_AFTER_AS_OF)));
    return checks;
  }
}
