package io.github.esfkit.io.csv;

import io.github.esfkit.budget.CoFinancingCategory;
import io.github.esfkit.budget.CoFinancingSubLine;
import io.github.esfkit.budget.CostCategory;
import io.github.esfkit.budget.CostSection;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.budget.claim.LedgerLine;
import io.github.esfkit.core.attendance.Attendance;
import io.github.esfkit.core.attendance.TimeReport;
import io.github.esfkit.core.id.Organisationsnummer;
import io.github.esfkit.core.project.PhaseKind;
import io.github.esfkit.io.InputError;
import io.github.esfkit.io.InputErrors;
import io.github.esfkit.core.Redaction;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the three files of a running project (docs/running-csv.md), streaming, row by row, reporting
 * every error as {@code file:line:column: RULE-ID message} and handing each valid row to a sink:
 *
 * <ul>
 *   <li>attendance: {@code participant_id, month, date, hours, group};
 *   <li>time reports: {@code person_id, employer, function, month, hours, longest_day, contracted_percent,
 *       phase, approved_by, approved_on};
 *   <li>ledger: {@code date, section, category, amount, voucher, description, contributor, sub_line}.
 * </ul>
 *
 * Codes are the lower-case names of the enums ({@code implementation}, {@code external_services},
 * {@code public_cash_owner}), as in the JSON formats. A file with errors yields no figures: callers discard
 * what the sink received when the returned errors are not empty. Values that could be a personnummer are
 * never quoted. Stateless.
 */
public final class RunningCsv {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private RunningCsv() {}

