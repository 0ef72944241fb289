package io.github.esfkit.examples.report.html;

import io.github.esfkit.core.Language;
import io.github.esfkit.examples.report.SmallCells;
import java.util.List;

/**
 * Inline SVG bar charts (stapeldiagram) written as text: no script, no font, no network, the same bytes for
 * the same figures. Every bar carries its number beside it (or {@code "< 5"} when small-cell protection
 * hides it, with a hatched stub instead of a bar), a tooltip, and the chart a title and a description for
 * screen readers; the figures are also in the table under each chart. Stateless.
 */
final class Svg {

  /** One series of a chart: a heading, a short mark drawn beside each bar (not colour alone), a fill. */
  static final class Series {
    final String label;
    final String mark;
    final String fill;

    Series(String label, String mark, String fill) {
      this.label = label;
      this.mark = mark;
      this.fill = fill;
    }
  }

  /** One row (or column) of a chart: a label and one value per series. */
  static final class Bar {
    final String label;
    final String title;
    final long[] values;

    Bar(String label, String title, long[] values) {
      this.label = label;
      this.title = title;
      this.values = values;
    }
  }

  private static final int WIDTH = 760;

  private Svg() {}

  /** Horizontal grouped bars: one group per row, one bar per series, the number beside each bar. */
  static String horizontalBars(String id, String title, String desc, List<Series> series, List<Bar> rows,
      SmallCells cells, Language l) {
    int label = 250;
    int valueRoom = 60;
    int barH = 12;
    int groupH = series.size() * (barH + 2) + 10;
    int legendH = 24;
    int height = legendH + rows.size() * groupH + 6;
    long max = 1;
    for (Bar r : rows) {
      for (long v : r.values) {
        max = Math.max(max, v);
      }
    }
    double scale = (WIDTH - label - valueRoom - 20) / (double) max;
    StringBuilder sb = open(id, title, desc, height);
    legend(sb, series, 0);
    for (int i = 0; i < rows.size(); i++) {
      Bar r = rows.get(i);
      int y0 = legendH + i * groupH;
      sb.append("<text class=\"lbl\" x=\"0\" y=\"").append(y0 + barH).append("\">")
          .append(Html.esc(cut(r.label, 36))).append("</text>\n");
      for (int s = 0; s < series.size(); s++) {
        Series se = series.get(s);
        long v = r.values[s];
        int y = y0 + s * (barH + 2);
        String shown = cells.show(v, l);
        sb.append("<g><title>").append(Html.esc(r.title + " — " + se.label + ": " + shown)).append("</title>");
        sb.append("<text class=\"mark\" x=\"").append(label - 14).append("\" y=\"").append(y + barH - 2)
            .append("\">").append(Html.esc(se.mark)).append("</text>");
        int w;
        if (cells.hides(v)) {
          w = 6;
          sb.append("<rect x=\"").append(label).append("\" y=\"").append(y).append("\" width=\"").append(w)
              .append("\" height=\"").append(barH).append("\" fill=\"url(#").append(id).append("-hatch)\"/>");
        } else {
          w = (int) Math.round(v * scale);
          if (w > 0) {
            sb.append("<rect x=\"").append(label).append("\" y=\"").append(y).append("\" width=\"").append(w)
                .append("\" height=\"").append(barH).append("\" fill=\"").append(se.fill).append("\"/>");
          }
        }
        sb.append("<text class=\"val\" x=\"").append(label + w + 4).append("\" y=\"").append(y + barH - 2)
            .append("\">").append(Html.esc(shown)).append("</text></g>\n");
      }
    }
    return sb.append("</svg>\n").toString();
  }

