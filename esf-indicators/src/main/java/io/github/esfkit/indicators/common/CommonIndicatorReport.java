package io.github.esfkit.indicators.common;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.core.validation.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link CommonIndicatorResult} as plain text or Markdown, in Swedish or English (rapport över
 * gemensamma indikatorer): the figures per gender, the indicators not computed and why, the data-quality
 * report and the consistency check. Shares are exact decimals (no floating point). Stateless.
 */
public final class CommonIndicatorReport {

  private CommonIndicatorReport() {}

  /** Markdown, without the per-sub-project tables. */
  public static String markdown(CommonIndicatorResult result, Language language) {
    return render(result, language, true, false);
  }

  /** Markdown; with {@code subProjects} one table of participant totals per sub-project as well. */
  public static String markdown(CommonIndicatorResult result, Language language, boolean subProjects) {
    return render(result, language, true, subProjects);
  }

  /** Plain text with aligned columns. */
  public static String text(CommonIndicatorResult result, Language language) {
    return render(result, language, false, false);
  }

  /** The share {@code part / whole} in percent with one decimal, rounded half up; "–" for an empty whole. */
  static String percent(long part, long whole, Language language) {
    if (whole <= 0) {
      return "–";
    }
    BigDecimal p = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    String s = p.toPlainString();
    return (language == Language.SV ? s.replace('.', ',') : s) + " %";
  }

  private static String render(CommonIndicatorResult r, Language lang, boolean md, boolean withSubs) {
    Args.notNull(r, "result");
    Args.notNull(lang, "language");
    boolean nb = r.period() == ProgrammePeriod.ESF_PLUS_2021_2027;
    StringBuilder out = new StringBuilder();
    String title = lang.pick("Gemensamma indikatorer " + r.period().fund() + " " + r.period().code() + " per "
        + r.asOf(), "Common indicators " + r.period().fund() + " " + r.period().code() + " as of " + r.asOf());
    heading(out, md, 1, title);

    List<String> head = new ArrayList<>(List.of(lang.pick("Kod", "Code"), lang.pick("Indikator", "Indicator"),
        Breakdown.TOTAL.nameSv(), Breakdown.WOMEN.nameSv(), Breakdown.MEN.nameSv()));
    if (lang == Language.EN) {
      head = new ArrayList<>(List.of("Code", "Indicator", Breakdown.TOTAL.nameEn(), Breakdown.WOMEN.nameEn(),
          Breakdown.MEN.nameEn()));
    }
    if (nb) {
      head.add(lang.pick(Breakdown.NON_BINARY.nameSv(), Breakdown.NON_BINARY.nameEn()));
    }
    head.add(lang.pick(Breakdown.GENDER_NOT_REPORTED.nameSv(), Breakdown.GENDER_NOT_REPORTED.nameEn()));
    List<List<String>> rows = new ArrayList<>();
    String notCollected = lang.pick("ej insamlat", "not collected");
    for (IndicatorCounts f : r.figures().values()) {
      boolean collected = r.isCollected(f.indicator());
      List<String> row = new ArrayList<>(List.of(f.indicator().code() + (f.indicator().codeVerified() ? "" : "*"),
          f.indicator().name(lang)));
      List<Long> counts = new ArrayList<>(List.of(f.total(), f.women(), f.men()));
      if (nb) {
        counts.add(f.nonBinary());
      }
      counts.add(f.genderNotReported());
      for (long n : counts) {
        row.add(collected ? Long.toString(n) : notCollected);
      }
      rows.add(row);
    }
    table(out, md, head, rows);
    out.append(lang.pick("* kod att verifiera", "* code to verify")).append("\n");
    if (!r.notCollected().isEmpty()) {
      out.append(lang.pick("Ej insamlat: uppgiften är insamlad för färre än "
              + CommonIndicatorResult.COLLECTED_THRESHOLD_PERCENT + " % av deltagarna",
          "Not collected: the characteristic was collected for fewer than "
              + CommonIndicatorResult.COLLECTED_THRESHOLD_PERCENT + " % of the participants"));
      StringBuilder codes = new StringBuilder();
      for (CommonIndicator i : r.notCollected()) {
        codes.append(codes.length() == 0 ? " (" : ", ").append(i.code());
      }
      out.append(codes).append(")\n");
    }
    out.append('\n');

    if (!r.notComputed().isEmpty()) {
      heading(out, md, 2, lang.pick("Beräknas inte ur deltagaruppgifter", "Not computed from participant records"));
      for (CommonIndicator i : r.notComputed()) {
        out.append("- ").append(i.code()).append(": ")
            .append(lang == Language.SV ? i.notComputedReasonSv().orElse("") : i.notComputedReasonEn().orElse(""))
            .append('\n');
      }
      out.append('\n');
    }

    if (withSubs && !r.subProjects().isEmpty()) {
      heading(out, md, 2, lang.pick("Per delprojekt", "Per sub-project"));
      CommonIndicator total = CommonIndicator.total(r.period());
      List<List<String>> subRows = new ArrayList<>();
      for (Map.Entry<String, Map<CommonIndicator, IndicatorCounts>> e : r.subProjects().entrySet()) {
        IndicatorCounts f = e.getValue().get(total);
        subRows.add(f == null ? List.of(e.getKey(), "–", "–", "–")
            : List.of(e.getKey(), Long.toString(f.total()), Long.toString(f.women()), Long.toString(f.men())));
      }
      table(out, md, List.of(lang.pick("Delprojekt", "Sub-project"), lang.pick("Deltagare", "Participants"),
          lang.pick("Kvinnor", "Women"), lang.pick("Män", "Men")), subRows);
    }

    DataQualityReport q = r.dataQuality();
    heading(out, md, 2, lang.pick("Datakvalitet", "Data quality"));
    out.append(lang.pick("Inskrivningar lästa: ", "Participations read: ")).append(q.participationsRead()).append('\n');
    out.append(lang.pick("Deltagare: ", "Participants: ")).append(q.participants()).append('\n');
    out.append(lang.pick("Ofullständiga (bara i totalen): ", "Incomplete (grand total only): "))
        .append(q.incompleteParticipants()).append(" (").append(percent(q.incompleteParticipants(), q.participants(), lang))
        .append(")\n");
    out.append(lang.pick("Uteslutna: ", "Excluded: ")).append(q.excluded()).append("\n\n");
    List<List<String>> ruleRows = new ArrayList<>();
    for (Map.Entry<DataRule, Long> e : q.ruleCounts().entrySet()) {
      ruleRows.add(List.of(e.getKey().id(), Long.toString(e.getValue()),
          lang.pick(e.getKey().descriptionSv(), e.getKey().descriptionEn())));
    }
    if (!ruleRows.isEmpty()) {
      table(out, md, List.of(lang.pick("Regel", "Rule"), lang.pick("Antal", "Count"),
          lang.pick("Innebörd", "Meaning")), ruleRows);
    }
    List<List<String>> fieldRows = new ArrayList<>();
    for (FieldCompleteness c : q.completeness().values()) {
      fieldRows.add(List.of(lang.pick(c.field().nameSv(), c.field().nameEn()), Long.toString(c.known()),
          percent(c.known(), c.total(), lang), Long.toString(c.notCollected()), Long.toString(c.refused()),
          Long.toString(c.dontKnow())));
    }
    table(out, md, List.of(lang.pick("Fält", "Field"), lang.pick("Kända", "Known"), lang.pick("Andel", "Share"),
        lang.pick("Ej insamlat", "Not collected"), lang.pick("Vill inte uppge", "Refused"),
        lang.pick("Vet inte", "Don't know")), fieldRows);

    heading(out, md, 2, lang.pick("Rimlighetskontroller", "Consistency checks"));
    if (r.consistency().isEmpty()) {
      out.append(lang.pick("Alla uppfyllda.", "All hold.")).append('\n');
    } else {
      for (Violation v : r.consistency().violations()) {
        out.append("- ").append(v.ruleId()).append(" ").append(v.path()).append(": ").append(v.message(lang))
            .append('\n');
      }
    }
    return out.toString();
  }

