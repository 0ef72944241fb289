package io.github.esfkit.examples.catalogue;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.participant.Participation;
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

  @Override
  public List<Check> run(Language l) {
    List<Participation> rows = new ArrayList<>();
    ReadResult read = ParticipantCsvReader.create().read(Bundled.csv(PARTICIPANTS), Bundled.csv(EVENTS), rows::add);
    List<Check> checks = new ArrayList<>();
    checks.add(Check.of(l.pick("fel i filerna", "errors in the files"), 0, read.errors().count()));
    checks.add(Check.of(l.pick("inskrivningar", "participations"), 59, read.participations()));
    checks.add(Check.of(l.pick("händelser", "events"), 57, read.events()));
    return checks;
  }
}
