package io.github.esfkit.indicators.targets;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static io.github.esfkit.indicators.targets.Fixtures.ALL;
import static io.github.esfkit.indicators.targets.Fixtures.OUT;
import static io.github.esfkit.indicators.targets.Fixtures.counts;
import static io.github.esfkit.indicators.targets.Fixtures.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.esfkit.core.Language;
import io.github.esfkit.core.Share;
import io.github.esfkit.core.testing.SourceFiles;
import io.github.esfkit.core.validation.Violation;
import io.github.esfkit.indicators.targets.evaluation.internal.CriterionOutcome;
import io.github.esfkit.indicators.targets.evaluation.internal.EvaluationContext;
import io.github.esfkit.indicators.targets.evaluation.internal.Evaluators;
import io.github.esfkit.indicators.targets.evaluation.internal.ShareOutcome;
import io.github.esfkit.indicators.targets.evaluation.internal.UndeterminedOutcome;
import io.github.esfkit.indicators.targets.model.Criterion;
import io.github.esfkit.indicators.targets.model.CriterionKind;
import io.github.esfkit.indicators.targets.model.CriterionStatus;
import io.github.esfkit.indicators.targets.model.EvaluationMode;
import io.github.esfkit.indicators.targets.model.GoalTable;
import io.github.esfkit.indicators.targets.model.JudgedCriterion;
import io.github.esfkit.indicators.targets.model.ShareCriterion;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The targets package split: evaluation computes without wording, the text layer words, and each criterion
 * kind has its evaluator returning a structured outcome.
 */
class TargetsLayersTest {

  private static final String EVALUATION = "io.github.esfkit.indicators.targets.evaluation.internal";
  private static final Path EVALUATION_SOURCES =
      Path.of("src", "main", "java", "io", "github", "esfkit", "indicators", "targets", "evaluation", "internal");

  private static JavaClasses evaluationClasses() {
    return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(EVALUATION);
  }

  @Test
  void evaluationDependsOnNoWording() {
    JavaClasses classes = evaluationClasses();
    assertThat(classes.size()).as("classes imported").isGreaterThan(15);
    noClasses().should().dependOnClassesThat().resideInAPackage("io.github.esfkit.indicators.targets.text..")
        .orShould().dependOnClassesThat().haveSimpleName("Words")
        .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Text")
        .orShould().dependOnClassesThat().belongToAnyOf(Language.class, Violation.class)
        .because("evaluation returns numbers and statuses; the text layer makes the sentences")
        .check(classes);
  }