  /**
   * Columns per month: inflow above the base line, outflow below it, each with its number when there is
   * room; months labelled at intervals.
   */
  static String flowColumns(String id, String title, String desc, Series in, Series out, List<Bar> months,
      SmallCells cells, Language l) {
    int left = 8;
    int half = 90;
    int legendH = 24;
    int top = legendH + 14;
    int height = top + 2 * half + 34;
    int n = Math.max(1, months.size());
    double colW = Math.min(28.0, (WIDTH - left - 8) / (double) n);
    long max = 1;
    for (Bar m : months) {
      max = Math.max(max, Math.max(m.values[0], m.values[1]));
    }
    double scale = (half - 14) / (double) max;
    int base = top + half;
    StringBuilder sb = open(id, title, desc, height);
    legend(sb, List.of(in, out), 0);
    sb.append("<line x1=\"").append(left).append("\" x2=\"").append(WIDTH - 4).append("\" y1=\"").append(base)
        .append("\" y2=\"").append(base).append("\" stroke=\"#333\"/>\n");
    boolean numbers = colW >= 16;
    int every = Math.max(1, (int) Math.ceil(40 / colW));
    for (int i = 0; i < months.size(); i++) {
      Bar m = months.get(i);
      double x = left + i * colW + 1;
      double w = Math.max(1, colW - 2);
      for (int s = 0; s < 2; s++) {
        long v = m.values[s];
        Series se = s == 0 ? in : out;
        String shown = cells.show(v, l);
        double h = cells.hides(v) ? 6 : v * scale;
        double y = s == 0 ? base - h : base;
        sb.append("<g><title>").append(Html.esc(m.title + " — " + se.label + ": " + shown)).append("</title>");
        if (h > 0) {
          sb.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"")
              .append(fmt(w)).append("\" height=\"").append(fmt(h)).append("\" fill=\"")
              .append(cells.hides(v) ? "url(#" + id + "-hatch)" : se.fill).append("\"/>");
        }
        if (numbers && v != 0) {
          double ty = s == 0 ? base - h - 3 : base + h + 10;
          sb.append("<text class=\"val small\" text-anchor=\"middle\" x=\"").append(fmt(x + w / 2)).append("\" y=\"")
              .append(fmt(ty)).append("\">").append(Html.esc(shown.replace(" ", ""))).append("</text>");
        }
        sb.append("</g>\n");
      }
      if (i % every == 0 && x < WIDTH - 50) {
        sb.append("<text class=\"tick\" x=\"").append(fmt(x)).append("\" y=\"").append(height - 4).append("\">")
            .append(Html.esc(m.label)).append("</text>\n");
      }
    }
    return sb.append("</svg>\n").toString();
  }

  /** One row of a share chart: a label, the share used as shown (e.g. "24,15 %"), its width, over budget. */
  static final class ShareBar {
    final String label;
    final String shown;
    final java.math.BigDecimal percent;
    final boolean over;

    /** {@code percent} is null when the share is undefined (nothing budgeted); it only sets the bar's length. */
    ShareBar(String label, String shown, java.math.BigDecimal percent, boolean over) {
      this.label = label;
      this.shown = shown;
      this.percent = percent;
      this.over = over;
    }
  }

  /** The largest share drawn to scale; a longer bar is cut there and marked with an arrow. */
  private static final int SHARE_CAP_PERCENT = 125;

  /**
   * Horizontal bars of a share used (andel förbrukad): a track from 0 to 100 % with a line at 100 %, the bar,
   * and the percentage beside it; a share over budget is drawn in another fill <em>and</em> marked with a
   * symbol and words, so that nothing is told by colour alone.
   */
  static String shareBars(String id, String title, String desc, List<ShareBar> rows, String overWords) {
    int label = 290;
    int track = 240;
    int barH = 14;
    int rowH = barH + 8;
    int height = 10 + rows.size() * rowH + 16;
    java.math.BigDecimal pxPerPercent = java.math.BigDecimal.valueOf(track).divide(java.math.BigDecimal.valueOf(100));
    StringBuilder sb = open(id, title, desc, height);
    int hundred = label + track;
    for (int i = 0; i < rows.size(); i++) {
      ShareBar r = rows.get(i);
      int y = 8 + i * rowH;
      sb.append("<g><title>").append(Html.esc(r.label + ": " + r.shown + (r.over ? " — " + overWords : "")))
          .append("</title>");
      sb.append("<text class=\"lbl\" x=\"0\" y=\"").append(y + barH - 3).append("\">")
          .append(Html.esc(cut(r.label, 46))).append("</text>");
      sb.append("<rect x=\"").append(label).append("\" y=\"").append(y).append("\" width=\"").append(track)
          .append("\" height=\"").append(barH).append("\" fill=\"#e6e6e6\"/>");
      int w = 0;
      if (r.percent != null) {
        java.math.BigDecimal p = r.percent.max(java.math.BigDecimal.ZERO)
            .min(java.math.BigDecimal.valueOf(SHARE_CAP_PERCENT));
        w = p.multiply(pxPerPercent).setScale(0, java.math.RoundingMode.HALF_UP).intValue();
        if (w > 0) {
          sb.append("<rect x=\"").append(label).append("\" y=\"").append(y).append("\" width=\"").append(w)
              .append("\" height=\"").append(barH).append("\" fill=\"").append(r.over ? "#b2182b" : "#1f78b4")
              .append("\"/>");
        }
      }
      boolean cutOff = r.percent != null && r.percent.compareTo(java.math.BigDecimal.valueOf(SHARE_CAP_PERCENT)) > 0;
      int tx = Math.max(hundred, label + w) + 6;
      sb.append("<text class=\"val\" x=\"").append(tx).append("\" y=\"").append(y + barH - 3).append("\">")
          .append(Html.esc((cutOff ? "» " : "") + r.shown + (r.over ? " ⚠ " + overWords : ""))).append("</text></g>\n");
    }
    sb.append("<line x1=\"").append(hundred).append("\" x2=\"").append(hundred).append("\" y1=\"4\" y2=\"")
        .append(height - 14).append("\" stroke=\"#1a1a1a\" stroke-dasharray=\"3 2\"/>\n");
    sb.append("<text class=\"tick\" x=\"").append(label).append("\" y=\"").append(height - 2).append("\">0 %</text>")
        .append("<text class=\"tick\" text-anchor=\"middle\" x=\"").append(hundred).append("\" y=\"")
        .append(height - 2).append("\">100 %</text>\n");
    return sb.append("</svg>\n").toString();
  }

  private static StringBuilder open(String id, String title, String desc, int height) {
    StringBuilder sb = new StringBuilder(4096);
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(id).append("\" role=\"img\" ")
        .append("viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH)
        .append("\" height=\"").append(height).append("\" aria-labelledby=\"").append(id).append("-t ").append(id)
        .append("-d\">\n<title id=\"").append(id).append("-t\">").append(Html.esc(title)).append("</title>\n")
        .append("<desc id=\"").append(id).append("-d\">").append(Html.esc(desc)).append("</desc>\n")
        .append("<defs><pattern id=\"").append(id).append("-hatch\" width=\"4\" height=\"4\" ")
        .append("patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
        .append("<rect width=\"4\" height=\"4\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"4\" ")
        .append("stroke=\"#444\" stroke-width=\"2\"/></pattern></defs>\n");
    return sb;
  }

  private static void legend(StringBuilder sb, List<Series> series, int y) {
    int x = 0;
    for (Series s : series) {
      sb.append("<rect x=\"").append(x).append("\" y=\"").append(y + 4).append("\" width=\"12\" height=\"12\" fill=\"")
          .append(s.fill).append("\"/><text class=\"lbl\" x=\"").append(x + 16).append("\" y=\"").append(y + 14)
          .append("\">").append(Html.esc(s.mark + " = " + s.label)).append("</text>\n");
      x += 30 + 8 * (s.mark.length() + 3 + s.label.length());
    }
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static String fmt(double d) {
    return String.valueOf(Math.round(d * 10) / 10.0);
  }
}
