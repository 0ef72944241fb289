package io.github.esfkit.bench;

import io.github.esfkit.indicators.common.Breakdown;
import io.github.esfkit.indicators.common.CommonIndicator;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The end-to-end baseline: what an analyst would do with DuckDB and the exchange files themselves.
 * {@code read_csv} of participants.csv and events.csv; re-entries linked by {@code person_id} (a person
 * counts once, with the characteristics and sub-project of the first entry, ties broken by
 * {@code participant_id}; a row without {@code person_id} is its own person); participations after the
 * reporting date left out; a person with a participation still active on the reporting date has no exit;
 * otherwise the last exit (ties by {@code participant_id}) and the events of that participation count.
 * One query gives every participant indicator esfkit computes for ESF+, by sub-project and gender: the
 * outputs EECO01–EECO17 (completeness, age at first entry), the immediate results EECR01–EECR04 (the last
 * status event from exit to exit + 28 days, a later row of the same day winning; a qualification on its
 * own) and the six-month result EECR05 (the last status event up to exit + 6 calendar months, for exits at
 * least six months before the reporting date). Not thread-safe.
 */
public final class DuckDbFileBaseline implements AutoCloseable {

  /** The indicators of the query's columns, in order: every participant indicator esfkit computes for ESF+. */
  static final List<CommonIndicator> INDICATORS = indicators();

  private static final Breakdown[] GENDER_COLUMN = {Breakdown.WOMEN, Breakdown.MEN, Breakdown.NON_BINARY,
      Breakdown.GENDER_NOT_REPORTED};

  /** The counts after {@link DuckDbBaseline#COUNTS}, in the order of {@link #INDICATORS}' results. */
  private static final String RESULT_COUNTS = ","
      + " count(*) FILTER (WHERE complete AND imm IN ('job_searching', 'unemployed')),"
      + " count(*) FILTER (WHERE complete AND imm = 'in_education'),"
      + " count(*) FILTER (WHERE complete AND qual),"
      + " count(*) FILTER (WHERE complete AND imm IN ('employed', 'self_employed')),"
      + " count(*) FILTER (WHERE complete AND due AND six IN ('employed', 'self_employed'))";

  private final Connection conn;

  private DuckDbFileBaseline(Connection conn) {
    this.conn = conn;
  }

  private static List<CommonIndicator> indicators() {
    List<CommonIndicator> out = new ArrayList<>(DuckDbBaseline.OUTPUTS);
    out.addAll(List.of(CommonIndicator.EECR01, CommonIndicator.EECR02, CommonIndicator.EECR03,
        CommonIndicator.EECR04, CommonIndicator.EECR05));
    return List.copyOf(out);
  }