  @Test
  void evaluationSourcesContainNoSentences() {
    List<String> found = new ArrayList<>();
    for (Path file : SourceFiles.javaFiles(EVALUATION_SOURCES)) {
      found.addAll(sentences(file.getFileName().toString(), SourceFiles.read(file)));
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theSentenceCheckFindsWordingInCode() {
    assertThat(sentences("X.java", "/** Uppfyllt \"om\" inte. */ class X { String id = \"total\"; }")).isEmpty();
    assertThat(sentences("X.java", "class X { String s = \"uppgifter saknas\"; }")).hasSize(1);
    assertThat(sentences("X.java", "class X { String s = \"män\"; }")).hasSize(1);
    assertThat(sentences("X.java", "class X { String s = \"60 %\"; }")).hasSize(1);
    assertThat(sentences("X.java", "class X { String s = \" av \"; }")).hasSize(1);
  }

  @Test
  void criterionEvaluationIsGone() {
    assertThatThrownBy(() -> Class.forName("io.github.esfkit.indicators.targets.CriterionEvaluation"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThat(Criterion.class.isSealed()).isTrue();
    assertThat(Criterion.class.getPermittedSubclasses()).hasSize(CriterionKind.values().length);
  }

  @Test
  void oneDispatchCasePerKindAndOutcome() {
    assertThat(Criterion.Cases.class.getDeclaredMethods()).hasSize(CriterionKind.values().length);
    assertThat(CriterionOutcome.class.getPermittedSubclasses()).hasSize(CriterionKind.values().length + 1);
    assertThat(CriterionOutcome.Cases.class.getDeclaredMethods()).hasSize(CriterionKind.values().length + 1);
    ShareCriterion sixty = ShareCriterion.builder().id("s").textSv("60 %").counted(OUT).population(ALL)
        .percent(BigDecimal.valueOf(60)).build();
    JudgedCriterion judged = JudgedCriterion.builder().id("j").textSv("Bedöms").build();
    assertThat(sixty.match(caseNames(Criterion.Cases.class))).isEqualTo("share");
    assertThat(judged.match(caseNames(Criterion.Cases.class))).isEqualTo("judged");
    CriterionOutcome outcome = Evaluators.evaluate(sixty, new EvaluationContext(Fixtures.table(sixty),
        data(Map.of("out", counts("A", 3, 3), "all", counts("A", 5, 5))), EvaluationMode.TOTAL));
    assertThat(outcome.match(caseNames(CriterionOutcome.Cases.class))).isEqualTo("share");
  }

  /** A {@code Cases} whose every case returns its own name. */
  @SuppressWarnings("unchecked")
  private static <T> T caseNames(Class<T> cases) {
    return (T) java.lang.reflect.Proxy.newProxyInstance(cases.getClassLoader(), new Class<?>[] {cases},
        (proxy, method, args) -> method.getName());
  }

  @Test
  void theShareEvaluatorReturnsNumbersNotWords() {
    ShareCriterion sixty = ShareCriterion.builder().id("s").textSv("60 %").counted(OUT).population(ALL)
        .percent(BigDecimal.valueOf(60)).build();
    GoalTable table = Fixtures.table(sixty);
    CriterionOutcome met = Evaluators.evaluate(sixty, new EvaluationContext(table,
        data(Map.of("out", counts("A", 30, 30, "B", 2, 0), "all", counts("A", 50, 50, "B", 2, 0))), EvaluationMode.TOTAL));
    assertThat(met).isInstanceOf(ShareOutcome.class);
    assertThat(((ShareOutcome) met).share()).isEqualTo(Share.of(62, 102));
    assertThat(met.status()).isEqualTo(CriterionStatus.MET);
    assertThat(met.lines()).extracting(l -> l.subProject() + ":" + l.count() + "/" + l.denominator())
        .containsExactly("A:60/100", "B:2/2");

    CriterionOutcome empty = Evaluators.evaluate(sixty, new EvaluationContext(table,
        data(Map.of("out", counts("A", 0, 0), "all", counts("A", 0, 0))), EvaluationMode.TOTAL));
    assertThat(empty).isInstanceOf(UndeterminedOutcome.class);
    assertThat(((UndeterminedOutcome) empty).reason()).isEqualTo(UndeterminedOutcome.Reason.ZERO_DENOMINATOR);
    assertThat(empty.figures()).isNotEmpty();

    CriterionOutcome missing = Evaluators.evaluate(sixty, new EvaluationContext(table, data(Map.of()),
        EvaluationMode.TOTAL));
    assertThat(((UndeterminedOutcome) missing).reason()).isEqualTo(UndeterminedOutcome.Reason.NO_COUNTS_FOR_SELECTIONS);
  }

  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  /** What a phrase has and an id, a scope or a parameter name has not: blanks, punctuation, Swedish letters. */
  private static final Pattern PHRASE = Pattern.compile(".*[\\s,:;%()!?åäöÅÄÖ].*");

  private static List<String> sentences(String fileName, String source) {
    List<String> found = new ArrayList<>();
    Matcher m = LITERAL.matcher(SourceFiles.withoutComments(source));
    while (m.find()) {
      if (PHRASE.matcher(m.group(1)).matches()) {
        found.add(fileName + ": \"" + m.group(1) + "\"");
      }
    }
    return found;
  }
}
