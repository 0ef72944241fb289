package io.github.esfkit.bench;

import io.github.esfkit.indicators.common.Breakdown;
import io.github.esfkit.indicators.common.CommonIndicator;
import io.github.esfkit.indicators.common.CommonIndicatorResult;
import io.github.esfkit.indicators.common.IndicatorCounts;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The baseline a data analyst would reach for: the ESF+ output indicators (EECO01–EECO17) computed by
 * one SQL query in an embedded, in-memory DuckDB over the records loaded into a table. Not thread-safe.
 */
public final class DuckDbBaseline implements AutoCloseable {

  /** The output indicators both sides compute, in the order of the query's columns. */
  static final List<CommonIndicator> OUTPUTS = List.of(CommonIndicator.EECO01, CommonIndicator.EECO02,
      CommonIndicator.EECO03, CommonIndicator.EECO04, CommonIndicator.EECO05, CommonIndicator.EECO06,
      CommonIndicator.EECO07, CommonIndicator.EECO08, CommonIndicator.EECO09, CommonIndicator.EECO10,
      CommonIndicator.EECO11, CommonIndicator.EECO12, CommonIndicator.EECO13, CommonIndicator.EECO14,
      CommonIndicator.EECO16, CommonIndicator.EECO17);

  private static final Breakdown[] GENDER_COLUMN = {Breakdown.WOMEN, Breakdown.MEN, Breakdown.NON_BINARY,
      Breakdown.GENDER_NOT_REPORTED};

  private final Connection conn;
  /** Whether the table holds esfkit's integer codes and yyyymmdd dates (the fair comparison). */
  private boolean fair;
  private String[] subProjects;

  private DuckDbBaseline(Connection conn) {
    this.conn = conn;
  }

