package io.github.esfkit.spark;

import io.github.esfkit.core.id.Personnummer;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.indicators.common.CommonIndicatorCalculator;
import io.github.esfkit.io.csv.ReadResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;

/**
 * The fold of one partition of checked records into one {@link CommonIndicatorCalculator}: esf-io's reader turns
 * the partition's records into participations, and the calculator folds them. With {@link Linking#BY_PERSON}
 * the rows come sorted by person, and each person's participations are handed over together
 * ({@link CommonIndicatorCalculator#addPerson}): nothing is held back and the calculator stays small. With
 * {@link Linking#AT_MERGE} each participation is added alone and persons are linked when the calculators merge.
 * Serializable; stateless between partitions.
 */
final class FoldSlices implements MapPartitionsFunction<Row, CommonIndicatorCalculator> {

  private static final long serialVersionUID = 1L;

  private final ExchangeFiles files;
  private final ProgrammePeriod period;
  private final LocalDate asOf;
  private final Linking linking;

  FoldSlices(ExchangeFiles files, ProgrammePeriod period, LocalDate asOf, Linking linking) {
    this.files = files;
    this.period = period;
    this.asOf = asOf;
    this.linking = linking;
  }

  @Override
  public Iterator<CommonIndicatorCalculator> call(Iterator<Row> rows) {
    Slice[] slices = files.slices(rows);
    CommonIndicatorCalculator calc = CommonIndicatorCalculator.of(period, asOf);
    if (slices[0].records() == 0) {
      return List.of(calc).iterator();
    }
    PersonGroups groups = new PersonGroups(calc, linking);
    ReadResult r = files.read(slices, 1, groups);
    if (!r.isValid()) {
      // the files were checked before the fold: they changed in between
      throw new IllegalStateException("the input files changed while they were read ("
          + r.errors().kept().get(0).ruleId() + ")");
    }
    groups.flush();
    return List.of(calc).iterator();
  }

  /** Hands consecutive participations of one person to the calculator together. */
  private static final class PersonGroups implements Consumer<Participation> {
    private final CommonIndicatorCalculator calc;
    private final Linking linking;
    private final List<Participation> person = new ArrayList<>();
    private @Nullable Personnummer current;

    PersonGroups(CommonIndicatorCalculator calc, Linking linking) {
      this.calc = calc;
      this.linking = linking;
    }

    @Override
    public void accept(Participation p) {
      if (linking == Linking.AT_MERGE || p.personId().isEmpty()) {
        calc.add(p);
        return;
      }
      Personnummer id = p.personId().get();
      if (!id.equals(current)) {
        flush();
        current = id;
      }
      person.add(p);
    }

    void flush() {
      if (!person.isEmpty()) {
        calc.addPerson(person);
        person.clear();
      }
      current = null;
    }
  }
}
