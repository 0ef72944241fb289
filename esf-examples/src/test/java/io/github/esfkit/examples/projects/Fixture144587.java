package io.github.esfkit.examples.projects;

import io.github.esfkit.indicators.targets.model.PublishedFigure;
import io.github.esfkit.indicators.targets.model.Verdict;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code targets/144587-indicators.tsv} (indicators.md §A.8) from the test class path. */
final class Fixture144587 {

  /** One row of the fixture. */
  static final class Row {
    final String goalId;
    final String indicatorId;
    final String part;
    final String scope;
    final String targetKind;
    final Optional<Long> target;
    final Optional<Long> result;
    final Optional<Long> denominator;
    final Optional<BigDecimal> printed;
    final String verdictClass;

    Row(String[] c) {
      goalId = c[0];
      indicatorId = c[1];
      part = c[2];
      scope = c[3];
      targetKind = c[5];
      target = number(c[6]);
      result = number(c[7]);
      denominator = number(c[8]);
      printed = c[9].isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(c[9]));
      verdictClass = c[11];
    }

    Verdict verdict() {
      switch (verdictClass) {
        case "uppnådd":
          return Verdict.ACHIEVED;
        case "delvis uppnådd":
          return Verdict.PARTIALLY_ACHIEVED;
        case "ej uppnådd":
          return Verdict.NOT_ACHIEVED;
        default:
          throw new IllegalArgumentException(verdictClass);
      }
    }

    boolean isVariant() {
      return part.equals("follow_up_3m_variant") || (part.equals("follow_up_3m_excluded") && scope.equals("Östersund"));
    }

    /** The library's criterion id for this row, empty for rows without numbers. */
    Optional<String> criterionId() {
      switch (part) {
        case "count":
          return Optional.of(indicatorId + ".count");
        case "composition":
          return Optional.of("DM2-2.composition");
        case "gender_share":
          return Optional.of(indicatorId + ".gender-share");
        case "follow_up_3m":
          return Optional.of("PM-6.follow-up");
        case "follow_up_3m_variant":
          return Optional.of("PM-6.follow-up-incl-Ostersund");
        case "follow_up_3m_excluded":
          return scope.equals("Östersund") ? Optional.of("PM-6.follow-up-incl-Ostersund") : Optional.empty();
        case "survey":
          return Optional.of("DM1-1.survey");
        default:
          return Optional.empty();
      }
    }

    String libraryScope() {
      return scope.equals("total+Östersund") ? "total" : scope;
    }

    PublishedFigure published() {
      PublishedFigure.Builder b = PublishedFigure.builder()
          .indicatorId(isVariant() ? "PM-6-V" : indicatorId)
          .criterionId(criterionId())
          .scope(libraryScope())
          .numerator(result)
          .denominator(denominator);
      if (denominator.isPresent()) {
        b.printedPercent(printed);
      }
      if (!isVariant()) {
        b.verdict(verdict());
      }
      return b.build();
    }
  }

  private Fixture144587() {}

  static List<Row> rows() {
    InputStream in = Fixture144587.class.getResourceAsStream("/targets/144587-indicators.tsv");
    if (in == null) {
      throw new IllegalStateException("targets/144587-indicators.tsv not on the class path");
    }
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = r.readLine();
      if (header == null || !header.startsWith("goal_id\tindicator_id")) {
        throw new IllegalStateException("unexpected header: " + header);
      }
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          rows.add(new Row(line.split("\t", -1)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static Optional<Long> number(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(s));
  }
}