  /** An in-memory database; {@code threads} 0 keeps DuckDB's default (one per core). */
  public static DuckDbBaseline open(int threads) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    if (threads > 0) {
      try (Statement s = c.createStatement()) {
        s.execute("SET threads=" + threads);
      }
    }
    return new DuckDbBaseline(c);
  }

  /** Loads the cohort into table {@code participants} (dates as DATE, unknown answers as NULL). */
  public void load(NationalCohort c) throws SQLException {
    load(c, false);
  }

  /**
   * Loads the cohort. {@code fair}: DuckDB gets what esfkit's fold gets, integer codes (sub-project, gender,
   * status, education, flags) and {@code yyyymmdd} int dates, and its query works on them; otherwise the
   * analyst's table (sub-project names, {@code DATE} columns, unknown answers as NULL).
   */
  public void load(NationalCohort c, boolean fair) throws SQLException {
    this.fair = fair;
    this.subProjects = c.subProjects.clone();
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE TABLE staging (sub INTEGER, gender TINYINT, birth INTEGER, entry INTEGER, exit INTEGER,"
          + " status TINYINT, education TINYINT, optional SMALLINT, struck BOOLEAN, flags INTEGER)");
      s.execute("CREATE TABLE sub_projects (sub INTEGER, name VARCHAR)");
    }
    try (DuckDBAppender a = ((DuckDBConnection) conn).createAppender(DuckDBConnection.DEFAULT_SCHEMA,
        "sub_projects")) {
      for (int i = 0; i < c.subProjects.length; i++) {
        a.beginRow();
        a.append(i);
        a.append(c.subProjects[i]);
        a.endRow();
      }
    }
    try (DuckDBAppender a = ((DuckDBConnection) conn).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "staging")) {
      for (int i = 0; i < c.size; i++) {
        a.beginRow();
        a.append(c.sub[i]);
        a.append(c.gender[i]);
        a.append(c.birth[i]);
        a.append(c.entry[i]);
        a.append(c.exit[i]);
        a.append(c.status[i]);
        a.append(c.edu[i]);
        a.append(c.optional[i]);
        a.append(c.struck[i]);
        a.append(c.flags(i));
        a.endRow();
      }
    }
    if (fair) {
      return; // the integer table as it is: the fair query reads its esfkit columns (sub … education, flags)
    }
    String yes = "CASE (optional // %d) %% 5 WHEN 0 THEN false WHEN 1 THEN true END";
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE TABLE participants AS SELECT"
          + " p.name AS sub_project,"
          + " CASE WHEN gender < 3 THEN gender END AS gender,"
          + " CASE WHEN birth > 0 THEN make_date(birth // 10000, birth // 100 % 100, birth % 100) END AS birth_date,"
          + " make_date(entry // 10000, entry // 100 % 100, entry % 100) AS entry_date,"
          + " CASE WHEN exit > 0 THEN make_date(exit // 10000, exit // 100 % 100, exit % 100) END AS exit_date,"
          + " CASE WHEN status < 5 THEN status END AS status,"
          + " CASE WHEN education < 9 THEN education END AS education,"
          + " " + String.format(yes, 1) + " AS disability,"
          + " " + String.format(yes, 5) + " AS foreign_background,"
          + " " + String.format(yes, 25) + " AS third_country_national,"
          + " " + String.format(yes, 125) + " AS homeless,"
          + " " + String.format(yes, 625) + " AS rural,"
          + " struck"
          + " FROM staging s JOIN sub_projects p USING (sub)");
      s.execute("DROP TABLE staging");
    }
  }

  /**
   * Full years from {@code from} to {@code to} as {@code Period.between} counts them. DuckDB's
   * {@code date_sub('year', …)} does not: it takes 28 February as the anniversary of a 29 February birth
   * in a common year, one day early (see {@code DuckDbDateTest}).
   */
  static String age(String from, String to) {
    return "((year(" + to + ") * 10000 + month(" + to + ") * 100 + day(" + to + ")) - (year(" + from
        + ") * 10000 + month(" + from + ") * 100 + day(" + from + "))) // 10000";
  }

  /**
   * The counts of the output indicators in the order of {@link #OUTPUTS}, over a relation with the columns
   * {@code complete}, {@code age}, {@code status}, {@code education} and the five yes/no characteristics.
   */
  static final String COUNTS = " count(*),"
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
      + " count(*) FILTER (WHERE complete AND rural)";

  /** The query: one row per sub-project and gender column, one count per output indicator. */
  static String query(LocalDate asOf) {
    return "WITH p AS ("
        + " SELECT sub_project, coalesce(gender, 3) AS g,"
        + "   gender IS NOT NULL AND birth_date IS NOT NULL AND status IS NOT NULL AND education IS NOT NULL"
        + "     AS complete,"
        + "   " + age("birth_date", "entry_date") + " AS age,"
        + "   status, education, disability, foreign_background, third_country_national, homeless, rural"
        + " FROM participants"
        + " WHERE NOT struck AND entry_date <= DATE '" + asOf + "')"
        + " SELECT sub_project, g,"
        + COUNTS
        + " FROM p GROUP BY sub_project, g";
  }

  /**
   * The query over the integer table: the same counts, on exactly the columns esfkit folds (sub-project code,
   * gender, {@code yyyymmdd} birth and entry, status, education and esfkit's flags int, whose bits are the five
   * yes answers and "struck").
   */
  static String fairQuery(LocalDate asOf) {
    int asOfYmd = asOf.getYear() * 10000 + asOf.getMonthValue() * 100 + asOf.getDayOfMonth();
    return "WITH p AS ("
        + " SELECT sub, CASE WHEN gender < 3 THEN gender ELSE 3 END AS g,"
        + "   gender < 3 AND birth > 0 AND status < 5 AND education < 9 AS complete,"
        + "   (entry - birth) // 10000 AS age, status, education,"
        + "   " + yes("disability", 0) + ", " + yes("foreign_background", 1) + ", "
        + yes("third_country_national", 2) + ", " + yes("homeless", 3) + ", " + yes("rural", 4)
        + " FROM staging"
        + " WHERE flags & " + NationalCohort.struckFlag() + " = 0 AND entry <= " + asOfYmd + ")"
        + " SELECT sub, g,"
        + COUNTS
        + " FROM p GROUP BY sub, g";
  }

  /** A yes answer as esfkit's flags hold it (field 0 disability … 4 rural, as in NationalCohort). */
  private static String yes(String name, int field) {
    return "flags & " + NationalCohort.yesFlag(field) + " <> 0 AS " + name;
  }

  private String sql(LocalDate asOf) {
    return fair ? fairQuery(asOf) : query(asOf);
  }

  private String subProject(ResultSet rs) throws SQLException {
    return fair ? subProjects[rs.getInt(1)] : rs.getString(1);
  }

  /** Runs the query and reads every row; returns a checksum of all counts. */
  public long run(LocalDate asOf) throws SQLException {
    long sum = 0;
    try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql(asOf))) {
      while (rs.next()) {
        for (int k = 0; k < OUTPUTS.size(); k++) {
          sum += rs.getLong(3 + k);
        }
      }
    }
    return sum;
  }

  /** The figures as {@code sub-project|indicator|breakdown → count}, zeros left out. */
  public Map<String, Long> figures(LocalDate asOf) throws SQLException {
    Map<String, Long> out = new TreeMap<>();
    try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql(asOf))) {
      while (rs.next()) {
        String sub = subProject(rs);
        Breakdown b = GENDER_COLUMN[rs.getInt(2)];
        for (int k = 0; k < OUTPUTS.size(); k++) {
          long n = rs.getLong(3 + k);
          add(out, sub, OUTPUTS.get(k), b, n);
          add(out, sub, OUTPUTS.get(k), Breakdown.TOTAL, n);
        }
      }
    }
    return out;
  }

  /** esfkit's output figures in the same form. */
  public static Map<String, Long> figures(CommonIndicatorResult r) {
    return figures(r, OUTPUTS);
  }

  /** esfkit's figures of the given indicators in the same form. */
  public static Map<String, Long> figures(CommonIndicatorResult r, List<CommonIndicator> indicators) {
    Map<String, Long> out = new TreeMap<>();
    for (Map.Entry<String, Map<CommonIndicator, IndicatorCounts>> e : r.subProjects().entrySet()) {
      for (IndicatorCounts f : e.getValue().values()) {
        if (!indicators.contains(f.indicator())) {
          continue;
        }
        for (Breakdown b : Breakdown.values()) {
          add(out, e.getKey(), f.indicator(), b, f.get(b));
        }
      }
    }
    return out;
  }

  private static void add(Map<String, Long> m, String sub, CommonIndicator i, Breakdown b, long n) {
    if (n != 0) {
      m.merge(sub + "|" + i.code() + "|" + b, n, Long::sum);
    }
  }

  @Override
  public void close() throws SQLException {
    conn.close();
  }
}
