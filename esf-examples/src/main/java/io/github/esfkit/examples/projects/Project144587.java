package io.github.esfkit.examples.projects;

import io.github.esfkit.core.participant.Answer;
import io.github.esfkit.core.participant.EmploymentStatus;
import io.github.esfkit.core.participant.ExitDestination;
import io.github.esfkit.core.participant.FollowUpAnchor;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.participant.IncomeSupportObservation;
import io.github.esfkit.core.participant.IscedLevel;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.participant.ReferralSource;
import io.github.esfkit.core.validation.Severity;
import io.github.esfkit.indicators.targets.Reconciliation;
import io.github.esfkit.indicators.targets.TargetEvaluator;
import io.github.esfkit.indicators.targets.model.Bound;
import io.github.esfkit.indicators.targets.model.Comparison;
import io.github.esfkit.indicators.targets.model.CountCriterion;
import io.github.esfkit.indicators.targets.model.Discrepancy;
import io.github.esfkit.indicators.targets.model.EvaluationData;
import io.github.esfkit.indicators.targets.model.FollowUpCounts;
import io.github.esfkit.indicators.targets.model.FollowUpCriterion;
import io.github.esfkit.indicators.targets.model.FollowUpExclusion;
import io.github.esfkit.indicators.targets.model.FollowUpOutcome;
import io.github.esfkit.indicators.targets.model.FollowUpTally;
import io.github.esfkit.indicators.targets.model.GenderCompositionCriterion;
import io.github.esfkit.indicators.targets.model.GenderCounts;
import io.github.esfkit.indicators.targets.model.Goal;
import io.github.esfkit.indicators.targets.model.GoalKind;
import io.github.esfkit.indicators.targets.model.GoalReport;
import io.github.esfkit.indicators.targets.model.GoalTable;
import io.github.esfkit.indicators.targets.model.Indicator;
import io.github.esfkit.indicators.targets.model.JudgedCriterion;
import io.github.esfkit.indicators.targets.model.Judgement;
import io.github.esfkit.indicators.targets.model.MilestoneCriterion;
import io.github.esfkit.indicators.targets.model.MilestoneProgress;
import io.github.esfkit.indicators.targets.model.MilestoneStatus;
import io.github.esfkit.indicators.targets.model.ParticipantFacts;
import io.github.esfkit.indicators.targets.model.ParticipantTally;
import io.github.esfkit.indicators.targets.model.PublishedFigure;
import io.github.esfkit.indicators.targets.model.RelativeGenderShareCriterion;
import io.github.esfkit.indicators.targets.model.Selection;
import io.github.esfkit.indicators.targets.model.SelectionCount;
import io.github.esfkit.indicators.targets.model.SuccessRule;
import io.github.esfkit.indicators.targets.model.SurveyShareCriterion;
import io.github.esfkit.indicators.targets.model.SurveyTally;
import io.github.esfkit.indicators.targets.model.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ESF project 144587 (seven municipalities in Jämtland, final report June 2022): its goal table encoded as
 * data, a deterministic synthetic participant set consistent with every count the report publishes, and the
 * same figures as aggregates. The participants are invented: ids, dates, ages and amounts are generated; only
 * the published counts per municipality, gender and destination are the report's. Stateless and thread-safe.
 *
 * <p>Facts {@link Participation} does not carry are tags in {@link ParticipantFacts}: {@link #TAG_WORK_TRAINING}
 * (PM-2: went on to work training or internship, an in-project milestone) and {@link #TAG_AF_BEFORE} (PM-4's
 * eligibility: in a Public Employment Service measure before entry; the report gives no count, the synthetic
 * set has none).
 */
public final class Project144587 {

  /** The data describe June 2022 ("vid projektslut i juni 2022"). */
  public static final LocalDate AS_OF = LocalDate.of(2022, 6, 30);

  /** Project end, the deadline of DM3-1. */
  public static final LocalDate PROJECT_END = LocalDate.of(2022, 6, 30);

  /** Went on to work training or internship during or after the stay (PM-2). */
  public static final String TAG_WORK_TRAINING = "work-training-or-internship";

  /** Was in an Arbetsförmedlingen measure before entry (excluded from PM-4). */
  public static final String TAG_AF_BEFORE = "af-measure-before-entry";

  /** Municipalities in the report's order. */
  public static final List<String> MUNICIPALITIES =
      List.of("Berg", "Bräcke", "Krokom", "Ragunda", "Strömsund", "Åre", "Östersund");

  static final Selection RECRUITED = Selection.builder().id("recruited")
      .labelSv("inskrivna deltagare").labelEn("enrolled participants").includeStruck(true).build();
  static final Selection FINISHED = Selection.builder().id("finished")
      .labelSv("avslutade deltagare").labelEn("finished participants").exitedOnly(true).includeStruck(true).build();
  static final Selection WORK_TRAINING = Selection.builder().id("work-training")
      .labelSv("deltagare som gått vidare till arbetsträning eller praktik")
      .labelEn("participants who went on to work training or internship")
      .addRequiredTags(TAG_WORK_TRAINING).includeStruck(true).build();
  static final Selection WORK_OR_STUDIES = Selection.builder().id("work-or-studies")
      .labelSv("deltagare som gått till arbete, anpassad anställning eller studier")
      .labelEn("participants who left for employment, adapted employment or studies")
      .addDestinations(ExitDestination.EMPLOYMENT, ExitDestination.ADAPTED_EMPLOYMENT, ExitDestination.STUDIES)
      .exitedOnly(true).includeStruck(true).build();
  static final Selection AF_ELIGIBLE = Selection.builder().id("finished-not-in-af-before")
      .labelSv("avslutade deltagare").labelEn("finished participants")
      .addExcludedTags(TAG_AF_BEFORE).exitedOnly(true).includeStruck(true).build();
  static final Selection AF_MEASURE = Selection.builder().id("af-measure")
      .labelSv("deltagare som gått till åtgärd hos Arbetsförmedlingen")
      .labelEn("participants who left for a Public Employment Service measure")
      .addDestinations(ExitDestination.EMPLOYMENT_SERVICE_MEASURE).addExcludedTags(TAG_AF_BEFORE)
      .exitedOnly(true).includeStruck(true).build();
  static final Selection RETURNED = Selection.builder().id("returned-to-referrer")
      .labelSv("deltagare som återgått till remittenten").labelEn("participants who returned to the referrer")
      .addDestinations(ExitDestination.RETURNED_TO_REFERRER).exitedOnly(true).includeStruck(true).build();
  static final Selection AF_OR_WORK = Selection.builder().id("af-measure-or-work-or-studies")
      .labelSv("deltagare som gått till åtgärd hos AF eller anpassad anställning (inkl. arbete och studier)")
      .labelEn("participants who left for a PES measure or adapted employment (incl. employment and studies)")
      .addDestinations(ExitDestination.EMPLOYMENT_SERVICE_MEASURE, ExitDestination.EMPLOYMENT,
          ExitDestination.ADAPTED_EMPLOYMENT, ExitDestination.STUDIES)
      .exitedOnly(true).includeStruck(true).build();

  private Project144587() {}

  // ---- goal table --------------------------------------------------------------------------------------

  /** The goal table of the final report (004:L187–L246), ids PM-1 … DM4-4. */
  public static GoalTable goalTable() {
    return GoalTable.builder()
        .projectId("144587")
        .titleSv("144587, slutrapport juni 2022")
        .titleEn("144587, final report June 2022")
        .addAllSubProjects(MUNICIPALITIES)
        .addGoals(projectGoal(), dm1(), dm2(), dm3(), dm4())
        .build();
  }

  private static Goal projectGoal() {
    return Goal.builder().id("PM").goalKind(GoalKind.PROJECT_GOAL)
        .textSv("Projektet syftar till att effektivisera arbetet med målgruppen kvinnor och män som står långt ifrån "
            + "arbetsmarknaden och underlätta för dem att komma närmare arbete och i egen försörjning.")
        .textEn("Make work with women and men far from the labour market more effective and help them closer to work "
            + "and self-support.")
        .addIndicators(
            Indicator.builder().id("PM-1")
                .textSv("112 kvinnor och 98 män ur målgruppen rekryteras in i projektet (53% kvinnor och 47% män).")
                .textEn("112 women and 98 men from the target group are recruited (53 % women, 47 % men).")
                .addCriteria(count("PM-1.count", RECRUITED, RECRUITED, Bound.AT_LEAST, 112, 98,
                    "112 kvinnor och 98 män rekryteras"))
                .addNotesSv("53/47-fördelningen inom parentes bedöms i DM2-2, inte här (indicators.md §A.4).")
                .build(),
            Indicator.builder().id("PM-2")
                .textSv("94 kvinnor och 81 män går efter individuell kartläggning vidare till arbetsträning eller praktik.")
                .textEn("94 women and 81 men go on to work training or internship after individual mapping.")
                .addCriteria(count("PM-2.count", WORK_TRAINING, FINISHED, Bound.AT_LEAST, 94, 81,
                    "94 kvinnor och 81 män går vidare till arbetsträning eller praktik"))
                .build(),
            Indicator.builder().id("PM-3")
                .textSv("40 kvinnor och 34 män lämnar projektet för att gå till någon form av anpassad anställning (med "
                    + "eller utan ekonomiskt stöd) eller studier. Minst hälften av de som går ut i anställning ska vara "
                    + "kvinnor baserat på andelen kvinnor och män i projektet.")
                .textEn("40 women and 34 men leave for adapted employment or studies; women's share among them at least "
                    + "their share of the project.")
                .addCriteria(
                    count("PM-3.count", WORK_OR_STUDIES, FINISHED, Bound.AT_LEAST, 40, 34,
                        "40 kvinnor och 34 män lämnar för anpassad anställning eller studier"),
                    relative("PM-3.gender-share", WORK_OR_STUDIES,
                        "Minst hälften av de som går ut i anställning ska vara kvinnor baserat på andelen kvinnor och män i projektet"))
                .addNotesSv("Könsdelen gäller enligt texten \"de som går ut i anställning\" men rapporten räknar den över "
                    + "alla 91 till arbete eller studier (R4); så gör även biblioteket.")
                .build(),
            Indicator.builder().id("PM-4")
                .textSv("27 kvinnor och 24 män lämnar projektet för att gå till åtgärd hos Arbetsförmedlingen. (Gäller "
                    + "endast deltagare som innan projektet inte deltog i åtgärd hos AF.) Minst hälften av de som går till "
                    + "åtgärd hos AF ska vara kvinnor baserat på andelen kvinnor och män i projektet.")
                .textEn("27 women and 24 men leave for a PES measure (only those not in such a measure before); women's "
                    + "share among them at least their share of the project.")
                .addCriteria(
                    count("PM-4.count", AF_MEASURE, AF_ELIGIBLE, Bound.AT_LEAST, 27, 24,
                        "27 kvinnor och 24 män lämnar för åtgärd hos Arbetsförmedlingen").withEligibilityBase(FINISHED),
                    relative("PM-4.gender-share", AF_MEASURE,
                        "Minst hälften av de som går till åtgärd hos AF ska vara kvinnor baserat på andelen kvinnor och män i projektet"))
                .build(),
            Indicator.builder().id("PM-5")
                .textSv("Maximalt 45 kvinnor och 40 män lämnar projektet för att återgå till remittenten (i huvudsak "
                    + "försörjningsstöd).")
                .textEn("At most 45 women and 40 men leave to return to the referrer (mainly income support).")
                .addCriteria(count("PM-5.count", RETURNED, FINISHED, Bound.AT_MOST, 45, 40,
                    "Maximalt 45 kvinnor och 40 män återgår till remittenten"))
                .build(),
            Indicator.builder().id("PM-6")
                .textSv("Minskat försörjningsstöd.")
                .textEn("Reduced income support (three months after exit).")
                .addCriteria(followUp(false))
                .build())
        .build();
  }

  private static Goal dm1() {
    return Goal.builder().id("DM1").goalKind(GoalKind.SUB_GOAL)
        .textSv("Projektet ska uppnå villkoren för ett tillgängligt projekt och kunna ta emot alla i målgruppen, "
            + "oavsett eventuella funktionsnedsättningar.")
        .textEn("An accessible project that can take in everyone in the target group, whatever their disabilities.")
        .addIndicators(Indicator.builder().id("DM1-1")
            .textSv("90 % av deltagarna upplever att de har fått det individuellt anpassade stöd som de haft behov av.")
            .textEn("90 % of participants feel they got the individually adapted support they needed.")
            .addCriteria(survey(false))
            .build())
        .build();
  }

  private static Goal dm2() {
    return Goal.builder().id("DM2").goalKind(GoalKind.SUB_GOAL)
        .textSv("Utveckla kvalitetssäkrade, normkritiska metoder för att öka målgruppens förmåga att komma i arbete.")
        .textEn("Develop quality-assured, norm-critical methods that help the target group into work.")
        .addIndicators(
            Indicator.builder().id("DM2-1")
                .textSv("Kvalitetssäkrade, normkritiska och tillgängliga metoder för att öka kvinnors och mäns förmåga att "
                    + "komma i arbete ska vara utvecklade.")
                .textEn("Quality-assured, norm-critical and accessible methods are developed.")
                .addCriteria(judged("DM2-1.judged", "Metoderna ska vara utvecklade"))
                .build(),
            Indicator.builder().id("DM2-2")
                .textSv("Könsfördelningen av deltagare till projektet ska utgöras av 53 % kvinnor och 47 % män.")
                .textEn("Participants shall be 53 % women and 47 % men.")
                .addCriteria(GenderCompositionCriterion.builder().id("DM2-2.composition")
                    .textSv("53 % kvinnor och 47 % män (läst som: kvinnor minst 53 %)")
                    .textEn("53 % women and 47 % men (read as: women at least 53 %)")
                    .population(RECRUITED).gender(Gender.WOMAN).percent(BigDecimal.valueOf(53))
                    .comparison(Comparison.AT_LEAST).build())
                .build(),
            Indicator.builder().id("DM2-3")
                .textSv("Minst hälften av de som går till åtgärd hos Arbetsförmedlingen eller anpassad anställning ska vara "
                    + "kvinnor baserat på andelen män och kvinnor i projektet.")
                .textEn("Women's share among those leaving for a PES measure or adapted employment at least their share "
                    + "of the project.")
                .addCriteria(relative("DM2-3.gender-share", AF_OR_WORK,
                    "Minst hälften av de som går till åtgärd hos AF eller anpassad anställning ska vara kvinnor"))
                .addNotesSv("Rapporten räknar bara AF-gruppen (14/14) och skriver \"uppnåtts\" (R5).")
                .build())
        .build();
  }

  private static Goal dm3() {
    return Goal.builder().id("DM3").goalKind(GoalKind.SUB_GOAL)
        .textSv("Utveckla hållbara, samordnade och kvalitetssäkrade metoder för kommunerna att driva ett utvecklande "
            + "arbete i arbetsträningsarenorna.")
        .textEn("Develop sustainable, coordinated, quality-assured methods for the municipalities' work-training arenas.")
        .addIndicators(
            Indicator.builder().id("DM3-1")
                .textSv("En implementeringsplan för arbetsträningsarenorna ska vara utarbetad vid projektslut.")
                .textEn("An implementation plan for the work-training arenas exists by project end.")
                .addCriteria(MilestoneCriterion.builder().id("DM3-1.milestone")
                    .textSv("Implementeringsplan utarbetad vid projektslut").deadline(PROJECT_END).build())
                .build(),
            Indicator.builder().id("DM3-2")
                .textSv("Samtliga kommuner har kontinuerligt utbytt erfarenheter kring metoder för att driva och utveckla "
                    + "arbetsträningsarenor.")
                .textEn("All municipalities have continuously exchanged experience on running the arenas.")
                .addCriteria(judged("DM3-2.judged", "Kontinuerligt erfarenhetsutbyte"))
                .build())
        .build();
  }

  private static Goal dm4() {
    return Goal.builder().id("DM4").goalKind(GoalKind.SUB_GOAL)
        .textSv("Utveckla, samordna och kvalitetssäkra det förstärkta individuellt anpassade stödet till målgruppen.")
        .textEn("Develop, coordinate and quality-assure the reinforced individually adapted support.")
        .addIndicators(
            milestoneIndicator("DM4-1", "Ett gemensamt kartläggningsmaterial har utarbetats.",
                "A common needs-mapping material has been produced."),
            milestoneIndicator("DM4-2", "Ett gemensamt uppföljningsmaterial har utarbetats.",
                "A common follow-up material has been produced."),
            milestoneIndicator("DM4-3", "Ett gemensamt matchningsunderlag har utarbetats.",
                "A common matching basis has been produced."),
            Indicator.builder().id("DM4-4")
                .textSv("Samtliga kommuner har kontinuerligt utbytt erfarenheter kring metoder för att utveckla och "
                    + "samordna gemensamma arbetsmetoder och flödet.")
                .textEn("All municipalities have continuously exchanged experience on methods and the flow.")
                .addCriteria(judged("DM4-4.judged", "Kontinuerligt erfarenhetsutbyte om metoder och flödet"))
                .build())
        .build();
  }

  private static Indicator milestoneIndicator(String id, String sv, String en) {
    return Indicator.builder().id(id).textSv(sv).textEn(en)
        .addCriteria(MilestoneCriterion.builder().id(id + ".milestone").textSv(sv).textEn(en).build())
        .build();
  }

  private static CountCriterion count(String id, Selection counted, Selection population, Bound bound, long women,
      long men, String sv) {
    return CountCriterion.builder().id(id).textSv(sv).counted(counted).population(population).bound(bound)
        .putGenderTargets(Gender.WOMAN, women).putGenderTargets(Gender.MAN, men).build();
  }

  private static RelativeGenderShareCriterion relative(String id, Selection outcome, String sv) {
    return RelativeGenderShareCriterion.builder().id(id).textSv(sv).outcome(outcome).reference(RECRUITED).build();
  }

  private static JudgedCriterion judged(String id, String sv) {
    return JudgedCriterion.builder().id(id).textSv(sv).build();
  }

  /** DM1-1's survey criterion; {@code keepStruck} keeps the three answers the evaluator struck. */
  public static SurveyShareCriterion survey(boolean keepStruck) {
    return SurveyShareCriterion.builder().id("DM1-1.survey")
        .textSv("90 % upplever att de fått det individuellt anpassade stöd de haft behov av")
        .percent(BigDecimal.valueOf(90)).keepStruckAnswers(keepStruck).build();
  }

  /**
   * PM-6: left or reduced income support three months after exit against one month before entry, consent
   * required; Berg delivered no data; Strömsund counted leavers only (R10). The headline leaves Östersund out
   * (the evaluator's choice) and counts only changes with a labour-market link, as Östersund's figures did;
   * {@code includeOstersund} gives the report's variant (004:L984).
   */
  public static FollowUpCriterion followUp(boolean includeOstersund) {
    FollowUpCriterion.Builder b = FollowUpCriterion.builder()
        .id(includeOstersund ? "PM-6.follow-up-incl-Ostersund" : "PM-6.follow-up")
        .textSv("Minskat försörjningsstöd (lämnat eller minskat tre månader efter utskrivning)")
        .population(FINISHED)
        .monthsAfterExit(3)
        .baselineMonthsBeforeEntry(1)
        .successRule(SuccessRule.LEFT_OR_REDUCED)
        .putSuccessRuleOverrides("Strömsund", SuccessRule.LEFT_ONLY)
        .requireConsent(true)
        .requireLabourMarketLink(true);
    if (!includeOstersund) {
      b.addExcludedSubProjects("Östersund");
    }
    return b.build();
  }

  /** A table holding only PM-6's variant with Östersund (004:L984), to evaluate it on its own. */
  public static GoalTable followUpVariantTable() {
    return GoalTable.builder().projectId("144587").titleSv("144587, PM-6 inklusive Östersund")
        .addAllSubProjects(MUNICIPALITIES)
        .addGoals(Goal.builder().id("PM").goalKind(GoalKind.PROJECT_GOAL).textSv("Projektmål")
            .addIndicators(Indicator.builder().id("PM-6-V").textSv("Minskat försörjningsstöd, inklusive Östersund")
                .addCriteria(followUp(true)).build())
            .build())
        .build();
  }

  /**
   * DM2-3 as the evaluator read it (R5): only the AF-measure group (14 women of 28), which gives "uppnådd"; the
   * goal table encodes the wording (AF measure or adapted employment), which does not.
   */
  public static Indicator dm23AsTheEvaluatorReadIt() {
    return Indicator.builder().id("DM2-3").textSv("DM2-3 enligt utvärderarens läsning: endast åtgärd hos AF")
        .addCriteria(relative("DM2-3.gender-share", AF_MEASURE, "Andelen kvinnor bland de som gått till åtgärd hos AF"))
        .build();
  }

  // ---- what the records do not hold --------------------------------------------------------------------

  /** DM1-1's web-survey answers (004:L155, L206): 27 yes, 1 no, 3 no struck as unclear, 8 no need, 22 no answer. */
  public static SurveyTally surveyTally() {
    return SurveyTally.builder().yes(27).no(1).struckNo(3).noNeed(8).noAnswer(22).build();
  }

  /** Milestone progress as the report describes it. */
  public static Map<String, MilestoneProgress> milestones() {
    Map<String, MilestoneProgress> m = new LinkedHashMap<>();
    m.put("DM3-1.milestone", MilestoneProgress.builder().status(MilestoneStatus.DONE)
        .evidenceSv("Implementeringsplaner utarbetade av samtliga kommuner vid workshop den 13 oktober 2021 (L221).")
        .doneOn(LocalDate.of(2021, 10, 13)).build());
    m.put("DM4-1.milestone", MilestoneProgress.of(MilestoneStatus.DONE,
        "Förankrat hos styrgruppen hösten 2021 och \"anses vara klart\" (L228–L230)."));
    m.put("DM4-2.milestone", MilestoneProgress.of(MilestoneStatus.DONE,
        "Slutgiltigt material framtaget; utvärderaren bedömer det ha god kvalitet (L231)."));
    m.put("DM4-3.milestone", MilestoneProgress.of(MilestoneStatus.IN_PROGRESS,
        "\"Framtagandet av det gemensamma regionala matchningsmaterialet pågår fortfarande\" (L232)."));
    return m;
  }

  /** The evaluator's recorded judgements for the criteria without a threshold. */
  public static Map<String, Judgement> judgements() {
    Map<String, Judgement> m = new LinkedHashMap<>();
    m.put("PM-6.follow-up", Judgement.builder().verdict(Verdict.ACHIEVED)
        .statementSv("Detta bedömer jag vara ett bra resultat för projektet.").judgedBy("extern utvärderare").build());
    m.put("DM2-1.judged", Judgement.builder().verdict(Verdict.ACHIEVED)
        .statementSv("Min bedömning är därför att projektet arbetar med tillgängliga metoder för att öka kvinnors och "
            + "mäns förmåga att komma i arbete.").judgedBy("extern utvärderare").build());
    m.put("DM3-2.judged", Judgement.builder().verdict(Verdict.ACHIEVED)
        .statementSv("Min bedömning är därmed att projektgruppen regelbundet utbyter erfarenheter kring metoder för att "
            + "driva och utveckla arbetsträningsarenor.").judgedBy("extern utvärderare").build());
    m.put("DM4-4.judged", Judgement.builder().verdict(Verdict.ACHIEVED)
        .statementSv("Min bedömning är därför att indikatorn är uppnådd.").judgedBy("extern utvärderare").build());
    return m;
  }

  /** Records path: the synthetic participants tallied, plus survey, milestones and judgements. */
  public static EvaluationData dataFromRecords(GoalTable table) {
    return supplement(ParticipantTally.tally(table, participants(), facts(), AS_OF));
  }

  /** Aggregates path: the published counts (and the synthetic split where the report gives none). */
  public static EvaluationData dataFromAggregates() {
    EvaluationData.Builder b = EvaluationData.builder().asOf(AS_OF);
    Map<String, SelectionCount.Builder> counts = new LinkedHashMap<>();
    for (Selection s : List.of(RECRUITED, FINISHED, WORK_TRAINING, WORK_OR_STUDIES, AF_ELIGIBLE, AF_MEASURE,
        RETURNED, AF_OR_WORK)) {
      counts.put(s.id(), SelectionCount.builder());
    }
    for (Municipality m : Municipality.ALL) {
      counts.get(RECRUITED.id()).putBySubProject(m.name, GenderCounts.of(m.women, m.men));
      counts.get(FINISHED.id()).putBySubProject(m.name, GenderCounts.of(m.women, m.men));
      counts.get(AF_ELIGIBLE.id()).putBySubProject(m.name, GenderCounts.of(m.women, m.men));
      counts.get(WORK_TRAINING.id()).putBySubProject(m.name, GenderCounts.of(m.trainingW, m.trainingM));
      counts.get(WORK_OR_STUDIES.id()).putBySubProject(m.name, GenderCounts.of(m.workW, m.workM));
      counts.get(AF_MEASURE.id()).putBySubProject(m.name, GenderCounts.of(m.afW, m.afM));
      counts.get(RETURNED.id()).putBySubProject(m.name, GenderCounts.of(m.returnedW, m.returnedM));
      counts.get(AF_OR_WORK.id()).putBySubProject(m.name, GenderCounts.of(m.afW + m.workW, m.afM + m.workM));
    }
    counts.forEach((id, c) -> b.putCounts(id, c.build()));
    FollowUpTally.Builder ft = FollowUpTally.builder();
    for (Municipality m : Municipality.ALL) {
      Map<FollowUpOutcome, Long> outcomes = new EnumMap<>(FollowUpOutcome.class);
      Map<FollowUpExclusion, Long> exclusions = new EnumMap<>(FollowUpExclusion.class);
      for (Profile p : m.profiles()) {
        if (p.outcome() != null) {
          outcomes.merge(p.outcome(), 1L, Long::sum);
        } else {
          exclusions.merge(p.exclusion(), 1L, Long::sum);
        }
      }
      ft.putBySubProject(m.name, FollowUpCounts.builder().putAllOutcomes(outcomes).putAllExclusions(exclusions).build());
    }
    FollowUpTally tally = ft.build();
    b.putFollowUps("PM-6.follow-up", tally).putFollowUps("PM-6.follow-up-incl-Ostersund", tally);
    return supplement(b.build());
  }

  private static EvaluationData supplement(EvaluationData data) {
    return data.withSurveys(Map.of("DM1-1.survey", surveyTally()))
        .withMilestones(milestones())
        .withJudgements(judgements());
  }

  // ---- synthetic participants --------------------------------------------------------------------------

  /** Per-participation facts of the synthetic set: PM-2 tags and person keys (four persons enrolled twice). */
  public static ParticipantFacts facts() {
    ParticipantFacts.Builder b = ParticipantFacts.builder();
    for (Generated g : generate()) {
      if (g.workTraining()) {
        b.putTags(g.participation().participantId(), Set.of(TAG_WORK_TRAINING));
      }
      b.putPersonKeys(g.participation().participantId(), g.personKey());
    }
    return b.build();
  }

  /** The 230 synthetic participations (110 women, 120 men), all finished by June 2022. */
  public static List<Participation> participants() {
    List<Participation> out = new ArrayList<>();
    for (Generated g : generate()) {
      out.add(g.participation());
    }
    return out;
  }

  private record Generated(Participation participation, boolean workTraining, String personKey) {}

  private static List<Generated> generate() {
    List<Generated> out = new ArrayList<>();
    int serial = 0;
    for (Municipality m : Municipality.ALL) {
      // destinations per gender: work or studies, AF measure, returned, other
      List<Slot> slots = new ArrayList<>();
      addSlots(slots, Gender.WOMAN, m.women, m.workW, m.afW, m.returnedW, m.trainingW);
      addSlots(slots, Gender.MAN, m.men, m.workM, m.afM, m.returnedM, m.trainingM);
      // follow-up profiles go to work-or-studies leavers first, then the others
      List<Slot> ordered = new ArrayList<>();
      for (ExitDestination d : List.of(ExitDestination.ADAPTED_EMPLOYMENT, ExitDestination.OTHER,
          ExitDestination.EMPLOYMENT_SERVICE_MEASURE, ExitDestination.RETURNED_TO_REFERRER)) {
        for (Slot s : slots) {
          if (s.destination() == d) {
            ordered.add(s);
          }
        }
      }
      List<Profile> profiles = m.profiles();
      for (int i = 0; i < ordered.size(); i++) {
        Slot s = ordered.get(i);
        serial++;
        String id = "S144587-" + m.code + "-" + String.format("%03d", i + 1);
        String personKey = "P" + serial;
        if (m.name.equals("Östersund") && ((i >= 40 && i < 44) || (i >= 60 && i < 64))) {
          // four synthetic persons enrolled twice (004:L191): pairs of "other" leavers of the same gender
          personKey = "P-twice-" + (i / 2);
        }
        out.add(new Generated(participation(id, m.name, s, profiles.get(i), serial), s.workTraining(), personKey));
      }
    }
    return out;
  }

  private static void addSlots(List<Slot> slots, Gender g, int n, int work, int af, int returned, int training) {
    for (int i = 0; i < n; i++) {
      ExitDestination d = i < work ? ExitDestination.ADAPTED_EMPLOYMENT
          : i < work + af ? ExitDestination.EMPLOYMENT_SERVICE_MEASURE
          : i < work + af + returned ? ExitDestination.RETURNED_TO_REFERRER
          : ExitDestination.OTHER;
      // work training is spread from the last slot backwards, so it overlaps every destination
      slots.add(new Slot(g, d, i >= n - training));
    }
  }

  private record Slot(Gender gender, ExitDestination destination, boolean workTraining) {}

  private static Participation participation(String id, String municipality, Slot s, Profile p, int k) {
    LocalDate exit = p.exclusion() == FollowUpExclusion.NOT_YET_DUE
        ? LocalDate.of(2022, 5, 2).plusDays(k % 50)
        : LocalDate.of(2020, 3, 1).plusDays((k * 3L) % 730);
    LocalDate entry = exit.minusDays(90 + (k % 120));
    long amount = 4000 + (k * 137L) % 6000;
    Participation.Builder b = Participation.builder()
        .participantId(id)
        .subProject(municipality)
        .gender(Answer.of(s.gender()))
        .birthDate(Answer.of(LocalDate.of(1965 + k % 35, 1 + k % 12, 1 + k % 28)))
        .entryDate(entry)
        .exitDate(exit)
        .struck(p.exclusion() == FollowUpExclusion.STRUCK)
        .employmentStatus(Answer.of(k % 3 == 0 ? EmploymentStatus.INACTIVE_NOT_IN_EDUCATION
            : k % 3 == 1 ? EmploymentStatus.LONG_TERM_UNEMPLOYED : EmploymentStatus.UNEMPLOYED))
        .education(Answer.of(IscedLevel.values()[k % 5]))
        .referralSource(k % 5 == 4 ? ReferralSource.EMPLOYMENT_SERVICE : ReferralSource.INCOME_SUPPORT)
        .exitDestination(s.destination())
        .followUpConsent(Answer.of(p.exclusion() != FollowUpExclusion.NO_CONSENT));
    if (p.exclusion() == FollowUpExclusion.NO_DATA || p.exclusion() == FollowUpExclusion.NO_CONSENT) {
      return b.build();
    }
    if (p.exclusion() == FollowUpExclusion.NOT_ON_SUPPORT_AT_BASELINE) {
      return b.addIncomeSupport(observation(FollowUpAnchor.BEFORE_ENTRY, 1, 0, true))
          .addIncomeSupport(observation(FollowUpAnchor.AFTER_EXIT, 3, 0, true)).build();
    }
    b.addIncomeSupport(observation(FollowUpAnchor.BEFORE_ENTRY, 1, amount, true));
    if (p.outcome() == null) {
      return b.build();
    }
    switch (p.outcome()) {
      case LEFT:
        return b.addIncomeSupport(observation(FollowUpAnchor.AFTER_EXIT, 3, 0, true)).build();
      case LEFT_OTHER_CAUSE:
        return b.addIncomeSupport(observation(FollowUpAnchor.AFTER_EXIT, 3, 0, false)).build();
      case REDUCED:
        return b.addIncomeSupport(observation(FollowUpAnchor.AFTER_EXIT, 3, amount - 2000, true)).build();
      case REDUCED_OTHER_CAUSE:
        return b.addIncomeSupport(observation(FollowUpAnchor.AFTER_EXIT, 3, amount - 1500, false)).build();
      case UNCHANGED:
        return b.addIncomeSupport(observation(FollowUpAnchor.AFTER_EXIT, 3, amount, true)).build();
      default:
        return b.addIncomeSupport(observation(FollowUpAnchor.AFTER_EXIT, 3, amount + 1300, true)).build();
    }
  }

  private static IncomeSupportObservation observation(FollowUpAnchor anchor, int months, long amount, boolean link) {
    IncomeSupportObservation.Builder b = IncomeSupportObservation.builder().anchor(anchor).months(months)
        .receivesSupport(Answer.of(amount > 0)).monthlyAmountSek(amount).labourMarketRelated(link);
    if (!link) {
      b.cause(amount == 0 ? "flytt" : "bostadsbidrag");
    }
    return b.build();
  }

  /** One synthetic participant's follow-up: an outcome, or the reason it is left out. */
  private record Profile(FollowUpOutcome outcome, FollowUpExclusion exclusion) {}

  /**
   * The published counts per municipality (Table B, 004:L189–L202) with a synthetic gender split of the
   * finished participants (the report gives only 110/120 overall), and the follow-up plan of Table C (004:L980
   * ff.): outcomes and exclusions in that order.
   */
  private static final class Municipality {
    static final List<Municipality> ALL = List.of(
        new Municipality("Berg", "BER", 5, 10, 2, 3, 0, 4, 2, 3, 1, 1, new Object[] {
            FollowUpExclusion.NO_DATA, 15}),
        new Municipality("Bräcke", "BRA", 7, 13, 2, 4, 4, 7, 0, 2, 1, 1, new Object[] {
            FollowUpOutcome.LEFT, 7, FollowUpOutcome.UNCHANGED, 1, FollowUpExclusion.NOT_ON_SUPPORT_AT_BASELINE, 2,
            FollowUpExclusion.NO_DATA, 3, FollowUpExclusion.NOT_YET_DUE, 7}),
        new Municipality("Krokom", "KRO", 10, 18, 8, 16, 6, 9, 0, 0, 1, 0, new Object[] {
            FollowUpOutcome.LEFT, 4, FollowUpOutcome.REDUCED, 1, FollowUpOutcome.UNCHANGED, 3,
            FollowUpExclusion.NOT_ON_SUPPORT_AT_BASELINE, 2, FollowUpExclusion.STRUCK, 1,
            FollowUpExclusion.NOT_YET_DUE, 17}),
        new Municipality("Ragunda", "RAG", 8, 6, 7, 6, 6, 2, 0, 0, 0, 3, new Object[] {
            FollowUpOutcome.LEFT, 1, FollowUpOutcome.UNCHANGED, 1, FollowUpOutcome.INCREASED, 2,
            FollowUpExclusion.NOT_ON_SUPPORT_AT_BASELINE, 1, FollowUpExclusion.NO_CONSENT, 9}),
        new Municipality("Strömsund", "STR", 6, 10, 6, 8, 4, 7, 0, 0, 1, 2, new Object[] {
            FollowUpOutcome.LEFT, 7, FollowUpOutcome.REDUCED, 2, FollowUpOutcome.UNCHANGED, 2,
            FollowUpExclusion.NOT_YET_DUE, 5}),
        new Municipality("Åre", "ARE", 19, 8, 18, 7, 4, 3, 1, 0, 3, 1, new Object[] {
            FollowUpOutcome.LEFT, 3, FollowUpOutcome.UNCHANGED, 2, FollowUpExclusion.NO_CONSENT, 22}),
        new Municipality("Östersund", "OST", 55, 55, 17, 12, 17, 18, 11, 9, 4, 3, new Object[] {
            FollowUpOutcome.LEFT, 6, FollowUpOutcome.REDUCED, 7, FollowUpOutcome.LEFT_OTHER_CAUSE, 2,
            FollowUpOutcome.REDUCED_OTHER_CAUSE, 5, FollowUpOutcome.UNCHANGED, 36, FollowUpExclusion.NOT_YET_DUE, 3,
            FollowUpExclusion.NOT_ON_SUPPORT_AT_BASELINE, 10, FollowUpExclusion.NO_DATA, 41}));

    final String name;
    final String code;
    final int women;
    final int men;
    final int trainingW;
    final int trainingM;
    final int workW;
    final int workM;
    final int afW;
    final int afM;
    final int returnedW;
    final int returnedM;
    final Object[] plan;

    Municipality(String name, String code, int women, int men, int trainingW, int trainingM, int workW, int workM,
        int afW, int afM, int returnedW, int returnedM, Object[] plan) {
      this.name = name;
      this.code = code;
      this.women = women;
      this.men = men;
      this.trainingW = trainingW;
      this.trainingM = trainingM;
      this.workW = workW;
      this.workM = workM;
      this.afW = afW;
      this.afM = afM;
      this.returnedW = returnedW;
      this.returnedM = returnedM;
      this.plan = plan;
    }

    List<Profile> profiles() {
      List<Profile> out = new ArrayList<>();
      for (int i = 0; i < plan.length; i += 2) {
        int n = (Integer) plan[i + 1];
        for (int j = 0; j < n; j++) {
          out.add(plan[i] instanceof FollowUpOutcome ? new Profile((FollowUpOutcome) plan[i], null)
              : new Profile(null, (FollowUpExclusion) plan[i]));
        }
      }
      if (out.size() != women + men) {
        throw new IllegalStateException(name + ": follow-up plan covers " + out.size() + " of " + (women + men));
      }
      return out;
    }
  }

  // ---- the report's own figures -------------------------------------------------------------------------

  /**
   * The verdicts and headline figures as the report prints them (004:L188–L249), for
   * {@link io.github.esfkit.indicators.targets.Reconciliation}: every indicator's verdict, the totals, the shares,
   * PM-6 per municipality (Table C) and DM1-1. Table B's municipal lines are in the test fixture.
   */
  public static List<PublishedFigure> publishedFigures() {
    List<PublishedFigure> l = new ArrayList<>();
    String[][] verdicts = {
        {"PM-1", "A"}, {"PM-2", "N"}, {"PM-3", "P"}, {"PM-4", "P"}, {"PM-5", "A"}, {"PM-6", "A"}, {"DM1-1", "A"},
        {"DM2-1", "A"}, {"DM2-2", "N"}, {"DM2-3", "A"}, {"DM3-1", "A"}, {"DM3-2", "A"}, {"DM4-1", "A"},
        {"DM4-2", "A"}, {"DM4-3", "N"}, {"DM4-4", "A"}};
    for (String[] v : verdicts) {
      l.add(PublishedFigure.builder().indicatorId(v[0]).verdict(v[1].equals("A") ? Verdict.ACHIEVED
          : v[1].equals("P") ? Verdict.PARTIALLY_ACHIEVED : Verdict.NOT_ACHIEVED).build());
    }
    l.add(figure("PM-1", "PM-1.count", "total", 230, null, null, "L188"));
    l.add(figure("PM-1", "PM-1.count", "woman", 110, null, null, "L188"));
    l.add(figure("PM-1", "PM-1.count", "man", 120, null, null, "L188"));
    l.add(figure("PM-2", "PM-2.count", "total", 116, 230L, "50", "L189"));
    l.add(figure("PM-3", "PM-3.count", "total", 91, 230L, "40", "L194"));
    l.add(figure("PM-3", "PM-3.gender-share", "woman", 41, 91L, "45", "L194"));
    l.add(figure("PM-4", "PM-4.count", "total", 28, null, null, "L197"));
    l.add(figure("PM-4", "PM-4.gender-share", "woman", 14, 28L, null, "L197"));
    l.add(figure("PM-5", "PM-5.count", "total", 22, 230L, "10", "L200"));
    l.add(figure("PM-6", "PM-6.follow-up", "total", 23, 36L, "64", "L203"));
    l.add(figure("PM-6", "PM-6.follow-up", "Bräcke", 7, 8L, "87.5", "L991"));
    l.add(figure("PM-6", "PM-6.follow-up", "Krokom", 5, 8L, "62.5", "L1019"));
    l.add(figure("PM-6", "PM-6.follow-up", "Ragunda", 1, 4L, "25", "L1041"));
    l.add(figure("PM-6", "PM-6.follow-up", "Strömsund", 7, 11L, "63", "L1054"));
    l.add(figure("PM-6", "PM-6.follow-up", "Åre", 3, 5L, "60", "L1069"));
    l.add(figure("DM1-1", "DM1-1.survey", "total", 27, 28L, "96", "L206"));
    l.add(figure("DM2-2", "DM2-2.composition", "woman", 110, 230L, "48", "L215"));
    l.add(figure("DM2-2", "DM2-2.composition", "man", 120, 230L, "52", "L215"));
    l.add(figure("DM2-3", "DM2-3.gender-share", "woman", 14, 28L, null, "L218"));
    return l;
  }

  private static PublishedFigure figure(String indicator, String criterion, String scope, long n, Long d,
      String printed, String source) {
    PublishedFigure.Builder b = PublishedFigure.builder().indicatorId(indicator).criterionId(criterion).scope(scope)
        .numerator(n).source(source);
    if (d != null) {
      b.denominator(d);
    }
    if (printed != null) {
      b.printedPercent(new BigDecimal(printed));
    }
    return b.build();
  }

  /**
   * The whole example in one call: the goal table evaluated from the synthetic records (TOTAL mode), reconciled
   * with {@link #publishedFigures()}, with {@link #documentedInconsistencies()} appended.
   */
  public static GoalReport report() {
    GoalTable table = goalTable();
    GoalReport r = Reconciliation.reconcile(TargetEvaluator.standard().evaluate(table, dataFromRecords(table)),
        publishedFigures());
    List<Discrepancy> all = new ArrayList<>(r.discrepancies());
    all.addAll(documentedInconsistencies());
    return r.withDiscrepancies(all);
  }

  // ---- documented inconsistencies ----------------------------------------------------------------------

  /**
   * The report's inconsistencies the data cannot show (indicators.md §A.6), as INFO discrepancies. Those the
   * library computes (R1, R3, R5, R10, R16) come from the evaluation and {@code Reconciliation} instead.
   */
  public static List<Discrepancy> documentedInconsistencies() {
    List<Discrepancy> l = new ArrayList<>();
    l.add(doc("R2", "PM-1", "53/47 i PM-1:s parentes kommenteras men bedöms inte; samma fördelning bedöms i DM2-2.",
        "PM-1's 53/47 is commented on but not judged; DM2-2 judges the same split."));
    l.add(doc("R4", "PM-3.gender-share", "Könsdelen talar om \"anställning\" men 45 % räknas över alla 91 till arbete eller studier.",
        "The gender part speaks of employment, but 45 % is computed over all 91 to work or studies."));
    l.add(doc("R6", "DM2-2", "Fördelningen 48/52 dateras både april 2022 och juni 2022.",
        "The 48/52 split is dated both April and June 2022."));
    l.add(doc("R7", "PM-6", "Senare lämnare: \"två\" i sammanfattning och tabell, \"tre\" i bilagan.",
        "Later leavers: two in the summary and table, three in the annex."));
    l.add(doc("R8", "PM-6", "64 % kallas andel av projektets deltagare i april; det är 23 av 36 uppföljda i fem kommuner, juni 2022.",
        "64 % is called a share of the project's participants in April; it is 23 of 36 followed up in five municipalities, June 2022."));
    l.add(doc("R9", "PM-6", "\"ett bra resultat\" i tabellen, \"ett mycket fint resultat\" i sammanfattningen.",
        "A good result in the table, a very fine result in the summary."));
    l.add(doc("R11", "PM-6.follow-up/Ragunda", "\"tre oförändrade\" men tabellen visar två ökningar.",
        "Three said unchanged, but the table shows two increases."));
    l.add(doc("R12", "PM-6.follow-up/Krokom", "Snittet 7 997 kr för de som lämnat inkluderar en som bara minskat.",
        "The 7,997 kr average for leavers includes one who only reduced."));
    l.add(doc("R13", "PM-6.follow-up/Åre", "\"ca 7 600\" kr men (9 000 + 9 000 + 5 000)/3 = 7 666,7.",
        "About 7,600 kr, but (9,000 + 9,000 + 5,000)/3 = 7,666.7."));
    l.add(doc("R14", "PM-6", "Projektsnittet 6 132 kr är snittet av sex kommunsnitt inklusive Östersund; utan Östersund 6 382,4.",
        "The 6,132 kr average is the mean of six municipal averages including Östersund; without it 6,382.4."));
    l.add(doc("R15", "PM-6.follow-up/Östersund", "\"ca 4 879\" kr går inte att återskapa ur beloppen per deltagare.",
        "About 4,879 kr cannot be rebuilt from the per-participant amounts."));
    l.add(doc("R17", "PM-6", "Baslinjen \"en månad innan inskrivning\" tillämpas inte enhetligt.",
        "The one-month-before-entry baseline is not applied uniformly."));
    l.add(doc("R18", "DM1-1", "\"17 djupintervjuade och 25 respondenter\" men intervjuerna ger 14 av 16 och enkäten 27 av 28.",
        "17 interviewees and 25 respondents are claimed; the interviews give 14 of 16 and the survey 27 of 28."));
    l.add(doc("R19", "DM4-3", "Matchningsunderlaget \"pågår fortfarande\" men sägs på annat ställe vara utarbetat.",
        "The matching basis is in progress, but elsewhere said to be produced."));
    l.add(doc("R20", "PM-4.count/Berg", "Bergs PM-4-siffror (2/3, 5 av 15) är identiska med PM-2; möjligen kopierade.",
        "Berg's PM-4 figures equal its PM-2 figures; possibly copied."));
    l.add(doc("R21", "PM-6", "Nämnarna för Bräcke och Krokom kommer från tidigare ögonblicksbilder (13 och 14 avslutade).",
        "Bräcke's and Krokom's denominators come from earlier snapshots (13 and 14 finished)."));
    l.add(doc("R22", "DM2", "Enkäten om jämställdhetsaktiviteter blandar korrigerade och okorrigerade tal: 62 + 28 + 15 = 105 %.",
        "The gender-equality survey mixes corrected and uncorrected counts: 62 + 28 + 15 = 105 %."));
    return l;
  }

  private static Discrepancy doc(String code, String subject, String sv, String en) {
    return Discrepancy.builder().code(code).subject(subject).published("–").computed("–")
        .messageSv(sv).messageEn(en).severity(Severity.INFO).build();
  }
}
