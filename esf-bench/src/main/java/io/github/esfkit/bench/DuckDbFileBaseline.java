package io.github.esfkit.bench;

import io.github.esfkit.indicators.common.Breakdown;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The end-to-end baseline: what an analyst would do with DuckDB and the exchange file itself.
 * {@code read_csv} of participants.csv, re-entries linked by {@code person_id} (a person counts once, with the
 * characteristics and sub-project of the first entry, ties broken by {@code participant_id}; a row without
 * {@code person_id} is its own person), participations after the reporting date left out, then the ESF+
 * output indicators by sub-project and gender in one query, completeness and age at first entry as esfkit
 * counts them. Result indicators from events.csv are not part of this baseline yet. Not thread-safe.
 */
public final class DuckDbFileBaseline implements AutoCloseable {

  private static final Breakdown[] GENDER_COLUMN = {Breakdown.WOMEN, Breakdown.MEN, Breakdown.NON_BINARY,
      Breakdown.GENDER_NOT_REPORTED};

  private final Connection conn;

  private DuckDbFileBaseline(Connection conn) {
    this.conn = conn;
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

  /** The query over the file: one row per sub-project and gender column, one count per output indicator. */
  static String query(Path participants, LocalDate asOf) {
    String file = participants.toAbsolutePath().toString().replace("'", "''");
    return "WITH typed AS ("
        + " SELECT participant_id, nullif(person_id, '') AS person_id, sub_project,"
        + "   CASE gender WHEN 'woman' THEN 0 WHEN 'man' THEN 1 WHEN 'non_binary' THEN 2 END AS gender,"
        + "   CASE WHEN birth_date NOT LIKE 'unknown:%' THEN CAST(birth_date AS DATE) END AS birth_date,"
        + "   CAST(entry_date AS DATE) AS entry_date,"
        + "   CASE employment_status WHEN 'unemployed' THEN 0 WHEN 'long_term_unemployed' THEN 1"
        + "     WHEN 'inactive' THEN 2 WHEN 'inactive_not_in_education' THEN 3 WHEN 'employed' THEN 4 END AS status,"
        + "   CASE WHEN education LIKE 'isced_' THEN CAST(substr(education, 6) AS INTEGER) END AS education,"
        + "   " + yesNo("disability") + ", " + yesNo("foreign_background") + ", " + yesNo("third_country_national")
        + ", " + yesNo("homeless") + ", " + yesNo("rural")
        + " FROM read_csv('" + file + "', header = true, all_varchar = true)"
        + " WHERE CAST(entry_date AS DATE) <= DATE '" + asOf + "'),"
        + " firsts AS ("
        + " SELECT * FROM typed QUALIFY row_number() OVER (PARTITION BY coalesce(person_id, 'id:' || participant_id)"
        + "   ORDER BY entry_date, participant_id) = 1),"
        + " p AS ("
        + " SELECT sub_project, coalesce(gender, 3) AS g,"
        + "   gender IS NOT NULL AND birth_date IS NOT NULL AND status IS NOT NULL AND education IS NOT NULL"
        + "     AS complete,"
        + "   " + DuckDbBaseline.age("birth_date", "entry_date") + " AS age,"
        + "   status, education, disability, foreign_background, third_country_national, homeless, rural"
        + " FROM firsts)"
        + " SELECT sub_project, g,"
        + " count(*),"
        + " count(*) FILTER (WHERE complete AND status IN (0, 1)),"
        + " count(*) FILTER (WHERE complete AND status = 1),"
        + " count(*) FILTER (WHERE complete AND status IN (2, 3)),"
        + " count(*) FILTER (WHERE complete AND status = 4),"
        + " count(*) FILTER (WHERE complete AND age <= 17),"
        + " count(*) FILTER (WHERE complete AND age BETWEEN 18 AND 29),"
        + " count(*) FILTER (WHERE complete AND age >= 55),"
        + " count(*) FILTER (WHERE complete AND education <= 2),"
        + " count(*) FILTER (WHERE complete AND education BETWEEN 3 AND 4),"
        + " count(*) FILTER (WHERE complete AND education >= 5),"
        + " count(*) FILTER (WHERE complete AND disability),"
        + " count(*) FILTER (WHERE complete AND third_country_national),"
        + " count(*) FILTER (WHERE complete AND foreign_background),"
        + " count(*) FILTER (WHERE complete AND homeless),"
        + " count(*) FILTER (WHERE complete AND rural)"
        + " FROM p GROUP BY sub_project, g";
  }

  /** Reads the file and runs the query; returns a checksum of all counts. */
  public long run(Path participants, LocalDate asOf) throws SQLException {
    long sum = 0;
    try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(query(participants, asOf))) {
      while (rs.next()) {
        for (int k = 0; k < DuckDbBaseline.OUTPUTS.size(); k++) {
          sum += rs.getLong(3 + k);
        }
      }
    }
    return sum;
  }

  /** The figures as {@code sub-project|indicator|breakdown → count}, zeros left out (as {@link DuckDbBaseline}). */
  public Map<String, Long> figures(Path participants, LocalDate asOf) throws SQLException {
    Map<String, Long> out = new TreeMap<>();
    try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(query(participants, asOf))) {
      while (rs.next()) {
        String sub = rs.getString(1);
        Breakdown b = GENDER_COLUMN[rs.getInt(2)];
        for (int k = 0; k < DuckDbBaseline.OUTPUTS.size(); k++) {
          long n = rs.getLong(3 + k);
          if (n != 0) {
            String key = sub + "|" + DuckDbBaseline.OUTPUTS.get(k).code() + "|";
            out.merge(key + b, n, Long::sum);
            out.merge(key + Breakdown.TOTAL, n, Long::sum);
          }
        }
      }
    }
    return out;
  }

  @Override
  public void close() throws SQLException {
    conn.close();
  }
}
