package io.github.esfkit.core.programme;

import java.util.Objects;
import java.util.Optional;

/**
 * A specific objective (specifikt mål), keyed on its code.
 *
 * <p>2014–2020: {@code <area>.<n>}, e.g. {@code 2.1}, which belongs to area 2. Only the title of 2.1 is
 * confirmed by a source (the All In application); the other titles are <b>to verify</b>.
 *
 * <p>ESF+ 2021–2027: the lettered points (a)–(m) of Article 4(1) of Regulation (EU) 2021/1057, coded
 * {@code 4.1.a} … {@code 4.1.m}. Which Swedish programme area carries which point is <b>to verify</b>, so
 * {@link #area()} is empty for them; the English short titles paraphrase the regulation and are to verify.
 */
public enum SpecificObjective {
  /** 1.1 (title to verify). */
  ESF_1_1(ProgrammeArea.ESF_1, "1.1", "Stärkt kompetens hos sysselsatta", false),
  /** 1.2 (title to verify). */
  ESF_1_2(ProgrammeArea.ESF_1, "1.2", "Förbättrad kompetensförsörjning", false),
  /** 1.3 (title to verify). */
  ESF_1_3(ProgrammeArea.ESF_1, "1.3", "Minskad könssegregering", false),
  /** 2.1: women and men far from the labour market shall get work, education or come closer to work. */
  ESF_2_1(ProgrammeArea.ESF_2, "2.1",
      "Kvinnor och män som står långt från arbetsmarknaden ska komma i arbete, utbildning eller närmare "
          + "arbetsmarknaden.", true),
  /** 2.2 (title to verify). */
  ESF_2_2(ProgrammeArea.ESF_2, "2.2", "Unga ska komma i arbete eller utbildning", false),
  /**
   * 2.3: titled after women and men who are particularly far from the labour market (found in review; the
   * full wording is to verify).
   */
  ESF_2_3(ProgrammeArea.ESF_2, "2.3",
      "Kvinnor och män som står särskilt långt från arbetsmarknaden ska komma i arbete, utbildning eller "
          + "närmare arbetsmarknaden.", false),
  /** 3.1 (title to verify); the age range was widened from 15–24 to 15–29 in programme version 2.3. */
  ESF_3_1(ProgrammeArea.ESF_3, "3.1", "Unga som varken arbetar eller studerar ska komma i arbete eller studier",
      false),
  /** ESF+ 4(1)(a): access to employment and activation for all jobseekers (to verify). */
  ESF_PLUS_A(null, "4.1.a", "Access to employment and activation measures for all jobseekers", false),
  /** ESF+ 4(1)(b): modernising labour market institutions and services (to verify). */
  ESF_PLUS_B(null, "4.1.b", "Modernising labour market institutions and services", false),
  /** ESF+ 4(1)(c): gender-balanced labour market participation (to verify). */
  ESF_PLUS_C(null, "4.1.c", "Gender-balanced labour market participation", false),
  /** ESF+ 4(1)(d): adaptation of workers, enterprises and entrepreneurs to change (to verify). */
  ESF_PLUS_D(null, "4.1.d", "Adaptation of workers, enterprises and entrepreneurs to change", false),
  /** ESF+ 4(1)(e): quality and labour market relevance of education and training (to verify). */
  ESF_PLUS_E(null, "4.1.e", "Quality and relevance of education and training systems", false),
  /** ESF+ 4(1)(f): equal access to quality, inclusive education and training (to verify). */
  ESF_PLUS_F(null, "4.1.f", "Equal access to quality and inclusive education and training", false),
  /** ESF+ 4(1)(g): lifelong learning, upskilling and reskilling (to verify). */
  ESF_PLUS_G(null, "4.1.g", "Lifelong learning, upskilling and reskilling", false),
  /** ESF+ 4(1)(h): active inclusion (to verify). */
  ESF_PLUS_H(null, "4.1.h", "Active inclusion and employability", false),
  /** ESF+ 4(1)(i): socio-economic integration of third-country nationals (to verify). */
  ESF_PLUS_I(null, "4.1.i", "Socio-economic integration of third-country nationals", false),
  /** ESF+ 4(1)(j): socio-economic integration of marginalised communities (to verify). */
  ESF_PLUS_J(null, "4.1.j", "Socio-economic integration of marginalised communities", false),
  /** ESF+ 4(1)(k): equal and timely access to quality services (to verify). */
  ESF_PLUS_K(null, "4.1.k", "Equal and timely access to quality services", false),
  /** ESF+ 4(1)(l): social integration of people at risk of poverty or social exclusion (to verify). */
  ESF_PLUS_L(null, "4.1.l", "Social integration of people at risk of poverty or social exclusion", false),
  /** ESF+ 4(1)(m): addressing material deprivation (to verify). */
  ESF_PLUS_M(null, "4.1.m", "Addressing material deprivation", false);

  private final ProgrammeArea area;
  private final String code;
  private final String title;
  private final boolean titleVerified;

  SpecificObjective(ProgrammeArea area, String code, String title, boolean titleVerified) {
    this.area = area;
    this.code = code;
    this.title = title;
    this.titleVerified = titleVerified;
  }

  /** The code, e.g. {@code 2.1} or {@code 4.1.h}. */
  public String code() {
    return code;
  }

  /** The programme period. */
  public ProgrammePeriod period() {
    return area != null ? area.period() : ProgrammePeriod.ESF_PLUS_2021_2027;
  }

  /** The area the objective belongs to; empty when the mapping is not known (ESF+). */
  public Optional<ProgrammeArea> area() {
    return Optional.ofNullable(area);
  }

  /** The title (Swedish for 2014–2020, English for ESF+). */
  public String title() {
    return title;
  }

  /** False when the title is still to verify. */
  public boolean titleVerified() {
    return titleVerified;
  }

  /** True when the objective may sit under {@code candidate}: same period, and same area when known. */
  public boolean belongsTo(ProgrammeArea candidate) {
    Objects.requireNonNull(candidate, "candidate");
    return candidate.period() == period() && (area == null || area == candidate);
  }

  /**
   * Finds an objective by code, ignoring surrounding blanks and anything after the code on the form's
   * line ("2.1 Kvinnor och män …").
   */
  public static Optional<SpecificObjective> find(ProgrammePeriod period, String code) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(code, "code");
    String c = code.trim();
    int blank = c.indexOf(' ');
    if (blank > 0) {
      c = c.substring(0, blank);
    }
    for (SpecificObjective o : values()) {
      if (o.period() == period && o.code.equalsIgnoreCase(c)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /** Like {@link #find} but throws {@link IllegalArgumentException}. */
  public static SpecificObjective of(ProgrammePeriod period, String code) {
    return find(period, code).orElseThrow(
        () -> new IllegalArgumentException("no specific objective '" + code + "' in " + period.code()));
  }
}