  private static void heading(StringBuilder out, boolean md, int level, String text) {
    if (md) {
      out.append("#".repeat(level)).append(' ').append(text).append("\n\n");
    } else {
      out.append(text).append('\n').append((level == 1 ? "=" : "-").repeat(text.length())).append("\n\n");
    }
  }

  private static void table(StringBuilder out, boolean md, List<String> head, List<List<String>> rows) {
    if (md) {
      out.append("| ").append(String.join(" | ", escape(head))).append(" |\n|");
      for (int i = 0; i < head.size(); i++) {
        out.append(i < 2 ? "---|" : "---:|");
      }
      out.append('\n');
      for (List<String> row : rows) {
        out.append("| ").append(String.join(" | ", escape(row))).append(" |\n");
      }
      out.append('\n');
      return;
    }
    int[] w = new int[head.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = head.get(i).length();
      for (List<String> row : rows) {
        w[i] = Math.max(w[i], Math.min(row.get(i).length(), 60));
      }
    }
    appendRow(out, head, w);
    for (List<String> row : rows) {
      appendRow(out, row, w);
    }
    out.append('\n');
  }

  private static void appendRow(StringBuilder out, List<String> row, int[] w) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < row.size(); i++) {
      String cell = row.get(i).length() > 60 ? row.get(i).substring(0, 59) + "…" : row.get(i);
      boolean numeric = i >= 1 && cell.matches("[0-9]+([.,][0-9]+ %)?");
      String pad = " ".repeat(w[i] - cell.length());
      line.append(numeric ? pad + cell : cell + pad).append(i + 1 < row.size() ? "  " : "");
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static List<String> escape(List<String> cells) {
    List<String> out = new ArrayList<>(cells.size());
    for (String c : cells) {
      out.add(c.replace("|", "\\|"));
    }
    return out;
  }
}
