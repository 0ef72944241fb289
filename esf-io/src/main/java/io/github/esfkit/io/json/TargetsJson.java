package io.github.esfkit.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.esfkit.core.Redaction;
import io.github.esfkit.core.participant.ExitDestination;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.indicators.targets.model.Bound;
import io.github.esfkit.indicators.targets.model.Comparison;
import io.github.esfkit.indicators.targets.model.CountBasis;
import io.github.esfkit.indicators.targets.model.CountCriterion;
import io.github.esfkit.indicators.targets.model.Criterion;
import io.github.esfkit.indicators.targets.model.EvaluationData;
import io.github.esfkit.indicators.targets.model.FollowUpCounts;
import io.github.esfkit.indicators.targets.model.FollowUpCriterion;
import io.github.esfkit.indicators.targets.model.FollowUpExclusion;
import io.github.esfkit.indicators.targets.model.FollowUpOutcome;
import io.github.esfkit.indicators.targets.model.FollowUpTally;
import io.github.esfkit.indicators.targets.model.GenderBalanceCriterion;
import io.github.esfkit.indicators.targets.model.GenderCompositionCriterion;
import io.github.esfkit.indicators.targets.model.GenderCounts;
import io.github.esfkit.indicators.targets.model.Goal;
import io.github.esfkit.indicators.targets.model.GoalKind;
import io.github.esfkit.indicators.targets.model.GoalTable;
import io.github.esfkit.indicators.targets.model.Indicator;
import io.github.esfkit.indicators.targets.model.JudgedCriterion;
import io.github.esfkit.indicators.targets.model.Judgement;
import io.github.esfkit.indicators.targets.model.MilestoneCriterion;
import io.github.esfkit.indicators.targets.model.MilestoneProgress;
import io.github.esfkit.indicators.targets.model.MilestoneStatus;
import io.github.esfkit.indicators.targets.model.ParticipantFacts;
import io.github.esfkit.indicators.targets.model.RelativeGenderShareCriterion;
import io.github.esfkit.indicators.targets.model.Selection;
import io.github.esfkit.indicators.targets.model.SelectionCount;
import io.github.esfkit.indicators.targets.model.ShareCriterion;
import io.github.esfkit.indicators.targets.model.SuccessRule;
import io.github.esfkit.indicators.targets.model.SurveyShareCriterion;
import io.github.esfkit.indicators.targets.model.SurveyTally;
import io.github.esfkit.indicators.targets.model.Verdict;
import io.github.esfkit.io.InputErrors;
import io.github.esfkit.io.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The project targets JSON format, version 1 ({@code esfkit-targets-1}): a project's goal table (goals,
 * indicators, criteria over named participant selections) and, optionally, its results as aggregates
 * (counts per selection, sub-project and gender; follow-up tallies; survey answers; milestone progress;
 * the evaluator's judgements) and facts about participations that the participant file does not carry
 * (tags). Read into {@link GoalTable}, {@link EvaluationData} and {@link ParticipantFacts}; every problem of
 * the file is reported at once by line, column and JSON path. {@link #write} produces the same format.
 *
 * <p>Codes are the library's enum constants in lower case ({@code at_least}, {@code woman},
 * {@code left_or_reduced}). Stateless.
 */
public final class TargetsJson {

  /** The value of the {@code format} key. */
  public static final String FORMAT = "esfkit-targets-1";

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** A targets file: the goal table, the results when given, and the facts. */
  public static final class TargetsFile {
    private final GoalTable table;
    private final Optional<EvaluationData> results;
    private final ParticipantFacts facts;

    TargetsFile(GoalTable table, Optional<EvaluationData> results, ParticipantFacts facts) {
      this.table = table;
      this.results = results;
      this.facts = facts;
    }

    /** The goal table. */
    public GoalTable table() {
      return table;
    }

    /** The results as aggregates, when the file has a {@code results} section. */
    public Optional<EvaluationData> results() {
      return results;
    }

    /** Tags of participations (for selections that require or exclude a tag). */
    public ParticipantFacts facts() {
      return facts;
    }
  }

  private TargetsJson() {}

  /** Reads a targets file. */
  public static TargetsFile read(Path path, int maxErrors) throws InvalidInputException {
    return map(path.toString(), JsonInput.read(path), maxErrors);
  }

  /** Reads targets JSON text. */
  public static TargetsFile read(String name, String json) throws InvalidInputException {
    return map(name, JsonInput.read(name, json), InputErrors.DEFAULT_LIMIT);
  }

  /**
   * Reads targets JSON from a stream of at most 16 MiB (bytes are counted while read),
   * named {@code name} in messages (a resource, a pipe, an upload).
   */
  public static TargetsFile read(String name, InputStream in, int maxErrors) throws InvalidInputException, IOException {
    return map(name, JsonInput.read(name, in), maxErrors);
  }

  /** Maps a parsed document. */
  static TargetsFile map(String name, Node root, int maxErrors) throws InvalidInputException {
    InputErrors errors = new InputErrors(maxErrors);
    Fields f = new Fields(name, errors);
    if (!f.object(root, "format", "source", "project", "selections", "goals", "facts", "results")) {
      throw new InvalidInputException(errors);
    }
    f.format(root, FORMAT);
    GoalTable.Builder table = GoalTable.builder();
    f.member(root, "project", true).ifPresent(p -> {
      if (f.object(p, "id", "titleSv", "titleEn", "subProjects")) {
        f.string(p, "id", true).ifPresent(table::projectId);
        f.string(p, "titleSv", true).ifPresent(table::titleSv);
        f.string(p, "titleEn", false).ifPresent(table::titleEn);
        for (Node s : f.array(p, "subProjects", false)) {
          f.text(s).ifPresent(table::addSubProjects);
        }
      }
    });
    Map<String, Selection> selections = new LinkedHashMap<>();
    for (Node s : f.array(root, "selections", true)) {
      selection(f, s).ifPresent(sel -> {
        if (selections.putIfAbsent(sel.id(), sel) != null) {
          f.error(s, "JSON-DUPLICATE-ID", "urvalet " + Redaction.quote(sel.id()) + " finns redan",
              "selection " + Redaction.quote(sel.id()) + " is defined twice");
        }
      });
    }
    for (Node g : f.array(root, "goals", true)) {
      goal(f, g, selections).ifPresent(table::addGoals);
    }
    ParticipantFacts facts = f.member(root, "facts", false).map(n -> facts(f, n)).orElse(ParticipantFacts.none());
    Optional<EvaluationData> results = f.member(root, "results", false).flatMap(n -> results(f, n));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    try {
      return new TargetsFile(table.build(), results, facts);
    } catch (IllegalArgumentException | IllegalStateException e) {
      String msg = Redaction.scrub(e.getMessage());
      f.error(root, "JSON-INVALID", msg, msg);
      throw new InvalidInputException(errors);
    }
  }

  // ------------------------------------------------------------------------------------ goal table

  private static Optional<Selection> selection(Fields f, Node n) {
    if (!f.object(n, "id", "labelSv", "labelEn", "destinations", "requiredTags", "excludedTags", "exitedOnly",
        "includeStruck")) {
      return Optional.empty();
    }
    Selection.Builder b = Selection.builder();
    Optional<String> id = f.string(n, "id", true);
    id.ifPresent(b::id);
    f.string(n, "labelSv", true).ifPresent(b::labelSv);
    b.labelEn(f.string(n, "labelEn", false).orElse(f.string(n, "labelSv", false).orElse("")));
    for (Node d : f.array(n, "destinations", false)) {
      f.code(d, ExitDestination.class).ifPresent(b::addDestinations);
    }
    for (Node t : f.array(n, "requiredTags", false)) {
      f.text(t).ifPresent(b::addRequiredTags);
    }
    for (Node t : f.array(n, "excludedTags", false)) {
      f.text(t).ifPresent(b::addExcludedTags);
    }
    f.bool(n, "exitedOnly", false).ifPresent(b::exitedOnly);
    f.bool(n, "includeStruck", false).ifPresent(b::includeStruck);
    return f.build(n, b::build);
  }

  private static Optional<Goal> goal(Fields f, Node n, Map<String, Selection> selections) {
    if (!f.object(n, "id", "kind", "textSv", "textEn", "indicators")) {
      return Optional.empty();
    }
    Goal.Builder b = Goal.builder();
    f.string(n, "id", true).ifPresent(b::id);
    f.code(n, "kind", GoalKind.class, true).ifPresent(b::goalKind);
    f.string(n, "textSv", true).ifPresent(b::textSv);
    f.string(n, "textEn", false).ifPresent(b::textEn);
    for (Node i : f.array(n, "indicators", true)) {
      indicator(f, i, selections).ifPresent(b::addIndicators);
    }
    return f.build(n, b::build);
  }

  private static Optional<Indicator> indicator(Fields f, Node n, Map<String, Selection> selections) {
    if (!f.object(n, "id", "textSv", "textEn", "notesSv", "criteria")) {
      return Optional.empty();
    }
    Indicator.Builder b = Indicator.builder();
    f.string(n, "id", true).ifPresent(b::id);
    f.string(n, "textSv", true).ifPresent(b::textSv);
    f.string(n, "textEn", false).ifPresent(b::textEn);
    for (Node s : f.array(n, "notesSv", false)) {
      f.text(s).ifPresent(b::addNotesSv);
    }
    for (Node c : f.array(n, "criteria", true)) {
      criterion(f, c, selections).ifPresent(b::addCriteria);
    }
    return f.build(n, b::build);
  }

  private static Optional<Criterion> criterion(Fields f, Node n, Map<String, Selection> sel) {
    Optional<String> type = f.string(n, "type", true);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    switch (type.get()) {
      case "count":
        return count(f, n, sel);
      case "share":
        return share(f, n, sel);
      case "relative_gender_share":
        return relative(f, n, sel);
      case "gender_composition":
        return composition(f, n, sel);
      case "gender_balance":
        return balance(f, n, sel);
      case "survey_share":
        return survey(f, n);
      case "follow_up":
        return followUp(f, n, sel);
      case "milestone":
        return milestone(f, n);
      case "judged":
        return judged(f, n);
      default:
        f.error(n.fields().get("type"), "JSON-CODE", Redaction.quote(type.get()) + " är ingen kriterietyp; tillåtet: "
            + TYPES, Redaction.quote(type.get()) + " is not a criterion type; allowed: " + TYPES);
        return Optional.empty();
    }
  }

  private static final String TYPES =
      "count, share, relative_gender_share, gender_composition, gender_balance, survey_share, follow_up, milestone, judged";

  private static final String[] COMMON = {"id", "type", "textSv", "textEn"};

  private static String[] keys(String... more) {
    String[] all = new String[COMMON.length + more.length];
    System.arraycopy(COMMON, 0, all, 0, COMMON.length);
    System.arraycopy(more, 0, all, COMMON.length, more.length);
    return all;
  }

  private static Optional<Selection> ref(Fields f, Node n, String key, Map<String, Selection> sel, boolean required) {
    return f.string(n, key, required).flatMap(id -> {
      Selection s = sel.get(id);
      if (s == null) {
        f.error(n.fields().get(key), "JSON-UNKNOWN-SELECTION", "urvalet " + Redaction.quote(id) + " finns inte i selections",
            "selection " + Redaction.quote(id) + " is not defined in selections");
      }
      return Optional.ofNullable(s);
    });
  }

  /** The id and texts every criterion has. */
  private static void texts(Fields f, Node n, Consumer<String> id, Consumer<String> sv, Consumer<String> en) {
    f.string(n, "id", true).ifPresent(id);
    f.string(n, "textSv", true).ifPresent(sv);
    f.string(n, "textEn", false).ifPresent(en);
  }

  private static Optional<Criterion> count(Fields f, Node n, Map<String, Selection> sel) {
    if (!f.object(n, keys("counted", "population", "bound", "targets", "total", "basis", "eligibilityBase"))) {
      return Optional.empty();
    }
    CountCriterion.Builder b = CountCriterion.builder();
    texts(f, n, b::id, b::textSv, b::textEn);
    ref(f, n, "counted", sel, true).ifPresent(b::counted);
    ref(f, n, "population", sel, true).ifPresent(b::population);
    ref(f, n, "eligibilityBase", sel, false).ifPresent(b::eligibilityBase);
    f.code(n, "bound", Bound.class, true).ifPresent(b::bound);
    f.code(n, "basis", CountBasis.class, false).ifPresent(b::basis);
    f.count(n, "total").ifPresent(b::totalTarget);
    f.member(n, "targets", false).ifPresent(t -> {
      if (f.object(t, "woman", "man", "non_binary")) {
        for (Gender g : Gender.values()) {
          f.count(t, Fields.codeOf(g))
              .ifPresent(v -> b.putGenderTargets(g, v));
        }
      }
    });
    return f.build(n, b::build);
  }

  private static Optional<Criterion> share(Fields f, Node n, Map<String, Selection> sel) {
    if (!f.object(n, keys("counted", "population", "percent", "bound"))) {
      return Optional.empty();
    }
    ShareCriterion.Builder b = ShareCriterion.builder();
    texts(f, n, b::id, b::textSv, b::textEn);
    ref(f, n, "counted", sel, true).ifPresent(b::counted);
    ref(f, n, "population", sel, true).ifPresent(b::population);
    f.number(n, "percent", true).ifPresent(b::percent);
    f.code(n, "bound", Bound.class, false).ifPresent(b::bound);
    return f.build(n, b::build);
  }

  private static Optional<Criterion> relative(Fields f, Node n, Map<String, Selection> sel) {
    if (!f.object(n, keys("outcome", "reference", "gender", "bound"))) {
      return Optional.empty();
    }
    RelativeGenderShareCriterion.Builder b = RelativeGenderShareCriterion.builder();
    texts(f, n, b::id, b::textSv, b::textEn);
    ref(f, n, "outcome", sel, true).ifPresent(b::outcome);
    ref(f, n, "reference", sel, true).ifPresent(b::reference);
    f.code(n, "gender", Gender.class, false).ifPresent(b::gender);
    f.code(n, "bound", Bound.class, false).ifPresent(b::bound);
    return f.build(n, b::build);
  }

  private static Optional<Criterion> composition(Fields f, Node n, Map<String, Selection> sel) {
    if (!f.object(n, keys("population", "gender", "percent", "comparison", "tolerance"))) {
      return Optional.empty();
    }
    GenderCompositionCriterion.Builder b = GenderCompositionCriterion.builder();
    texts(f, n, b::id, b::textSv, b::textEn);
    ref(f, n, "population", sel, true).ifPresent(b::population);
    f.code(n, "gender", Gender.class, true).ifPresent(b::gender);
    f.number(n, "percent", true).ifPresent(b::percent);
    f.code(n, "comparison", Comparison.class, true).ifPresent(b::comparison);
    f.number(n, "tolerance", false).ifPresent(b::tolerance);
    return f.build(n, b::build);
  }

  private static Optional<Criterion> balance(Fields f, Node n, Map<String, Selection> sel) {
    if (!f.object(n, keys("population", "lowerPercent", "upperPercent"))) {
      return Optional.empty();
    }
    GenderBalanceCriterion.Builder b = GenderBalanceCriterion.builder();
    texts(f, n, b::id, b::textSv, b::textEn);
    ref(f, n, "population", sel, true).ifPresent(b::population);
    f.number(n, "lowerPercent", false).ifPresent(b::lowerPercent);
    f.number(n, "upperPercent", false).ifPresent(b::upperPercent);
    return f.build(n, b::build);
  }

  private static Optional<Criterion> survey(Fields f, Node n) {
    if (!f.object(n, keys("percent", "keepStruckAnswers"))) {
      return Optional.empty();
    }
    SurveyShareCriterion.Builder b = SurveyShareCriterion.builder();
    texts(f, n, b::id, b::textSv, b::textEn);
    f.number(n, "percent", true).ifPresent(b::percent);
    f.bool(n, "keepStruckAnswers", false).ifPresent(b::keepStruckAnswers);
    return f.build(n, b::build);
  }

  private static Optional<Criterion> followUp(Fields f, Node n, Map<String, Selection> sel) {
    if (!f.object(n, keys("population", "monthsAfterExit", "baselineMonthsBeforeEntry", "successRule",
        "successRuleOverrides", "requireLabourMarketLink", "requireConsent", "excludedSubProjects",
        "thresholdPercent"))) {
      return Optional.empty();
    }
    FollowUpCriterion.Builder b = FollowUpCriterion.builder();
    texts(f, n, b::id, b::textSv, b::textEn);
    ref(f, n, "population", sel, true).ifPresent(b::population);
    f.count(n, "monthsAfterExit")
        .ifPresent(v -> b.monthsAfterExit(v.intValue()));
    f.count(n, "baselineMonthsBeforeEntry")
        .ifPresent(v -> b.baselineMonthsBeforeEntry(v.intValue()));
    f.code(n, "successRule", SuccessRule.class, false).ifPresent(b::successRule);
    f.member(n, "successRuleOverrides", false).filter(f::isObject).ifPresent(o -> {
      for (String sub : o.fields().keySet()) {
        f.code(o, sub, SuccessRule.class, true).ifPresent(r -> b.putSuccessRuleOverrides(sub, r));
      }
    });
    f.bool(n, "requireLabourMarketLink", false).ifPresent(b::requireLabourMarketLink);
    f.bool(n, "requireConsent", false).ifPresent(b::requireConsent);
    for (Node s : f.array(n, "excludedSubProjects", false)) {
      f.text(s).ifPresent(b::addExcludedSubProjects);
    }
    f.number(n, "thresholdPercent", false).ifPresent(b::thresholdPercent);
    return f.build(n, b::build);
  }

  private static Optional<Criterion> milestone(Fields f, Node n) {
    if (!f.object(n, keys("deadline"))) {
      return Optional.empty();
    }
    MilestoneCriterion.Builder b = MilestoneCriterion.builder();
    texts(f, n, b::id, b::textSv, b::textEn);
    f.date(n, "deadline", false).ifPresent(b::deadline);
    return f.build(n, b::build);
  }

  private static Optional<Criterion> judged(Fields f, Node n) {
    if (!f.object(n, keys())) {
      return Optional.empty();
    }
    JudgedCriterion.Builder b = JudgedCriterion.builder();
    texts(f, n, b::id, b::textSv, b::textEn);
    return f.build(n, b::build);
  }

  // ---------------------------------------------------------------------------------- facts, results

  private static ParticipantFacts facts(Fields f, Node n) {
    ParticipantFacts.Builder b = ParticipantFacts.builder();
    if (!f.object(n, "tags")) {
      return b.build();
    }
    f.member(n, "tags", false).filter(f::isObject).ifPresent(t -> {
      for (Map.Entry<String, Node> e : t.fields().entrySet()) {
        Set<String> tags = new LinkedHashSet<>();
        for (Node x : f.array(t, e.getKey(), true)) {
          f.text(x).ifPresent(tags::add);
        }
        b.putTags(e.getKey(), tags);
      }
    });
    return b.build();
  }

  private static Optional<EvaluationData> results(Fields f, Node n) {
    if (!f.object(n, "asOf", "counts", "followUps", "surveys", "milestones", "judgements")) {
      return Optional.empty();
    }
    EvaluationData.Builder b = EvaluationData.builder();
    Optional<LocalDate> asOf = f.date(n, "asOf", true);
    asOf.ifPresent(b::asOf);
    f.entries(n, "counts", (id, sc) -> {
      SelectionCount.Builder c = SelectionCount.builder();
      if (!f.isObject(sc)) {
        return;
      }
      for (Map.Entry<String, Node> sub : sc.fields().entrySet()) {
        genderCounts(f, sub.getValue()).ifPresent(g -> c.putBySubProject(sub.getKey(), g));
      }
      b.putCounts(id, c.build());
    });
    f.entries(n, "followUps", (id, fu) -> {
      FollowUpTally.Builder t = FollowUpTally.builder();
      if (!f.isObject(fu)) {
        return;
      }
      for (Map.Entry<String, Node> sub : fu.fields().entrySet()) {
        Node s = sub.getValue();
        if (!f.object(s, "outcomes", "exclusions")) {
          continue;
        }
        FollowUpCounts.Builder c = FollowUpCounts.builder();
        f.member(s, "outcomes", false).ifPresent(o -> {
          if (f.object(o, Fields.codes(FollowUpOutcome.values()))) {
            for (FollowUpOutcome x : FollowUpOutcome.values()) {
              f.count(o, Fields.codeOf(x))
                  .ifPresent(v -> c.putOutcomes(x, v));
            }
          }
        });
        f.member(s, "exclusions", false).ifPresent(o -> {
          if (f.object(o, Fields.codes(FollowUpExclusion.values()))) {
            for (FollowUpExclusion x : FollowUpExclusion.values()) {
              f.count(o, Fields.codeOf(x))
                  .ifPresent(v -> c.putExclusions(x, v));
            }
          }
        });
        t.putBySubProject(sub.getKey(), c.build());
      }
      b.putFollowUps(id, t.build());
    });
    f.entries(n, "surveys", (id, s) -> {
      if (!f.object(s, "yes", "no", "struckYes", "struckNo", "noNeed", "noAnswer")) {
        return;
      }
      SurveyTally.Builder t = SurveyTally.builder();
      f.count(s, "yes").ifPresent(t::yes);
      f.count(s, "no").ifPresent(t::no);
      f.count(s, "struckYes").ifPresent(t::struckYes);
      f.count(s, "struckNo").ifPresent(t::struckNo);
      f.count(s, "noNeed").ifPresent(t::noNeed);
      f.count(s, "noAnswer").ifPresent(t::noAnswer);
      b.putSurveys(id, t.build());
    });
    f.entries(n, "milestones", (id, m) -> {
      if (!f.object(m, "status", "evidenceSv", "doneOn")) {
        return;
      }
      MilestoneProgress.Builder p = MilestoneProgress.builder();
      Optional<MilestoneStatus> st = f.code(m, "status", MilestoneStatus.class, true);
      st.ifPresent(p::status);
      p.evidenceSv(f.string(m, "evidenceSv", false).orElse(""));
      f.date(m, "doneOn", false).ifPresent(p::doneOn);
      if (st.isPresent()) {
        f.build(m, p::build).ifPresent(x -> b.putMilestones(id, x));
      }
    });
    f.entries(n, "judgements", (id, j) -> {
      if (!f.object(j, "verdict", "statementSv", "judgedBy")) {
        return;
      }
      Judgement.Builder p = Judgement.builder();
      Optional<Verdict> v = f.code(j, "verdict", Verdict.class, true);
      v.ifPresent(p::verdict);
      p.statementSv(f.string(j, "statementSv", false).orElse(""));
      f.string(j, "judgedBy", false).ifPresent(p::judgedBy);
      if (v.isPresent()) {
        f.build(j, p::build).ifPresent(x -> b.putJudgements(id, x));
      }
    });
    if (asOf.isEmpty()) {
      return Optional.empty();
    }
    return f.build(n, b::build);
  }

  private static Optional<GenderCounts> genderCounts(Fields f, Node n) {
    if (!f.object(n, "women", "men", "nonBinary", "unknown")) {
      return Optional.empty();
    }
    GenderCounts.Builder g = GenderCounts.builder();
    f.count(n, "women").ifPresent(g::women);
    f.count(n, "men").ifPresent(g::men);
    f.count(n, "nonBinary").ifPresent(g::nonBinary);
    f.count(n, "unknown").ifPresent(g::unknown);
    return Optional.of(g.build());
  }

  // ------------------------------------------------------------------------------------------ write

  /** Writes a goal table with optional results and facts in this format. */
  public static String write(GoalTable table, Optional<EvaluationData> results, ParticipantFacts facts,
      @Nullable String source) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    if (source != null) {
      root.put("source", source);
    }
    ObjectNode project = root.putObject("project");
    project.put("id", table.projectId());
    project.put("titleSv", table.titleSv());
    table.titleEn().ifPresent(t -> project.put("titleEn", t));
    ArrayNode subs = project.putArray("subProjects");
    table.subProjects().forEach(subs::add);
    ArrayNode sels = root.putArray("selections");
    for (Selection s : table.selections().values()) {
      ObjectNode o = sels.addObject();
      o.put("id", s.id());
      o.put("labelSv", s.labelSv());
      o.put("labelEn", s.labelEn());
      if (!s.destinations().isEmpty()) {
        ArrayNode d = o.putArray("destinations");
        s.destinations().forEach(x -> d.add(Fields.codeOf(x)));
      }
      if (!s.requiredTags().isEmpty()) {
        ArrayNode d = o.putArray("requiredTags");
        s.requiredTags().forEach(d::add);
      }
      if (!s.excludedTags().isEmpty()) {
        ArrayNode d = o.putArray("excludedTags");
        s.excludedTags().forEach(d::add);
      }
      o.put("exitedOnly", s.exitedOnly());
      o.put("includeStruck", s.includeStruck());
    }
    ArrayNode goals = root.putArray("goals");
    for (Goal g : table.goals()) {
      ObjectNode go = goals.addObject();
      go.put("id", g.id());
      go.put("kind", Fields.codeOf(g.goalKind()));
      go.put("textSv", g.textSv());
      g.textEn().ifPresent(t -> go.put("textEn", t));
      ArrayNode inds = go.putArray("indicators");
      for (Indicator i : g.indicators()) {
        ObjectNode io = inds.addObject();
        io.put("id", i.id());
        io.put("textSv", i.textSv());
        i.textEn().ifPresent(t -> io.put("textEn", t));
        if (!i.notesSv().isEmpty()) {
          ArrayNode notes = io.putArray("notesSv");
          i.notesSv().forEach(notes::add);
        }
        ArrayNode crit = io.putArray("criteria");
        for (Criterion c : i.criteria()) {
          writeCriterion(crit.addObject(), c);
        }
      }
    }
    if (!facts.tags().isEmpty()) {
      ObjectNode tags = root.putObject("facts").putObject("tags");
      facts.tags().forEach((id, t) -> {
        ArrayNode a = tags.putArray(id);
        t.forEach(a::add);
      });
    }
    results.ifPresent(r -> writeResults(root.putObject("results"), r));
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static void writeCriterion(ObjectNode o, Criterion c) {
    o.put("id", c.id());
    o.put("textSv", c.textSv());
    c.textEn().ifPresent(t -> o.put("textEn", t));
    c.match(new CriterionFields(o));
  }

  /** Writes a criterion's type and the fields of its kind: one case per kind, so a new kind must be written. */
  private static final class CriterionFields implements Criterion.Cases<ObjectNode> {
    private final ObjectNode o;

    CriterionFields(ObjectNode o) {
      this.o = o;
    }

    @Override
    public ObjectNode count(CountCriterion x) {
      o.put("type", "count");
      o.put("counted", x.counted().id());
      o.put("population", x.population().id());
      x.eligibilityBase().ifPresent(s -> o.put("eligibilityBase", s.id()));
      o.put("bound", Fields.codeOf(x.bound()));
      x.totalTarget().ifPresent(t -> o.put("total", t));
      if (!x.genderTargets().isEmpty()) {
        ObjectNode t = o.putObject("targets");
        x.genderTargets().forEach((g, v) -> t.put(Fields.codeOf(g), v));
      }
      return o.put("basis", Fields.codeOf(x.basis()));
    }

    @Override
    public ObjectNode share(ShareCriterion x) {
      o.put("type", "share");
      o.put("counted", x.counted().id());
      o.put("population", x.population().id());
      o.put("percent", x.percent());
      return o.put("bound", Fields.codeOf(x.bound()));
    }

    @Override
    public ObjectNode relativeGenderShare(RelativeGenderShareCriterion x) {
      o.put("type", "relative_gender_share");
      o.put("outcome", x.outcome().id());
      o.put("reference", x.reference().id());
      o.put("gender", Fields.codeOf(x.gender()));
      return o.put("bound", Fields.codeOf(x.bound()));
    }

    @Override
    public ObjectNode genderComposition(GenderCompositionCriterion x) {
      o.put("type", "gender_composition");
      o.put("population", x.population().id());
      o.put("gender", Fields.codeOf(x.gender()));
      o.put("percent", x.percent());
      o.put("comparison", Fields.codeOf(x.comparison()));
      x.tolerance().ifPresent(t -> o.put("tolerance", t));
      return o;
    }

    @Override
    public ObjectNode genderBalance(GenderBalanceCriterion x) {
      o.put("type", "gender_balance");
      o.put("population", x.population().id());
      o.put("lowerPercent", x.lowerPercent());
      return o.put("upperPercent", x.upperPercent());
    }

    @Override
    public ObjectNode surveyShare(SurveyShareCriterion x) {
      o.put("type", "survey_share");
      o.put("percent", x.percent());
      return o.put("keepStruckAnswers", x.keepStruckAnswers());
    }

    @Override
    public ObjectNode followUp(FollowUpCriterion x) {
      o.put("type", "follow_up");
      o.put("population", x.population().id());
      o.put("monthsAfterExit", x.monthsAfterExit());
      o.put("baselineMonthsBeforeEntry", x.baselineMonthsBeforeEntry());
      o.put("successRule", Fields.codeOf(x.successRule()));
      if (!x.successRuleOverrides().isEmpty()) {
        ObjectNode ov = o.putObject("successRuleOverrides");
        x.successRuleOverrides().forEach((k, v) -> ov.put(k, Fields.codeOf(v)));
      }
      o.put("requireLabourMarketLink", x.requireLabourMarketLink());
      o.put("requireConsent", x.requireConsent());
      if (!x.excludedSubProjects().isEmpty()) {
        ArrayNode a = o.putArray("excludedSubProjects");
        x.excludedSubProjects().forEach(a::add);
      }
      x.thresholdPercent().ifPresent(t -> o.put("thresholdPercent", t));
      return o;
    }

    @Override
    public ObjectNode milestone(MilestoneCriterion x) {
      o.put("type", "milestone");
      x.deadline().ifPresent(d -> o.put("deadline", d.toString()));
      return o;
    }

    @Override
    public ObjectNode judged(JudgedCriterion x) {
      return o.put("type", "judged");
    }
  }

  private static void writeResults(ObjectNode o, EvaluationData r) {
    o.put("asOf", r.asOf().toString());
    ObjectNode counts = o.putObject("counts");
    r.counts().forEach((id, sc) -> {
      ObjectNode s = counts.putObject(id);
      sc.bySubProject().forEach((sub, g) -> {
        ObjectNode x = s.putObject(sub);
        x.put("women", g.women());
        x.put("men", g.men());
        if (g.nonBinary() != 0) {
          x.put("nonBinary", g.nonBinary());
        }
        if (g.unknown() != 0) {
          x.put("unknown", g.unknown());
        }
      });
    });
    if (!r.followUps().isEmpty()) {
      ObjectNode fus = o.putObject("followUps");
      r.followUps().forEach((id, t) -> {
        ObjectNode s = fus.putObject(id);
        t.bySubProject().forEach((sub, c) -> {
          ObjectNode x = s.putObject(sub);
          if (!c.outcomes().isEmpty()) {
            ObjectNode oc = x.putObject("outcomes");
            c.outcomes().forEach((k, v) -> oc.put(Fields.codeOf(k), v));
          }
          if (!c.exclusions().isEmpty()) {
            ObjectNode ex = x.putObject("exclusions");
            c.exclusions().forEach((k, v) -> ex.put(Fields.codeOf(k), v));
          }
        });
      });
    }
    if (!r.surveys().isEmpty()) {
      ObjectNode sv = o.putObject("surveys");
      r.surveys().forEach((id, t) -> {
        ObjectNode x = sv.putObject(id);
        x.put("yes", t.yes());
        x.put("no", t.no());
        x.put("struckYes", t.struckYes());
        x.put("struckNo", t.struckNo());
        x.put("noNeed", t.noNeed());
        x.put("noAnswer", t.noAnswer());
      });
    }
    if (!r.milestones().isEmpty()) {
      ObjectNode ms = o.putObject("milestones");
      r.milestones().forEach((id, m) -> {
        ObjectNode x = ms.putObject(id);
        x.put("status", Fields.codeOf(m.status()));
        x.put("evidenceSv", m.evidenceSv());
        m.doneOn().ifPresent(d -> x.put("doneOn", d.toString()));
      });
    }
    if (!r.judgements().isEmpty()) {
      ObjectNode js = o.putObject("judgements");
      r.judgements().forEach((id, j) -> {
        ObjectNode x = js.putObject(id);
        x.put("verdict", Fields.codeOf(j.verdict()));
        x.put("statementSv", j.statementSv());
        j.judgedBy().ifPresent(b -> x.put("judgedBy", b));
      });
    }
  }
}
