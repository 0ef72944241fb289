package io.github.esfkit.examples.cli;

import io.github.esfkit.budget.Amounts;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.esfkit.budget.BudgetOverview;
import io.github.esfkit.budget.CoFinancingTable;
import io.github.esfkit.budget.CostTable;
import io.github.esfkit.budget.FinancingSummary;
import io.github.esfkit.budget.OverviewLine;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.core.Share;
import io.github.esfkit.budget.application.Application;
import io.github.esfkit.core.Language;
import io.github.esfkit.core.organisation.OrganisationRole;
import io.github.esfkit.core.programme.Call;
import io.github.esfkit.core.programme.FlatRateOption;
import io.github.esfkit.core.project.Phase;
import io.github.esfkit.core.project.Project;
import io.github.esfkit.core.project.SubProject;
import io.github.esfkit.core.validation.ValidationResult;
import io.github.esfkit.core.validation.Violation;
import io.github.esfkit.io.json.ApplicationJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.OptionalInt;
import javax.money.MonetaryAmount;

/**
 * The JSON output of {@code esf check} ({@code esfkit-check-result-1}, schema in {@code
 * docs/schemas/esfkit-check-result-1.schema.json}): language-independent data — codes, ids, money as
 * decimal strings in SEK, shares as exact fractions with a rounded percent, booleans — and human wording
 * only in the top-level {@code labels} object (the finding messages in the chosen language). Names and
 * identifiers come from the input; organisation numbers that may be personnummer are masked.
 */
final class CheckJson {

  /** The value of the {@code format} key. */
  static final String FORMAT = "esfkit-check-result-1";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CheckJson() {}

