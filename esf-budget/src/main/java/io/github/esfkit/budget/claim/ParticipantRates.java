package io.github.esfkit.budget.claim;

import io.github.esfkit.budget.Amounts;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.core.attendance.Attendance;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.project.AgeBand;
import java.math.BigDecimal;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The caller's rate table for participant allowances as co-financing (enhetskostnad per deltagartimme):
 * an amount per attended hour keyed by the project's start year and a participant group. The group is the
 * attendance row's own group (e.g. an allowance type) when it has one, else the age band holding the
 * participant's age on the first day of the month (All In: 18-24, 25-29, 30-64). The library holds no
 * rates: a missing entry is reported, never guessed. Build with {@link #builder()}. Immutable and
 * thread-safe.
 */
public final class ParticipantRates {

  private final List<AgeBand> ageGroups;
  private final Map<String, BigDecimal> rates;

  private ParticipantRates(List<AgeBand> ageGroups, Map<String, BigDecimal> rates) {
    this.ageGroups = List.copyOf(ageGroups);
    this.rates = Map.copyOf(rates);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The age groups, in order. */
  public List<AgeBand> ageGroups() {
    return ageGroups;
  }

  /** The row's group: its own, else the age band of the age on the first day of the month. */
  public Optional<String> group(Attendance row, Participation participation) {
    if (row.group().isPresent()) {
      return row.group().map(String::strip);
    }
    return group(participation, row.month());
  }

  /** The age group of a participant in a month: age on the first day of the month. */
  public Optional<String> group(Participation participation, YearMonth month) {
    if (!participation.birthDate().isKnown()) {
      return Optional.empty();
    }
    int age = Period.between(participation.birthDate().get(), month.atDay(1)).getYears();
    for (AgeBand b : ageGroups) {
      if (b.contains(age)) {
        return Optional.of(b.toString());
      }
    }
    return Optional.empty();
  }

  /** The rate per hour of a group in the table of a start year. */
  public Optional<BigDecimal> perHour(int startYear, String group) {
    Objects.requireNonNull(group, "group");
    return Optional.ofNullable(rates.get(startYear + "|" + group));
  }

  @Override
  public String toString() {
    return "ParticipantRates{groups " + ageGroups + ", " + rates.size() + " rates}";
  }

  /** Builds a rate table; not thread-safe. */
  public static final class Builder {
    private final List<AgeBand> ageGroups = new ArrayList<>();
    private final Map<String, BigDecimal> rates = new LinkedHashMap<>();

    private Builder() {}

    /** Adds an age group, e.g. {@code AgeBand.of(18, 24)}. */
    public Builder ageGroup(AgeBand band) {
      ageGroups.add(band);
      return this;
    }

    /** The rate per attended hour of a group in the table of a start year. */
    public Builder rate(int startYear, String group, MonetaryAmount perHour) {
      if (!Sek.isSek(perHour) || perHour.isNegative()) {
        throw new IllegalArgumentException("a participant rate must be a non-negative SEK amount: " + group);
      }
      rates.put(startYear + "|" + group.strip(), Amounts.number(perHour));
      return this;
    }

    /** The table. */
    public ParticipantRates build() {
      return new ParticipantRates(ageGroups, rates);
    }
  }
}
