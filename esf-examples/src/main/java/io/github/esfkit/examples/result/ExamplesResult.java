package io.github.esfkit.examples.result;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.esfkit.core.Language;
import io.github.esfkit.core.Redaction;
import io.github.esfkit.examples.catalogue.Check;
import io.github.esfkit.examples.catalogue.Example;
import io.github.esfkit.io.result.ResultJson;
import java.util.List;

/**
 * The data of {@code esf examples --format json}: format {@code esfkit-examples-result-1}
 * ({@code docs/schemas/esfkit-examples-result-1.schema.json}). The data part comes from a run in English, whose
 * figures use a full stop as decimal separator; the labels (what each check is, and the figures as shown in the
 * chosen language) from a run in that language. Stateless and thread-safe.
 */
public final class ExamplesResult {

  private ExamplesResult() {}

  /** The examples without running them ({@code --list}). */
  public static ObjectNode list(List<Example> examples, Language language) {
    ObjectNode root = ResultJson.result("examples");
    ObjectNode labels = ResultJson.labels(root, language);
    ObjectNode titles = labels.putObject("examples");
    ArrayNode list = root.putArray("examples");
    for (Example e : examples) {
      list.addObject().put("id", e.id());
      titles.putObject(e.id()).put("title", e.title(language)).put("reproduces", e.reproduces(language));
    }
    return root;
  }

  /** Runs every example and gives, per check, whether it matched and both figures. */
  public static ObjectNode run(List<Example> examples, Language language) {
    ObjectNode root = ResultJson.result("examples");
    ObjectNode labels = ResultJson.labels(root, language);
    labels.put("title", language.pick("Exempel: esfkit återskapar verkliga ESF-projekt",
        "Examples: esfkit reproduces real ESF projects"));
    ObjectNode exampleLabels = labels.putObject("examples");
    ArrayNode list = root.putArray("examples");
    boolean all = true;
    for (Example e : examples) {
      List<Check> data = runSafely(e, Language.EN);
      List<Check> shown = language == Language.EN ? data : runSafely(e, language);
      long ok = data.stream().filter(Check::matched).count();
      boolean matched = !data.isEmpty() && ok == data.size();
      all &= matched;
      ObjectNode en = list.addObject();
      en.put("id", e.id());
      en.put("matched", matched);
      en.put("checksMatched", ok);
      en.put("checks", data.size());
      ArrayNode checks = en.putArray("results");
      ObjectNode el = exampleLabels.putObject(e.id());
      el.put("title", e.title(language)).put("reproduces", e.reproduces(language));
      ArrayNode checkLabels = el.putArray("checks");
      for (int i = 0; i < data.size(); i++) {
        Check c = data.get(i);
        checks.addObject().put("matched", c.matched()).put("source", c.expected()).put("esfkit", c.actual());
        Check s = i < shown.size() ? shown.get(i) : c;
        checkLabels.addObject().put("what", s.what()).put("source", s.expected()).put("esfkit", s.actual());
      }
    }
    root.put("matched", all);
    return root;
  }

  /** Runs an example; an example that throws yields one failed check naming the exception, never a stack trace. */
  public static List<Check> runSafely(Example e, Language language) {
    try {
      return e.run(language);
    } catch (Exception | LinkageError ex) {
      return List.of(Check.failed(language.pick("exemplet kördes", "example ran"), "ok",
          Redaction.scrub(ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage()))));
    }
  }
}