  static String write(ApplicationJson.ApplicationFile in, ValidationResult findings, Language language) {
    Application a = in.application();
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    a.project().ifPresent(p -> project(root.putObject("project"), p));
    a.call().ifPresent(c -> call(root.putObject("call"), c));
    a.budget().ifPresent(b -> {
      ObjectNode budget = root.putObject("budget");
      budget.put("programmePeriod", b.programmePeriod().name());
      a.overview().ifPresentOrElse(o -> overview(budget, o), () -> budget.putNull("overview"));
      if (a.overview().isPresent()) {
        ArrayNode cos = budget.putArray("coFinanciers");
        b.coFinancingByContributor().forEach((who, amount) -> {
          ObjectNode c = cos.addObject();
          c.put("name", Sanitizer.oneLine(who.name()));
          c.put("organisationsnummer", Shown.organisationsnummer(who.organisationsnummerAsPrinted()));
          who.cfarAsPrinted().ifPresentOrElse(x -> c.put("cfar", Shown.cfar(x)), () -> c.putNull("cfar"));
          c.put("amount", money(amount));
        });
      }
    });
    a.project().filter(p -> !p.subProjects().isEmpty()).ifPresent(p -> subProjects(root.putArray("subProjects"), p, a));
    a.statedFinancing().ifPresent(f -> financing(root.putObject("statedFinancing"), f));
    if (!a.subProjectBudgets().isEmpty()) {
      a.combinedFinancing().ifPresent(f -> financing(root.putObject("combinedFinancing"), f));
    }
    in.goalTable().ifPresent(g -> {
      ArrayNode goals = root.putArray("goals");
      g.goals().forEach(goal -> goals.addObject().put("id", goal.id()).put("indicators", goal.indicators().size()));
    });
    ArrayNode list = root.putArray("findings");
    ObjectNode labels = root.putObject("labels");
    labels.put("language", language.name().toLowerCase(java.util.Locale.ROOT));
    ArrayNode messages = labels.putArray("findings");
    for (Violation v : findings.violations()) {
      list.addObject().put("ruleId", v.ruleId()).put("severity", v.severity().name()).put("path", v.path());
      messages.add(Sanitizer.oneLine(v.message(language)));
    }
    root.put("errors", findings.errors().size());
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("JSON output failed", e);
    }
  }

  private static void project(ObjectNode n, Project p) {
    n.put("name", Sanitizer.oneLine(p.name()));
    p.diarienummer().ifPresentOrElse(d -> n.put("diarienummer", d.toString()), () -> n.putNull("diarienummer"));
    n.put("first", p.firstDay().toString());
    n.put("last", p.lastDay().toString());
    ArrayNode phases = n.putArray("phases");
    for (Phase ph : p.phases()) {
      ObjectNode x = phases.addObject().put("kind", ph.kind().name()).put("first", ph.firstDay().toString())
          .put("last", ph.lastDay().toString());
      intOrNull(x, "statedMonths", ph.statedMonths());
    }
    ArrayNode orgs = n.putArray("organisations");
    organisation(orgs.addObject(), p.owner().name(), p.owner().organisationsnummerAsPrinted().orElse(null),
        p.ownerWorkplace().map(w -> w.cfarAsPrinted()).orElse(null), p.owner().kind().name(), "PROJECT_OWNER");
    for (OrganisationRole row : p.organisations()) {
      organisation(orgs.addObject(), row.organisation().name(), row.organisation().organisationsnummerAsPrinted().orElse(null),
          row.workplace().map(w -> w.cfarAsPrinted()).orElse(null), row.organisation().kind().name(), row.role().name());
    }
  }

  private static void organisation(ObjectNode n, String name, String orgnr, String cfar, String kind, String role) {
    n.put("name", Sanitizer.oneLine(name));
    if (orgnr == null) {
      n.putNull("organisationsnummer");
    } else {
      n.put("organisationsnummer", Shown.organisationsnummer(orgnr));
    }
    if (cfar == null) {
      n.putNull("cfar");
    } else {
      n.put("cfar", Shown.cfar(cfar));
    }
    n.put("kind", kind);
    n.put("role", role);
  }

  private static void call(ObjectNode n, Call c) {
    n.put("diarienummer", c.diarienummer().toString());
    n.put("programmePeriod", c.programmePeriod().name());
    n.put("programmeArea", c.programmeArea().name());
    c.specificObjective().ifPresentOrElse(o -> n.put("specificObjective", o.code()), () -> n.putNull("specificObjective"));
    ArrayNode regions = n.putArray("regions");
    c.regions().forEach(r -> regions.add(r.name()));
    n.put("requiredCoFinancingPercent", c.requiredCoFinancingPercent().toPlainString());
    ArrayNode rates = n.putArray("allowedFlatRates");
    for (FlatRateOption o : FlatRateOption.values()) {
      if (c.allowedFlatRates().contains(o)) {
        rates.add(o.name());
      }
    }
  }

  private static void overview(ObjectNode budget, BudgetOverview o) {
    ArrayNode lines = budget.putArray("overview");
    for (OverviewLine line : o.lines()) {
      ObjectNode x = lines.addObject().put("row", line.row().name());
      switch (line.row()) {
        case ESF_GRANT_SHARE:
          share(x.putObject("share"), o.esfShare());
          break;
        case CO_FINANCING_SHARE:
          share(x.putObject("share"), o.coFinancingShare());
          break;
        case REQUIRED_CO_FINANCING_SHARE:
          line.percent().ifPresentOrElse(p -> x.put("percent", p.toPlainString()), () -> x.putNull("percent"));
          break;
        default:
          x.put("amount", money(line.amount().orElseThrow()));
      }
    }
    ArrayNode costs = budget.putArray("costTables");
    for (CostTable t : o.costTables()) {
      ObjectNode x = costs.addObject().put("section", t.section().name());
      ArrayNode rows = x.putArray("rows");
      t.rows().forEach((category, amount) -> rows.addObject().put("category", category.name()).put("amount", money(amount)));
      x.put("total", money(t.total()));
    }
    ArrayNode co = budget.putArray("coFinancingTables");
    for (CoFinancingTable t : o.coFinancingTables()) {
      ObjectNode x = co.addObject().put("category", t.category().name());
      ArrayNode rows = x.putArray("rows");
      t.rows().forEach((sub, amount) -> rows.addObject().put("subLine", sub.name()).put("amount", money(amount)));
      x.put("total", money(t.total()));
    }
    if (o.requirementStatus() != io.github.esfkit.budget.RequirementStatus.NOT_CHECKED) {
      budget.put("requirementMet", o.requirementStatus().isMet());
    } else {
      budget.putNull("requirementMet");
    }
    o.shortfall().ifPresentOrElse(s -> {
      ObjectNode x = budget.putObject("shortfall");
      x.put("atFixedTotalFinancing", money(s.atFixedTotalFinancing()));
      s.atFixedEsfGrant().ifPresentOrElse(m -> x.put("atFixedEsfGrant", money(m)), () -> x.putNull("atFixedEsfGrant"));
      x.put("rounding", s.rounding().name());
    }, () -> budget.putNull("shortfall"));
  }

  private static void subProjects(ArrayNode list, Project p, Application a) {
    Map<String, BudgetOverview> budgets = a.subProjectOverviews();
    for (SubProject s : p.subProjects()) {
      ObjectNode x = list.addObject().put("name", Sanitizer.oneLine(s.name()));
      s.municipality().ifPresentOrElse(m -> x.put("municipality", Sanitizer.oneLine(m)), () -> x.putNull("municipality"));
      intOrNull(x, "plannedParticipants", s.plannedParticipants());
      intOrNull(x, "plannedWomen", s.plannedWomen());
      intOrNull(x, "plannedMen", s.plannedMen());
      intOrNull(x, "plannedCoFinancingParticipants", s.plannedCoFinancingParticipants());
      BudgetOverview o = budgets.get(s.name());
      if (o == null) {
        x.putNull("budget");
      } else {
        financing(x.putObject("budget"), FinancingSummary.of(o.totalFinancing(), o.esfGrant()));
      }
    }
  }

  private static void financing(ObjectNode n, FinancingSummary f) {
    n.put("totalFinancing", money(f.totalFinancing()));
    n.put("esfGrant", money(f.esfGrant()));
    n.put("coFinancing", money(f.coFinancing()));
    share(n.putObject("esfShare"), f.esfShare());
    share(n.putObject("coFinancingShare"), f.coFinancingShare());
  }

  private static void intOrNull(ObjectNode n, String key, OptionalInt v) {
    if (v.isPresent()) {
      n.put(key, v.getAsInt());
    } else {
      n.putNull(key);
    }
  }

  private static String money(MonetaryAmount m) {
    return plain(Amounts.number(m));
  }

  private static String plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  private static void share(ObjectNode n, Share s) {
    n.put("numerator", plain(s.numerator()));
    n.put("denominator", plain(s.denominator()));
    if (s.isDefined()) {
      n.put("percent", s.percent(4, RoundingMode.HALF_UP).orElseThrow().toPlainString());
    } else {
      n.putNull("percent");
    }
  }
}
