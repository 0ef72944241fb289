package io.github.esfkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/**
 * Age in full years in SQL: the baseline's expression agrees with Period.between, leap days included;
 * DuckDB's own date_sub('year', …) is one day early for a 29 February birthday in a common year.
 */
class DuckDbDateTest {

  @Test
  void the_baseline_age_expression_counts_full_years_like_period_between() throws Exception {
    String[][] pairs = {{"2000-02-29", "2001-02-28"}, {"2000-02-29", "2001-03-01"}, {"2000-02-29", "2004-02-28"},
        {"2000-02-29", "2004-02-29"}, {"1997-01-11", "2022-01-10"}, {"1997-01-10", "2022-01-10"},
        {"1999-03-31", "2000-02-29"}, {"1999-12-31", "2000-12-30"}};
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      for (String[] p : pairs) {
        String sql = "SELECT " + DuckDbBaseline.age("DATE '" + p[0] + "'", "DATE '" + p[1] + "'");
        try (ResultSet rs = s.executeQuery(sql)) {
          rs.next();
          assertThat(rs.getInt(1)).as(p[0] + " to " + p[1])
              .isEqualTo(Period.between(LocalDate.parse(p[0]), LocalDate.parse(p[1])).getYears());
        }
      }
    }
  }

  @Test
  void duckdb_date_sub_takes_28_february_as_the_anniversary_of_29_february() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT date_sub('year', DATE '2000-02-29', DATE '2001-02-28')")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(1); // Period.between says 0
    }
  }
}