  /** An in-memory database; {@code threads} 0 keeps DuckDB's default (one per core). */
  public static DuckDbFileBaseline open(int threads) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    if (threads > 0) {
      try (Statement s = c.createStatement()) {
        s.execute("SET threads=" + threads);
      }
    }
    return new DuckDbFileBaseline(c);
  }

  private static String yesNo(String column) {
    return "CASE " + column + " WHEN 'yes' THEN true WHEN 'no' THEN false END AS " + column;
  }

  private static String file(Path p) {
    return p.toAbsolutePath().toString().replace("'", "''");
  }

  /**
   * The query over the files: one row per sub-project and gender column, one count per indicator of
   * {@link #INDICATORS}.
   */
  static String query(Path participants, Path events, LocalDate asOf) {
    String day = "DATE '" + asOf + "'";
    String status = "event <> 'qualification_gained'";
    return "WITH typed AS ("
        + " SELECT participant_id,"
        + "   coalesce(replace(nullif(person_id, ''), '-', ''), 'row:' || participant_id) AS person, sub_project,"
        + "   CASE gender WHEN 'woman' THEN 0 WHEN 'man' THEN 1 WHEN 'non_binary' THEN 2 END AS gender,"
        + "   CASE WHEN birth_date NOT LIKE 'unknown:%' THEN CAST(birth_date AS DATE) END AS birth_date,"
        + "   CAST(entry_date AS DATE) AS entry_date, CAST(nullif(exit_date, '') AS DATE) AS exit_date,"
        + "   CASE employment_status WHEN 'unemployed' THEN 0 WHEN 'long_term_unemployed' THEN 1"
        + "     WHEN 'inactive' THEN 2 WHEN 'inactive_not_in_education' THEN 3 WHEN 'employed' THEN 4 END AS status,"
        + "   CASE WHEN education LIKE 'isced_' THEN CAST(substr(education, 6) AS INTEGER) END AS education,"
        + "   " + yesNo("disability") + ", " + yesNo("foreign_background") + ", " + yesNo("third_country_national")
        + ", " + yesNo("homeless") + ", " + yesNo("rural")
        + " FROM read_csv('" + file(participants) + "', header = true, all_varchar = true)"
        + " WHERE CAST(entry_date AS DATE) <= " + day + "),"
        // one row per person: the first entry's characteristics, the last exit unless one is still active
        + " persons AS ("
        + " SELECT person,"
        + "   arg_min({'sub_project': sub_project, 'gender': gender, 'birth_date': birth_date,"
        + "     'entry_date': entry_date, 'status': status, 'education': education, 'disability': disability,"
        + "     'foreign_background': foreign_background, 'third_country_national': third_country_national,"
        + "     'homeless': homeless, 'rural': rural}, (entry_date, participant_id)) AS f,"
        + "   bool_or(exit_date IS NULL OR exit_date > " + day + ") AS active,"
        + "   arg_max(participant_id, (exit_date, participant_id)) FILTER (WHERE exit_date <= " + day + ") AS last_id,"
        + "   max(exit_date) FILTER (WHERE exit_date <= " + day + ") AS last_exit"
        + " FROM typed GROUP BY person),"
        + " ev AS ("
        + " SELECT participant_id, CAST(date AS DATE) AS d, event, row_number() OVER () AS seq"
        + " FROM read_csv('" + file(events) + "', header = true, all_varchar = true)),"
        // the events of the last exit: the status upon leaving, a qualification, the status at six months
        + " results AS ("
        + " SELECT person,"
        + "   arg_max(event, (d, seq)) FILTER (WHERE " + status + " AND d <= last_exit + 28) AS imm,"
        + "   bool_or(event = 'qualification_gained' AND d <= last_exit + 28) AS qual,"
        + "   arg_max(event, (d, seq)) FILTER (WHERE " + status
        + "     AND d <= CAST(last_exit + INTERVAL 6 MONTH AS DATE)) AS six"
        + " FROM persons JOIN ev ON ev.participant_id = persons.last_id"
        + " WHERE NOT active AND d >= last_exit AND d <= " + day
        + " GROUP BY person),"
        + " p AS ("
        + " SELECT f.sub_project AS sub_project, coalesce(f.gender, 3) AS g,"
        + "   f.gender IS NOT NULL AND f.birth_date IS NOT NULL AND f.status IS NOT NULL"
        + "     AND f.education IS NOT NULL AS complete,"
        + "   " + DuckDbBaseline.age("f.birth_date", "f.entry_date") + " AS age,"
        + "   f.status AS status, f.education AS education, f.disability AS disability,"
        + "   f.foreign_background AS foreign_background, f.third_country_national AS third_country_national,"
        + "   f.homeless AS homeless, f.rural AS rural,"
        + "   imm, coalesce(qual, false) AS qual, six,"
        + "   NOT active AND CAST(last_exit + INTERVAL 6 MONTH AS DATE) <= " + day + " AS due"
        + " FROM persons LEFT JOIN results USING (person))"
        + " SELECT sub_project, g,"
        + DuckDbBaseline.COUNTS
        + RESULT_COUNTS
        + " FROM p GROUP BY sub_project, g";
  }

  /** Reads both files and runs the query; returns a checksum of all counts. */
  public long run(Path participants, Path events, LocalDate asOf) throws SQLException {
    long sum = 0;
    try (Statement s = conn.createStatement();
        ResultSet rs = s.executeQuery(query(participants, events, asOf))) {
      while (rs.next()) {
        for (int k = 0; k < INDICATORS.size(); k++) {
          sum += rs.getLong(3 + k);
        }
      }
    }
    return sum;
  }

  /**
   * The figures as {@code sub-project|indicator|breakdown → count}, zeros left out; compare with
   * {@link DuckDbBaseline#figures(io.github.esfkit.indicators.common.CommonIndicatorResult, List)} over
   * {@link #INDICATORS}.
   */
  public Map<String, Long> figures(Path participants, Path events, LocalDate asOf) throws SQLException {
    Map<String, Long> out = new TreeMap<>();
    try (Statement s = conn.createStatement();
        ResultSet rs = s.executeQuery(query(participants, events, asOf))) {
      while (rs.next()) {
        String sub = rs.getString(1);
        Breakdown b = GENDER_COLUMN[rs.getInt(2)];
        for (int k = 0; k < INDICATORS.size(); k++) {
          long n = rs.getLong(3 + k);
          if (n != 0) {
            String key = sub + "|" + INDICATORS.get(k).code() + "|";
            out.merge(key + b, n, Long::sum);
            out.merge(key + Breakdown.TOTAL, n, Long::sum);
          }
        }
      }
    }
    return out;
  }

  /**
   * Runs the baseline once in its own process, for {@code /usr/bin/time -v}: arguments participants.csv,
   * events.csv, the reporting date, and optionally the number of DuckDB threads (default: one per core).
   * Prints the checksum of all counts and the milliseconds the query took.
   */
  public static void main(String[] args) throws SQLException {
    if (args.length < 3) {
      System.err.println("usage: DuckDbFileBaseline participants.csv events.csv yyyy-mm-dd [threads]");
      System.exit(2);
    }
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    long t0 = System.nanoTime();
    try (DuckDbFileBaseline db = open(threads)) {
      long sum = db.run(Path.of(args[0]), Path.of(args[1]), LocalDate.parse(args[2]));
      System.out.println("checksum " + sum + ", " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }
  }

  @Override
  public void close() throws SQLException {
    conn.close();
  }
}
