package io.github.esfkit.indicators.common;

import static io.github.esfkit.core.programme.ProgrammePeriod.ESF_2014_2020;
import static io.github.esfkit.core.programme.ProgrammePeriod.ESF_PLUS_2021_2027;
import static io.github.esfkit.indicators.common.DataClass.NONE;
import static io.github.esfkit.indicators.common.DataClass.PERSONAL;
import static io.github.esfkit.indicators.common.DataClass.SPECIAL_CATEGORY;
import static io.github.esfkit.indicators.common.IndicatorKind.IMMEDIATE_RESULT;
import static io.github.esfkit.indicators.common.IndicatorKind.LONGER_TERM_RESULT;
import static io.github.esfkit.indicators.common.IndicatorKind.OUTPUT;
import static io.github.esfkit.indicators.common.IndicatorSubject.ENTITY;
import static io.github.esfkit.indicators.common.IndicatorSubject.PARTICIPANT;

import io.github.esfkit.core.programme.ProgrammePeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue of EU common indicators (gemensamma indikatorer) as data: every common indicator of ESF
 * 2014–2020 (Reg. 1304/2013 Annex I: CO01–CO23, CR01–CR09, plus the calculated total) and of ESF+
 * 2021–2027 (Reg. 2021/1057 Annex I: EECO01–EECO19, EECR01–EECR06), with code, Swedish and English name,
 * kind, subject, data class, legal basis, base population, reference indicator and validity period.
 *
 * <p><b>To verify.</b> {@link #codeVerified()} follows the code verification table in the module's
 * COMMON-INDICATORS.md: a code is verified when a source states it together with its name, or when the
 * regulation text confirms the name in the code's place (confidence C or N). Twelve codes rest on memory
 * only (confidence M) and are marked "to verify": CO21–CO23, CR01, CR02, CR08, EECO17, EECO18, EECR02,
 * EECR03, EECR05 and EECR06. The ESF 2014–2020 total has no code in the annex; the catalogue calls it
 * {@link #TOTAL_PARTICIPANTS}, code {@code TOTAL}, a name of the library with nothing to verify. The validity
 * end of CO12–CO14 (dropped by the 2018 amendment, Reg. 2018/1046) is to verify too.
 *
 * <p>{@link #computedFromParticipants()} is false for entity indicators and for participant indicators the
 * exchange format has no data for (household situation, "other disadvantaged", minorities, improved labour
 * market situation); {@link #notComputedReasonEn()} says why. Immutable and thread-safe.
 */
public enum CommonIndicator {
  // ---------------------------------------------------------------- ESF 2014–2020
  /** Totalt antal deltagare (2014–2020; calculated, includes incomplete records); code {@code TOTAL}. */
  TOTAL_PARTICIPANTS(ESF_2014_2020, OUTPUT, PARTICIPANT, NONE, true,
      "Totalt antal deltagare", "Total number of participants",
      "all participants, incomplete records included", null, null),
  /** Arbetslösa, inklusive långtidsarbetslösa. */
  CO01(ESF_2014_2020, OUTPUT, PARTICIPANT, PERSONAL, true,
      "Arbetslösa, inklusive långtidsarbetslösa", "Unemployed, including long-term unemployed",
      "complete records; employment status at entry", null, null),
  /** Långtidsarbetslösa (⊆ CO01). */
  CO02(ESF_2014_2020, OUTPUT, PARTICIPANT, PERSONAL, true,
      "Långtidsarbetslösa", "Long-term unemployed", "complete records; subset of CO01", null, null),
  /** Personer utanför arbetskraften. */
  CO03(ESF_2014_2020, OUTPUT, PARTICIPANT, PERSONAL, true,
      "Personer utanför arbetskraften", "Inactive", "complete records; employment status at entry", null, null),
  /** Utanför arbetskraften och inte i utbildning (⊆ CO03). */
  CO04(ESF_2014_2020, OUTPUT, PARTICIPANT, PERSONAL, true,
      "Personer utanför arbetskraften som inte deltar i utbildning", "Inactive, not in education or training",
      "complete records; subset of CO03", null, null),
  /** Sysselsatta, inklusive egenföretagare. */
  CO05(ESF_2014_2020, OUTPUT, PARTICIPANT, PERSONAL, true,
      "Sysselsatta, inklusive egenföretagare", "Employed, including self-employed",
      "complete records; CO01 + CO03 + CO05 = complete records", null, null),
  /** Under 25 år (ålder vid första inskrivning ≤ 24). */
  CO06(ESF_2014_2020, OUTPUT, PARTICIPANT, PERSONAL, true,
      "Personer under 25 år", "Below 25 years of age", "complete records; age at first entry ≤ 24", null, null),
  /** Över 54 år (ålder vid första inskrivning ≥ 55). */
  CO07(ESF_2014_2020, OUTPUT, PARTICIPANT, PERSONAL, true,
      "Personer över 54 år", "Above 54 years of age", "complete records; age at first entry ≥ 55", null, null),
  /** Över 54 år och arbetslösa eller utanför arbetskraften och inte i utbildning. */
  CO08(ESF_2014_2020, OUTPUT, PARTICIPANT, PERSONAL, true,
      "Personer över 54 år som är arbetslösa, inklusive långtidsarbetslösa, eller utanför arbetskraften och"
          + " inte deltar i utbildning",
      "Above 54 years of age who are unemployed, including long-term unemployed, or inactive not in education"
          + " or training",
      "complete records; subset of CO07 ∩ (CO01 ∪ CO04)", null, null),
  /** ISCED 1–2. */
  CO09(ESF_2014_2020, OUTPUT, PARTICIPANT, PERSONAL, true,
      "Personer med förgymnasial utbildning (ISCED 1) eller lägre sekundär utbildning (ISCED 2)",
      "With primary (ISCED 1) or lower secondary education (ISCED 2)",
      "complete records; ISCED 1–2 (ISCED 0 in no education indicator, to verify)", null, null),
  /** ISCED 3–4. */
  CO10(ESF_2014_2020, OUTPUT, PARTICIPANT, PERSONAL, true,
      "Personer med gymnasieutbildning (ISCED 3) eller eftergymnasial utbildning (ISCED 4)",
      "With upper secondary (ISCED 3) or post-secondary education (ISCED 4)", "complete records; ISCED 3–4",
      null, null),
  /** ISCED 5–8. */
  CO11(ESF_2014_2020, OUTPUT, PARTICIPANT, PERSONAL, true,
      "Personer med högskoleutbildning (ISCED 5–8)", "With tertiary education (ISCED 5 to 8)",
      "complete records; ISCED 5–8", null, null),
  /** Hushåll där ingen förvärvsarbetar; 2013 text only. */
  CO12(ESF_2014_2020, OUTPUT, PARTICIPANT, PERSONAL, true,
      "Personer som lever i hushåll där ingen förvärvsarbetar", "Living in jobless households",
      "complete records", null, "household situation is not in the exchange format"),
  /** Som CO12, med försörjningsansvar för barn; 2013 text only. */
  CO13(ESF_2014_2020, OUTPUT, PARTICIPANT, PERSONAL, true,
      "Personer som lever i hushåll där ingen förvärvsarbetar, med försörjningsansvar för barn",
      "Living in jobless households with dependent children", "complete records", null,
      "household situation is not in the exchange format"),
  /** Ensamstående vuxen med försörjningsansvar för barn; 2013 text only. */
  CO14(ESF_2014_2020, OUTPUT, PARTICIPANT, PERSONAL, true,
      "Personer som lever i hushåll med en vuxen och försörjningsansvar för barn",
      "Living in a single adult household with dependent children", "complete records", null,
      "household situation is not in the exchange format"),
  /** Migranter, utländsk bakgrund, minoriteter. */
  CO15(ESF_2014_2020, OUTPUT, PARTICIPANT, SPECIAL_CATEGORY, true,
      "Migranter, personer med utländsk bakgrund, minoriteter (inklusive marginaliserade grupper som romer)",
      "Migrants, participants with a foreign background, minorities (including marginalised communities"
          + " such as the Roma)",
      "complete records; foreign background or third-country national = yes (minorities not collected)",
      null, null),
  /** Personer med funktionsnedsättning. */
  CO16(ESF_2014_2020, OUTPUT, PARTICIPANT, SPECIAL_CATEGORY, true,
      "Personer med funktionsnedsättning", "Participants with disabilities", "complete records; disability = yes",
      null, null),
  /** Andra missgynnade. */
  CO17(ESF_2014_2020, OUTPUT, PARTICIPANT, SPECIAL_CATEGORY, true,
      "Andra missgynnade personer", "Other disadvantaged", "complete records", null,
      "'other disadvantaged' is not collected in the exchange format"),
  /** Hemlösa eller utestängda från bostadsmarknaden (urval). */
  CO18(ESF_2014_2020, OUTPUT, PARTICIPANT, PERSONAL, true,
      "Hemlösa eller personer utestängda från bostadsmarknaden", "Homeless or affected by housing exclusion",
      "complete records; homeless = yes (a representative sample in the annex)", null, null),
  /** Från landsbygdsområden (urval). */
  CO19(ESF_2014_2020, OUTPUT, PARTICIPANT, PERSONAL, true,
      "Personer från landsbygdsområden", "From rural areas",
      "complete records; rural = yes (a representative sample in the annex)", null, null),
  /** Projekt som genomförs av arbetsmarknadens parter eller idéburna organisationer. */
  CO20(ESF_2014_2020, OUTPUT, ENTITY, NONE, true,
      "Antal projekt som helt eller delvis genomförs av arbetsmarknadens parter eller icke-statliga"
          + " organisationer",
      "Number of projects fully or partially implemented by social partners or non-governmental organisations",
      "projects", null, "entity indicator: counts projects, not participants"),
  /** Projekt för kvinnors varaktiga deltagande i arbetslivet. */
  CO21(ESF_2014_2020, OUTPUT, ENTITY, NONE, false,
      "Antal projekt som är inriktade på kvinnors varaktiga deltagande och avancemang i arbetslivet",
      "Number of projects dedicated at sustainable participation and progress of women in employment",
      "projects", null, "entity indicator: counts projects, not participants"),
  /** Projekt riktade till offentlig förvaltning. */
  CO22(ESF_2014_2020, OUTPUT, ENTITY, NONE, false,
      "Antal projekt som riktas till offentlig förvaltning eller offentliga tjänster på nationell, regional"
          + " eller lokal nivå",
      "Number of projects targeting public administrations or public services at national, regional or local"
          + " level",
      "projects", null, "entity indicator: counts projects, not participants"),
  /** Stödda mikroföretag, små och medelstora företag. */
  CO23(ESF_2014_2020, OUTPUT, ENTITY, NONE, false,
      "Antal stödda mikroföretag samt små och medelstora företag (inklusive kooperativ och sociala företag)",
      "Number of supported micro, small and medium-sized enterprises (including cooperative enterprises and"
          + " enterprises of the social economy)",
      "enterprises", null, "entity indicator: counts enterprises, not participants"),
  /** Inaktiva som söker arbete när de lämnar. */
  CR01(ESF_2014_2020, IMMEDIATE_RESULT, PARTICIPANT, PERSONAL, false,
      "Personer utanför arbetskraften som söker arbete när de lämnar insatsen",
      "Inactive participants engaged in job searching upon leaving",
      "complete records inactive at entry and exited by the reporting date", "CO03", null),
  /** I utbildning när de lämnar. */
  CR02(ESF_2014_2020, IMMEDIATE_RESULT, PARTICIPANT, PERSONAL, false,
      "Deltagare i utbildning när de lämnar insatsen", "Participants in education/training upon leaving",
      "complete records exited by the reporting date", "TOTAL_PARTICIPANTS", null),
  /** Erhåller en kvalifikation när de lämnar. */
  CR03(ESF_2014_2020, IMMEDIATE_RESULT, PARTICIPANT, PERSONAL, true,
      "Deltagare som erhåller en kvalifikation när de lämnar insatsen",
      "Participants gaining a qualification upon leaving",
      "complete records exited by the reporting date; independent of status", "TOTAL_PARTICIPANTS", null),
  /** I arbete när de lämnar. */
  CR04(ESF_2014_2020, IMMEDIATE_RESULT, PARTICIPANT, PERSONAL, true,
      "Deltagare i arbete, inklusive egenföretagare, när de lämnar insatsen",
      "Participants in employment, including self-employment, upon leaving",
      "complete records exited by the reporting date", "TOTAL_PARTICIPANTS", null),
  /** Missgynnade som söker arbete, studerar, får kvalifikation eller arbetar när de lämnar. */
  CR05(ESF_2014_2020, IMMEDIATE_RESULT, PARTICIPANT, SPECIAL_CATEGORY, true,
      "Missgynnade deltagare som söker arbete, deltar i utbildning, erhåller en kvalifikation eller är i arbete,"
          + " inklusive egenföretagare, när de lämnar insatsen",
      "Disadvantaged participants engaged in job searching, education/training, gaining a qualification, in"
          + " employment, including self-employment, upon leaving",
      "complete records counted in CO15, CO16 or CO18, exited by the reporting date; no output base", null, null),
  /** I arbete sex månader efter. */
  CR06(ESF_2014_2020, LONGER_TERM_RESULT, PARTICIPANT, PERSONAL, true,
      "Deltagare i arbete, inklusive egenföretagare, sex månader efter att de lämnat insatsen",
      "Participants in employment, including self-employment, six months after leaving",
      "complete records exited at least six months before the reporting date", "TOTAL_PARTICIPANTS", null),
  /** Förbättrad arbetsmarknadssituation sex månader efter. */
  CR07(ESF_2014_2020, LONGER_TERM_RESULT, PARTICIPANT, PERSONAL, true,
      "Deltagare med förbättrad arbetsmarknadssituation sex månader efter att de lämnat insatsen",
      "Participants with an improved labour market situation six months after leaving",
      "complete records employed at entry, exited at least six months before the reporting date", "CO05",
      "the closed list of improvements is not among the exchange format's events"),
  /** Över 54 år i arbete sex månader efter. */
  CR08(ESF_2014_2020, LONGER_TERM_RESULT, PARTICIPANT, PERSONAL, false,
      "Deltagare över 54 år i arbete, inklusive egenföretagare, sex månader efter att de lämnat insatsen",
      "Participants above 54 years of age in employment, including self-employment, six months after leaving",
      "complete records aged 55+ at first entry, exited at least six months before the reporting date", "CO07",
      null),
  /** Missgynnade i arbete sex månader efter. */
  CR09(ESF_2014_2020, LONGER_TERM_RESULT, PARTICIPANT, SPECIAL_CATEGORY, true,
      "Missgynnade deltagare i arbete, inklusive egenföretagare, sex månader efter att de lämnat insatsen",
      "Disadvantaged participants in employment, including self-employment, six months after leaving",
      "complete records counted in CO15, CO16 or CO18, exited at least six months before the reporting date;"
          + " no output base",
      null, null),

  // ---------------------------------------------------------------- ESF+ 2021–2027
  /** Totalt antal deltagare. */
  EECO01(ESF_PLUS_2021_2027, OUTPUT, PARTICIPANT, NONE, true,
      "Totalt antal deltagare", "Total number of participants",
      "all participants, incomplete records included", null, null),
  /** Arbetslösa, inklusive långtidsarbetslösa. */
  EECO02(ESF_PLUS_2021_2027, OUTPUT, PARTICIPANT, PERSONAL, true,
      "Arbetslösa, inklusive långtidsarbetslösa", "Unemployed, including long-term unemployed",
      "complete records; employment status at entry", null, null),
  /** Långtidsarbetslösa (⊆ EECO02). */
  EECO03(ESF_PLUS_2021_2027, OUTPUT, PARTICIPANT, PERSONAL, true,
      "Långtidsarbetslösa", "Long-term unemployed", "complete records; subset of EECO02", null, null),
  /** Utanför arbetskraften. */
  EECO04(ESF_PLUS_2021_2027, OUTPUT, PARTICIPANT, PERSONAL, true,
      "Personer utanför arbetskraften", "Inactive", "complete records; employment status at entry", null, null),
  /** Sysselsatta, inklusive egenföretagare. */
  EECO05(ESF_PLUS_2021_2027, OUTPUT, PARTICIPANT, PERSONAL, true,
      "Sysselsatta, inklusive egenföretagare", "Employed, including self-employed",
      "complete records; EECO02 + EECO04 + EECO05 = complete records", null, null),
  /** Barn under 18 år. */
  EECO06(ESF_PLUS_2021_2027, OUTPUT, PARTICIPANT, PERSONAL, true,
      "Barn under 18 år", "Children below 18 years of age", "complete records; age at first entry ≤ 17", null,
      null),
  /** Unga 18–29 år. */
  EECO07(ESF_PLUS_2021_2027, OUTPUT, PARTICIPANT, PERSONAL, true,
      "Unga mellan 18 och 29 år", "Young people between 18 and 29 years of age",
      "complete records; 18 ≤ age at first entry ≤ 29", null, null),
  /** 55 år och äldre. */
  EECO08(ESF_PLUS_2021_2027, OUTPUT, PARTICIPANT, PERSONAL, true,
      "Deltagare som är 55 år eller äldre", "Participants of 55 years of age and above",
      "complete records; age at first entry ≥ 55", null, null),
  /** ISCED 0–2. */
  EECO09(ESF_PLUS_2021_2027, OUTPUT, PARTICIPANT, PERSONAL, true,
      "Personer med högst förgymnasial utbildning (ISCED 0–2)", "With lower secondary education or less (ISCED 0 to 2)",
      "complete records; ISCED 0–2", null, null),
  /** ISCED 3–4. */
  EECO10(ESF_PLUS_2021_2027, OUTPUT, PARTICIPANT, PERSONAL, true,
      "Personer med gymnasieutbildning (ISCED 3) eller eftergymnasial utbildning (ISCED 4)",
      "With upper secondary (ISCED 3) or post-secondary education (ISCED 4)", "complete records; ISCED 3–4",
      null, null),
  /** ISCED 5–8. */
  EECO11(ESF_PLUS_2021_2027, OUTPUT, PARTICIPANT, PERSONAL, true,
      "Personer med högskoleutbildning (ISCED 5–8)", "With tertiary education (ISCED 5 to 8)",
      "complete records; ISCED 5–8", null, null),
  /** Personer med funktionsnedsättning. */
  EECO12(ESF_PLUS_2021_2027, OUTPUT, PARTICIPANT, SPECIAL_CATEGORY, true,
      "Deltagare med funktionsnedsättning", "Participants with disabilities", "complete records; disability = yes",
      null, null),
  /** Tredjelandsmedborgare. */
  EECO13(ESF_PLUS_2021_2027, OUTPUT, PARTICIPANT, PERSONAL, true,
      "Tredjelandsmedborgare", "Third-country nationals", "complete records; third-country national = yes",
      null, null),
  /** Utländsk bakgrund. */
  EECO14(ESF_PLUS_2021_2027, OUTPUT, PARTICIPANT, PERSONAL, true,
      "Deltagare med utländsk bakgrund", "Participants with a foreign background",
      "complete records; foreign background = yes", null, null),
  /** Minoriteter (class to verify). */
  EECO15(ESF_PLUS_2021_2027, OUTPUT, PARTICIPANT, SPECIAL_CATEGORY, true,
      "Minoriteter (inklusive marginaliserade grupper som romer)",
      "Minorities (including marginalised communities such as Roma people)", "complete records", null,
      "minority status is not collected in the exchange format"),
  /** Hemlösa (class to verify). */
  EECO16(ESF_PLUS_2021_2027, OUTPUT, PARTICIPANT, PERSONAL, true,
      "Hemlösa eller personer utestängda från bostadsmarknaden", "Homeless or affected by housing exclusion",
      "complete records; homeless = yes", null, null),
  /** Landsbygd (class to verify). */
  EECO17(ESF_PLUS_2021_2027, OUTPUT, PARTICIPANT, PERSONAL, false,
      "Deltagare från landsbygdsområden", "Participants from rural areas", "complete records; rural = yes",
      null, null),
  /** Stödda offentliga förvaltningar. */
  EECO18(ESF_PLUS_2021_2027, OUTPUT, ENTITY, NONE, false,
      "Antal stödda offentliga förvaltningar eller offentliga tjänster på nationell, regional eller lokal nivå",
      "Number of public administrations or public services at national, regional or local level supported",
      "public administrations", null, "entity indicator: counts administrations, not participants"),
  /** Stödda mikroföretag, små och medelstora företag. */
  EECO19(ESF_PLUS_2021_2027, OUTPUT, ENTITY, NONE, true,
      "Antal stödda mikroföretag samt små och medelstora företag (inklusive kooperativ och sociala företag)",
      "Number of micro, small and medium-sized enterprises (including cooperative enterprises and social"
          + " enterprises) supported",
      "enterprises", null, "entity indicator: counts enterprises, not participants"),
  /** Söker arbete när de lämnar (utesluter EECR04). */
  EECR01(ESF_PLUS_2021_2027, IMMEDIATE_RESULT, PARTICIPANT, PERSONAL, true,
      "Deltagare som söker arbete när de lämnar insatsen", "Participants engaged in job searching upon leaving",
      "complete records exited by the reporting date; exclusive with EECR04", "EECO01", null),
  /** I utbildning när de lämnar. */
  EECR02(ESF_PLUS_2021_2027, IMMEDIATE_RESULT, PARTICIPANT, PERSONAL, false,
      "Deltagare i utbildning när de lämnar insatsen", "Participants in education or training upon leaving",
      "complete records exited by the reporting date", "EECO01", null),
  /** Erhåller en kvalifikation när de lämnar. */
  EECR03(ESF_PLUS_2021_2027, IMMEDIATE_RESULT, PARTICIPANT, PERSONAL, false,
      "Deltagare som erhåller en kvalifikation när de lämnar insatsen",
      "Participants gaining a qualification upon leaving",
      "complete records exited by the reporting date; independent of status", "EECO01", null),
  /** I arbete när de lämnar (utesluter EECR01). */
  EECR04(ESF_PLUS_2021_2027, IMMEDIATE_RESULT, PARTICIPANT, PERSONAL, true,
      "Deltagare i arbete, inklusive egenföretagare, när de lämnar insatsen",
      "Participants in employment, including self-employment, upon leaving",
      "complete records exited by the reporting date; exclusive with EECR01", "EECO01", null),
  /** I arbete sex månader efter. */
  EECR05(ESF_PLUS_2021_2027, LONGER_TERM_RESULT, PARTICIPANT, PERSONAL, false,
      "Deltagare i arbete, inklusive egenföretagare, sex månader efter att de lämnat insatsen",
      "Participants in employment, including self-employment, six months after leaving",
      "complete records exited at least six months before the reporting date", "EECO01", null),
  /** Förbättrad arbetsmarknadssituation sex månader efter. */
  EECR06(ESF_PLUS_2021_2027, LONGER_TERM_RESULT, PARTICIPANT, PERSONAL, false,
      "Deltagare med förbättrad arbetsmarknadssituation sex månader efter att de lämnat insatsen",
      "Participants with an improved labour market situation six months after leaving",
      "complete records employed at entry, exited at least six months before the reporting date", "EECO05",
      "the closed list of improvements is not among the exchange format's events");

  private final ProgrammePeriod period;
  private final IndicatorKind kind;
  private final IndicatorSubject subject;
  private final DataClass dataClass;
  private final boolean codeVerified;
  private final String nameSv;
  private final String nameEn;
  private final String basePopulation;
  private final String referenceCode;
  private final String notComputedReason;

  CommonIndicator(ProgrammePeriod period, IndicatorKind kind, IndicatorSubject subject, DataClass dataClass,
      boolean codeVerified, String nameSv, String nameEn, String basePopulation, String referenceCode,
      String notComputedReason) {
    this.period = period;
    this.kind = kind;
    this.subject = subject;
    this.dataClass = dataClass;
    this.codeVerified = codeVerified;
    this.nameSv = nameSv;
    this.nameEn = nameEn;
    this.basePopulation = basePopulation;
    this.referenceCode = referenceCode;
    this.notComputedReason = notComputedReason;
  }

  /** The code as reported to SFC, e.g. {@code CO01}; {@code TOTAL} for the 2014–2020 total. */
  public String code() {
    return this == TOTAL_PARTICIPANTS ? "TOTAL" : name();
  }

  /** The programme period whose annex defines the indicator. */
  public ProgrammePeriod period() {
    return period;
  }

  /** Output or result indicator. */
  public IndicatorKind kind() {
    return kind;
  }

  /** What it counts: participants or entities. */
  public IndicatorSubject subject() {
    return subject;
  }

  /** The class of personal data it needs (none, personal, special category). */
  public DataClass dataClass() {
    return dataClass;
  }

  /**
   * True when the code was confirmed in the sources (a source pairs code and name, or the regulation confirms
   * the name in the code's place); false means "to verify" (the code follows the usual SFC numbering from
   * memory). True for {@link #TOTAL_PARTICIPANTS}, whose {@code TOTAL} is the library's name, not an SFC code.
   */
  public boolean codeVerified() {
    return codeVerified;
  }

  /**
   * True when the English name was checked against an English source: the annex text for the 2014–2020
   * participant outputs (CO01–CO19) and the ESF+ participant outputs EECO01–EECO16, Commission or managing
   * authority pages for CR03–CR07 and CR09; false means "to verify" (among them EECO17, read only in the 2018
   * proposal, and EECR01 and EECR04, read only in German and Italian). The Swedish names are the library's
   * translations.
   */
  public boolean nameVerified() {
    switch (this) {
      case CR03:
      case CR04:
      case CR05:
      case CR06:
      case CR07:
      case CR09:
        return true;
      case EECO17:
        return false;
      default:
        return subject == PARTICIPANT && kind == OUTPUT && this != TOTAL_PARTICIPANTS;
    }
  }

  /** The Swedish name. */
  public String nameSv() {
    return nameSv;
  }

  /** The English name (annex wording). */
  public String nameEn() {
    return nameEn;
  }

  /** The name in the given language. */
  public String name(io.github.esfkit.core.Language language) {
    return language.pick(nameSv, nameEn);
  }

  /** The legal basis, e.g. "Regulation (EU) No 1304/2013, Annex I". */
  public String legalBasis() {
    if (period == ESF_2014_2020) {
      return this == TOTAL_PARTICIPANTS
          ? "Regulation (EU) No 1304/2013, Annex I (calculated from the output indicators)"
          : "Regulation (EU) No 1304/2013, Annex I";
    }
    return "Regulation (EU) 2021/1057, Annex I";
  }

  /** Who is counted: the base population of the indicator, in English. */
  public String basePopulation() {
    return basePopulation;
  }

  /**
   * The output indicator a target for this result is set against (SFC's reference population); empty for
   * outputs and for the disadvantaged results, which have no output base.
   */
  public Optional<CommonIndicator> reference() {
    return Optional.ofNullable(referenceCode).map(CommonIndicator::valueOf);
  }

  /** First day the definition applies. */
  public LocalDate validFrom() {
    return period.eligibility().getStart();
  }

  /**
   * Last day the definition applies (inclusive): the end of the period's eligibility, or 2018-08-01 for
   * CO12–CO14, dropped from the consolidated list by the 2018 amendment (to verify).
   */
  public LocalDate validTo() {
    if (this == CO12 || this == CO13 || this == CO14) {
      return LocalDate.of(2018, 8, 1);
    }
    return period.eligibility().getEndInclusive();
  }

  /** True when the definition applies on {@code date}. */
  public boolean isValidOn(@Nullable LocalDate date) {
    return date != null && !date.isBefore(validFrom()) && !date.isAfter(validTo());
  }

  /** True when the {@link CommonIndicatorCalculator} computes it from participant records. */
  public boolean computedFromParticipants() {
    return notComputedReason == null;
  }

  /** Why the calculator does not compute it; empty when it does. */
  public Optional<String> notComputedReasonEn() {
    return Optional.ofNullable(notComputedReason);
  }

  /** Why the calculator does not compute it, in Swedish; empty when it does. */
  public Optional<String> notComputedReasonSv() {
    if (notComputedReason == null) {
      return Optional.empty();
    }
    if (notComputedReason.startsWith("entity")) {
      return Optional.of("indikator för organisationer/projekt; räknas inte ur deltagaruppgifter");
    }
    if (notComputedReason.startsWith("household")) {
      return Optional.of("hushållssituation finns inte i utbytesformatet");
    }
    if (notComputedReason.startsWith("the closed list")) {
      return Optional.of("den slutna listan över förbättringar finns inte bland utbytesformatets händelser");
    }
    return Optional.of("uppgiften samlas inte in i utbytesformatet");
  }

  /**
   * The optional characteristics the indicator counts "yes" of (third-country national, foreign background,
   * disability, homeless, rural); empty for indicators built from the four fields every complete record has.
   * When too few participants were asked about one of them, the result reports the indicator as not collected
   * ({@link CommonIndicatorResult#isCollected(CommonIndicator)}) rather than as a count.
   */
  public Set<RecordField> inputFields() {
    switch (this) {
      case CO15:
        return EnumSet.of(RecordField.FOREIGN_BACKGROUND, RecordField.THIRD_COUNTRY_NATIONAL);
      case CO16:
      case EECO12:
        return EnumSet.of(RecordField.DISABILITY);
      case CO18:
      case EECO16:
        return EnumSet.of(RecordField.HOMELESS);
      case CO19:
      case EECO17:
        return EnumSet.of(RecordField.RURAL);
      case EECO13:
        return EnumSet.of(RecordField.THIRD_COUNTRY_NATIONAL);
      case EECO14:
        return EnumSet.of(RecordField.FOREIGN_BACKGROUND);
      case CR05:
      case CR09:
        // disadvantaged: counted in CO15, CO16 or CO18
        return EnumSet.of(RecordField.FOREIGN_BACKGROUND, RecordField.THIRD_COUNTRY_NATIONAL,
            RecordField.DISABILITY, RecordField.HOMELESS);
      default:
        return EnumSet.noneOf(RecordField.class);
    }
  }

  /** The whole catalogue of one period, in annex order. */
  public static List<CommonIndicator> catalogue(ProgrammePeriod period) {
    Objects.requireNonNull(period, "period");
    List<CommonIndicator> out = new ArrayList<>();
    for (CommonIndicator i : values()) {
      if (i.period == period) {
        out.add(i);
      }
    }
    return List.copyOf(out);
  }

  /** The participant indicators the calculator computes for a period, in annex order. */
  public static List<CommonIndicator> computed(ProgrammePeriod period) {
    Objects.requireNonNull(period, "period");
    List<CommonIndicator> out = new ArrayList<>();
    for (CommonIndicator i : values()) {
      if (i.period == period && i.computedFromParticipants()) {
        out.add(i);
      }
    }
    return List.copyOf(out);
  }

  /** The indicator with this code (case-insensitive), if any. */
  public static Optional<CommonIndicator> fromCode(@Nullable String code) {
    if (code == null) {
      return Optional.empty();
    }
    try {
      String c = code.trim().toUpperCase(Locale.ROOT);
      return Optional.of("TOTAL".equals(c) ? TOTAL_PARTICIPANTS : valueOf(c));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The grand total of a period: {@link #TOTAL_PARTICIPANTS} or {@link #EECO01}. */
  public static CommonIndicator total(ProgrammePeriod period) {
    Objects.requireNonNull(period, "period");
    return period == ESF_2014_2020 ? TOTAL_PARTICIPANTS : EECO01;
  }
}
