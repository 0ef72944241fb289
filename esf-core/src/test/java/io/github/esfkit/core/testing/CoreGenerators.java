package io.github.esfkit.core.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.esfkit.core.id.CfarNumber;
import io.github.esfkit.core.id.Organisationsnummer;
import io.github.esfkit.core.id.Personnummer;
import io.github.esfkit.core.participant.Answer;
import io.github.esfkit.core.participant.EmploymentStatus;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.participant.IscedLevel;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.participant.UnknownReason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.threeten.extra.LocalDateRange;

/**
 * QuickTheories generators for core values, for reuse by every module's property tests. All of them are
 * built from QuickTheories' primitive generators, so failures shrink. No generated value belongs to a
 * real person: personnummer are random, only their check digit is right.
 */
public final class CoreGenerators {

  private CoreGenerators() {}

  /** Dates from {@code from} to {@code to}, inclusive. */
  public static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
    long a = from.toEpochDay();
    long b = to.toEpochDay();
    return Generate.longRange(a, b).map(LocalDate::ofEpochDay);
  }

  /** Dates 1900-01-01 … 2030-12-31. */
  public static Gen<LocalDate> dates() {
    return dates(LocalDate.of(1900, 1, 1), LocalDate.of(2030, 12, 31));
  }

  /** Non-empty bounded ranges starting 2000–2030, 1 to {@code maxDays} days long. */
  public static Gen<LocalDateRange> dateRanges(int maxDays) {
    return dates(LocalDate.of(2000, 1, 1), LocalDate.of(2030, 12, 31))
        .zip(integers().between(1, maxDays), (start, days) -> LocalDateRange.of(start, start.plusDays(days)));
  }

  /** A string of {@code n} random ASCII digits. */
  public static Gen<String> digits(int n) {
    return Generate.intArrays(Generate.constant(n), integers().between(0, 9)).map(a -> {
      StringBuilder s = new StringBuilder();
      for (int d : a) {
        s.append(d);
      }
      return s.toString();
    });
  }

  /**
   * The Luhn (mod 10) check digit of a payload of ASCII digits, computed here from the right (the digit next to the
   * check digit doubled), independently of the library's own, package-private implementation.
   */
  public static int luhnCheckDigit(CharSequence payload) {
    int sum = 0;
    boolean doubled = true;
    for (int i = payload.length() - 1; i >= 0; i--) {
      int d = Character.digit(payload.charAt(i), 10);
      if (d < 0) {
        throw new IllegalArgumentException("not a digit at " + i);
      }
      int v = doubled ? 2 * d : d;
      sum += v > 9 ? v - 9 : v;
      doubled = !doubled;
    }
    return (10 - sum % 10) % 10;
  }

  /** A digit payload of 1–15 digits followed by its Luhn check digit. */
  public static Gen<String> luhnValid() {
    return integers().between(1, 15).flatMap(CoreGenerators::digits)
        .map(payload -> payload + luhnCheckDigit(payload));
  }

  /** Birth dates 1900–2020, with 29 February well represented. */
  public static Gen<LocalDate> birthDates() {
    Gen<LocalDate> leap = integers().between(0, 29).map(i -> LocalDate.of(1904 + 4 * i, 2, 29));
    return either(leap, dates(LocalDate.of(1900, 1, 1), LocalDate.of(2020, 12, 31)), 20);
  }

  /** Valid twelve-digit personnummer and samordningsnummer (about one in four), born 1900–2020. */
  public static Gen<Personnummer> personnummer() {
    return birthDates().zip(integers().between(0, 999), booleans().all(), (birth, serial, coordination) -> {
      int day = birth.getDayOfMonth() + (coordination && serial % 4 == 0 ? 60 : 0);
      String ten = String.format("%02d%02d%02d%03d", birth.getYear() % 100, birth.getMonthValue(), day, serial);
      String twelve = String.format("%02d", birth.getYear() / 100) + ten + luhnCheckDigit(ten);
      return Personnummer.parse(twelve);
    });
  }

  /** Valid organisation numbers of group 2 (public bodies), digits 3–4 at least 20. */
  public static Gen<Organisationsnummer> organisationsnummer() {
    return integers().between(20, 99).zip(digits(6), (middle, rest) -> {
      String nine = "2" + rest.charAt(0) + middle + rest.substring(1);
      return Organisationsnummer.parse(nine + luhnCheckDigit(nine));
    });
  }

  /** Valid CFAR numbers (eight digits with Luhn check digit, not a placeholder). */
  public static Gen<CfarNumber> cfarNumbers() {
    return integers().between(1, 9).zip(digits(6), (first, rest) -> {
      String seven = first + rest;
      return CfarNumber.parse(seven + luhnCheckDigit(seven));
    });
  }

  /** An answer: known from {@code values}, or unknown with a random reason (about one in five). */
  public static <T> Gen<Answer<T>> answers(Gen<T> values) {
    Gen<Answer<T>> unknown = Generate.enumValues(UnknownReason.class).map(Answer::<T>unknown);
    return either(unknown, values.map(Answer::of), 20);
  }

  /**
   * Participations with random characteristics, entry 2015–2024, exit within a year or active, and a
   * personnummer in about three of four.
   */
  public static Gen<Participation> participations() {
    Gen<LocalDate> entries = dates(LocalDate.of(2015, 1, 1), LocalDate.of(2024, 12, 31));
    Gen<Optional<Integer>> stay = optionals(integers().between(0, 365), 80);
    Gen<Optional<Personnummer>> ids = optionals(personnummer(), 75);
    Gen<Integer> ids0 = integers().between(1, 999_999);
    return in -> {
      LocalDate entry = entries.generate(in);
      Optional<Integer> days = stay.generate(in);
      Optional<Personnummer> person = ids.generate(in).filter(p -> !p.birthDate().isAfter(entry));
      Answer<LocalDate> birth = person.isPresent() ? Answer.of(person.get().birthDate())
          : answers(dates(entry.minusYears(70), entry.minusYears(15))).generate(in);
      return Participation.builder()
          .participantId("P" + ids0.generate(in))
          .personId(person)
          .subProject("Delprojekt " + integers().between(1, 5).generate(in))
          .gender(answers(Generate.enumValues(Gender.class)).generate(in))
          .birthDate(birth)
          .entryDate(entry)
          .exitDate(days.map(entry::plusDays))
          .employmentStatus(answers(Generate.enumValues(EmploymentStatus.class)).generate(in))
          .education(answers(Generate.enumValues(IscedLevel.class)).generate(in))
          .build();
    };
  }

  /** {@code first} in about {@code percentFirst} % of cases, else {@code second}. */
  public static <T> Gen<T> either(Gen<T> first, Gen<T> second, int percentFirst) {
    Gen<Integer> dice = integers().between(0, 99);
    return in -> dice.generate(in) < percentFirst ? first.generate(in) : second.generate(in);
  }

  /** A present value in about {@code percentPresent} % of cases. */
  public static <T> Gen<Optional<T>> optionals(Gen<T> values, int percentPresent) {
    Gen<Integer> dice = integers().between(0, 99);
    return in -> dice.generate(in) < percentPresent ? Optional.of(values.generate(in)) : Optional.empty();
  }

  /**
   * A random partition of a random project period into 1–{@code maxPhases} consecutive non-empty
   * ranges: the ranges tile the period exactly.
   */
  public static Gen<List<LocalDateRange>> tilings(int maxPhases) {
    Gen<LocalDate> starts = dates(LocalDate.of(2014, 1, 1), LocalDate.of(2028, 12, 31));
    Gen<Integer> lengths = integers().between(maxPhases, 1500);
    return in -> {
      LocalDate start = starts.generate(in);
      int length = lengths.generate(in);
      int phases = integers().between(1, maxPhases).generate(in);
      // phases-1 cut points in (0, length); duplicates merge, so there may be fewer phases
      java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
      for (int k = 0; k < phases - 1; k++) {
        cuts.add(integers().between(1, length - 1).generate(in));
      }
      List<LocalDateRange> out = new ArrayList<>();
      int from = 0;
      for (int cut : cuts) {
        out.add(LocalDateRange.of(start.plusDays(from), start.plusDays(cut)));
        from = cut;
      }
      out.add(LocalDateRange.of(start.plusDays(from), start.plusDays(length)));
      return out;
    };
  }
}