  /** The code of an enum constant in these files: its name in lower case, as in the JSON formats. */
  private static String codeOf(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  /** Reads an attendance file. */
  public static InputErrors readAttendance(CsvInput in, int maxErrors, Consumer<? super Attendance> sink) {
    return read(in, maxErrors, List.of("participant_id", "hours"), List.of("month", "date", "group"), r -> {
      Optional<String> id = r.id("participant_id");
      Optional<LocalDate> day = r.date("date", false);
      Optional<YearMonth> month = r.month("month", day.isEmpty() && !r.has("date"));
      Optional<BigDecimal> hours = r.decimal("hours", true);
      if (day.isPresent() && month.isPresent() && !YearMonth.from(day.get()).equals(month.get())) {
        r.error("date", "RUN-DATE-MONTH", "datumet ligger inte i månaden " + month.get(),
            "the date is not in month " + month.get());
        return;
      }
      if (day.isEmpty() && month.isEmpty() && r.ok) {
        r.error("month", "CSV-VALUE-MISSING", "month eller date krävs", "month or date is required");
      }
      if (!r.ok) {
        return;
      }
      Attendance.Builder b = Attendance.builder().participantId(id.get())
          .month(day.map(YearMonth::from).orElseGet(month::get)).hours(hours.get()).source(r.where());
      day.ifPresent(b::day);
      r.text("group").ifPresent(b::group);
      sink.accept(b.build());
    });
  }

  /** Reads a time-report file. */
  public static InputErrors readTimeReports(CsvInput in, int maxErrors, Consumer<? super TimeReport> sink) {
    return read(in, maxErrors, List.of("person_id", "employer", "function", "month", "hours"),
        List.of("longest_day", "contracted_percent", "phase", "approved_by", "approved_on"), r -> {
          Optional<String> person = r.id("person_id");
          Optional<Organisationsnummer> employer = r.orgnr("employer", true);
          Optional<String> function = r.text("function");
          if (function.isEmpty()) {
            r.error("function", "CSV-VALUE-MISSING", "function saknas", "function is missing");
          }
          Optional<YearMonth> month = r.month("month", true);
          Optional<BigDecimal> hours = r.decimal("hours", true);
          Optional<BigDecimal> longest = r.decimal("longest_day", false);
          Optional<BigDecimal> percent = r.decimal("contracted_percent", false);
          Optional<PhaseKind> phase = r.code("phase", PhaseKind.class);
          Optional<String> approver = r.has("approved_by") && r.text("approved_by").isPresent()
              ? r.id("approved_by") : Optional.empty();
          Optional<LocalDate> approvedOn = r.date("approved_on", false);
          if (!r.ok) {
            return;
          }
          TimeReport.Builder b = TimeReport.builder().personId(person.get()).employer(employer.get())
              .function(function.get()).month(month.get()).hours(hours.get()).source(r.where());
          longest.ifPresent(b::longestDay);
          percent.ifPresent(b::contractedPercent);
          phase.ifPresent(b::phase);
          approver.ifPresent(b::approvedBy);
          approvedOn.ifPresent(b::approvedOn);
          sink.accept(b.build());
        });
  }

  /** Reads a ledger file. */
  public static InputErrors readLedger(CsvInput in, int maxErrors, Consumer<? super LedgerLine> sink) {
    return read(in, maxErrors, List.of("date", "section", "category", "amount", "voucher"),
        List.of("description", "contributor", "sub_line"), r -> {
          Optional<LocalDate> date = r.date("date", true);
          Optional<CostSection> section = r.code("section", CostSection.class);
          if (section.isEmpty() && r.ok) {
            r.error("section", "CSV-VALUE-MISSING", "section saknas", "section is missing");
          }
          String cat = r.raw("category").strip().toLowerCase(Locale.ROOT);
          Optional<CostCategory> cost = Arrays.stream(CostCategory.values())
              .filter(c -> codeOf(c).equals(cat)).findFirst();
          Optional<CoFinancingCategory> co = Arrays.stream(CoFinancingCategory.values())
              .filter(c -> codeOf(c).equals(cat)).findFirst();
          if (cost.isEmpty() && co.isEmpty()) {
            r.error("category", "CSV-CODE", Redaction.quote(r.raw("category"))
                    + " är varken ett kostnadsslag eller en medfinansieringskategori",
                Redaction.quote(r.raw("category")) + " is neither a cost category nor a co-financing category");
          }
          Optional<BigDecimal> amount = r.decimal("amount", true);
          Optional<String> voucher = r.text("voucher");
          if (voucher.isEmpty()) {
            r.error("voucher", "CSV-VALUE-MISSING", "verifikationsnummer saknas", "the voucher number is missing");
          }
          Optional<Organisationsnummer> contributor = r.orgnr("contributor", co.isPresent());
          Optional<CoFinancingSubLine> subLine = r.code("sub_line", CoFinancingSubLine.class);
          if (cost.isPresent() && (contributor.isPresent() || subLine.isPresent())) {
            r.error(contributor.isPresent() ? "contributor" : "sub_line", "RUN-COST-CONTRIBUTOR",
                "en kostnadsrad har ingen medfinansiär eller delrad", "a cost line has no contributor or sub-line");
          }
          if (co.isPresent() && subLine.isPresent() && !co.get().subLines().contains(subLine.get())) {
            r.error("sub_line", "RUN-SUB-LINE", "delraden hör inte till kategorin", "the sub-line is not of the category");
          }
          if (!r.ok) {
            return;
          }
          LedgerLine.Builder b = LedgerLine.builder().date(date.get()).section(section.get())
              .amount(Sek.of(amount.get())).voucher(voucher.get()).source(r.where());
          cost.ifPresent(b::costCategory);
          co.ifPresent(b::coFinancing);
          contributor.ifPresent(b::contributor);
          subLine.ifPresent(b::subLine);
          r.text("description").ifPresent(b::description);
          sink.accept(b.build());
        });
  }

  // ------------------------------------------------------------------------------------------ machinery

  private interface RowHandler {
    void row(Row r);
  }

  /** One data row: typed access to its fields, collecting errors. */
  private static final class Row {
    final String file;
    final InputErrors errors;
    final Map<String, Integer> cols;
    CsvRecordReader csv;
    long line;
    boolean ok;

    Row(String file, InputErrors errors, Map<String, Integer> cols) {
      this.file = file;
      this.errors = errors;
      this.cols = cols;
    }

    String where() {
      return file + ":" + line;
    }

    boolean has(String col) {
      Integer i = cols.get(col);
      return i != null && !csv.field(i).isBlank();
    }

    String raw(String col) {
      Integer i = cols.get(col);
      return i == null ? "" : csv.field(i);
    }

    void error(String col, String rule, String sv, String en) {
      ok = false;
      errors.add(InputError.of(file, line, col, rule, sv, en));
    }

    Optional<String> text(String col) {
      String s = raw(col).strip();
      return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    Optional<String> id(String col) {
      Optional<String> v = value(col, true);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      String s = v.get();
      if (!ID.matcher(s).matches()) {
        error(col, "CSV-ID", "ett id ska vara 1–64 tecken A-Z a-z 0-9 _ -, inte " + Redaction.quote(s),
            "an id must be 1-64 characters of A-Z a-z 0-9 _ -, not " + Redaction.quote(s));
        return Optional.empty();
      }
      if (Redaction.containsIdentityNumber(s)) {
        error(col, "CSV-ID-PERSONNUMMER", "id:t kan vara ett personnummer; använd ett pseudonymt id",
            "the id may be a personal identity number; use a pseudonymous id");
        return Optional.empty();
      }
      return Optional.of(s);
    }

    /** The stripped value, or empty when blank (reported as missing when required). */
    Optional<String> value(String col, boolean required) {
      String s = raw(col).strip();
      if (s.isEmpty()) {
        if (required) {
          error(col, "CSV-VALUE-MISSING", col + " saknas", col + " is missing");
        }
        return Optional.empty();
      }
      return Optional.of(s);
    }

    Optional<BigDecimal> decimal(String col, boolean required) {
      Optional<String> v = value(col, required);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      String s = v.get();
      if (s.length() > 20 || !s.matches("-?[0-9]+(\\.[0-9]+)?")) {
        error(col, "CSV-NUMBER", "ska vara ett decimaltal med punkt, inte " + Redaction.quote(s),
            "must be a decimal number with a point, not " + Redaction.quote(s));
        return Optional.empty();
      }
      return Optional.of(new BigDecimal(s));
    }

    Optional<LocalDate> date(String col, boolean required) {
      Optional<String> v = value(col, required);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      String s = v.get();
      try {
        if (s.length() == 10) {
          return Optional.of(LocalDate.parse(s));
        }
      } catch (DateTimeParseException e) {
        // reported below
      }
      error(col, "CSV-DATE", "ska vara ett datum ÅÅÅÅ-MM-DD, inte " + Redaction.quote(s),
          "must be a date YYYY-MM-DD, not " + Redaction.quote(s));
      return Optional.empty();
    }

    Optional<YearMonth> month(String col, boolean required) {
      Optional<String> v = value(col, required);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      String s = v.get();
      try {
        if (s.length() == 7) {
          return Optional.of(YearMonth.parse(s));
        }
      } catch (DateTimeParseException e) {
        // reported below
      }
      error(col, "CSV-MONTH", "ska vara en månad ÅÅÅÅ-MM, inte " + Redaction.quote(s),
          "must be a month YYYY-MM, not " + Redaction.quote(s));
      return Optional.empty();
    }

    <E extends Enum<E>> Optional<E> code(String col, Class<E> type) {
      String s = raw(col).strip();
      if (s.isEmpty()) {
        return Optional.empty();
      }
      for (E e : type.getEnumConstants()) {
        if (codeOf(e).equals(s)) {
          return Optional.of(e);
        }
      }
      String allowed = Arrays.stream(type.getEnumConstants()).map(RunningCsv::codeOf).collect(Collectors.joining(", "));
      error(col, "CSV-CODE", Redaction.quote(s) + " är inte tillåtet; tillåtet: " + allowed,
          Redaction.quote(s) + " is not allowed; allowed: " + allowed);
      return Optional.empty();
    }

    Optional<Organisationsnummer> orgnr(String col, boolean required) {
      Optional<String> v = value(col, required);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      String s = v.get();
      if (!Organisationsnummer.isValid(s)) {
        error(col, "CSV-ORGNR", "inget giltigt organisationsnummer: " + Redaction.quote(s),
            "not a valid organisation number: " + Redaction.quote(s));
        return Optional.empty();
      }
      return Optional.of(Organisationsnummer.parse(s));
    }
  }

  private static InputErrors read(CsvInput in, int maxErrors, List<String> required, List<String> optional,
      RowHandler handler) {
    InputErrors errors = new InputErrors(maxErrors);
    String file = in.name();
    String[][] names = new String[1][];
    InputStream stream;
    try {
      stream = in.open();
    } catch (IOException e) {
      errors.add(InputError.ofOpenFailure(file, e));
      return errors;
    }
    CsvRecordReader.SyntaxHandler syntax = (atLine, field, rule, sv, en) -> {
      String[] n = names[0];
      errors.add(InputError.of(file, atLine, n != null && field < n.length ? n[field] : "field " + (field + 1), rule,
          sv, en));
    };
    try (CsvRecordReader csv = new CsvRecordReader(stream, syntax)) {
      if (!csv.next()) {
        errors.add(InputError.ofFile(file, "CSV-EMPTY", "filen är tom; en rubrikrad krävs",
            "the file is empty; a header row is required"));
        return errors;
      }
      if (csv.malformed()) {
        return errors;
      }
      Map<String, Integer> cols = new HashMap<>();
      String[] header = new String[csv.size()];
      String allowed = String.join(", ", required) + ", " + String.join(", ", optional);
      Map<String, Integer> unknown = new LinkedHashMap<>();
      for (int i = 0; i < csv.size(); i++) {
        String h = csv.field(i).strip();
        header[i] = required.contains(h) || optional.contains(h) ? h : "column " + (i + 1);
        if (header[i].equals(h) && cols.putIfAbsent(h, i) != null) {
          errors.add(InputError.of(file, csv.line(), h, "CSV-HEADER-DUPLICATE",
              "kolumnen " + h + " förekommer två gånger i rubrikraden", "column " + h + " occurs twice in the header"));
        } else if (!header[i].equals(h)) {
          unknown.put(h, i);
        }
      }
      unknown.forEach((h, i) -> errors.add(InputError.of(file, csv.line(), "column " + (i + 1), "CSV-HEADER-UNKNOWN",
          "okänd kolumn " + Redaction.quote(h) + "; tillåtna kolumner: " + allowed,
          "unknown column " + Redaction.quote(h) + "; allowed columns: " + allowed)));
      for (String c : required) {
        if (!cols.containsKey(c)) {
          errors.add(InputError.of(file, csv.line(), c, "CSV-COLUMN-MISSING",
              "den obligatoriska kolumnen " + c + " saknas i rubrikraden",
              "the required column " + c + " is missing from the header"));
        }
      }
      if (!errors.isEmpty()) {
        return errors;
      }
      names[0] = header;
      Row row = new Row(file, errors, cols);
      row.csv = csv;
      while (csv.next()) {
        row.line = csv.line();
        row.ok = true;
        if (csv.malformed()) {
          continue;
        }
        if (csv.size() != header.length) {
          errors.add(InputError.of(file, row.line, "", "CSV-FIELD-COUNT",
              "raden har " + csv.size() + " fält men rubrikraden har " + header.length,
              "the line has " + csv.size() + " fields but the header has " + header.length));
          continue;
        }
        try {
          handler.row(row);
        } catch (IllegalArgumentException | IllegalStateException e) {
          row.error("", "RUN-ROW-INVALID", Redaction.scrub(e.getMessage()), Redaction.scrub(e.getMessage()));
        }
      }
    } catch (CsvRecordReader.RecordTooLongException e) {
      errors.add(InputError.of(file, e.line(), "", "CSV-LINE-TOO-LONG",
          "raden är för lång: detta är ingen CSV-fil i formatet; läsningen avbröts",
          "the line is too long: this is not a CSV file of the format; reading stopped"));
    } catch (IOException e) {
      errors.add(InputError.ofFile(file, "IO-READ", "filen kunde inte läsas till slut: " + e.getClass().getSimpleName(),
          "the file could not be read to the end: " + e.getClass().getSimpleName()));
    }
    return errors;
  }
}
