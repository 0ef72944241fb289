package io.github.esfkit.examples.report;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.validation.Severity;
import io.github.esfkit.core.validation.ValidationResult;
import io.github.esfkit.core.validation.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What a command prints (rapport), independent of the output format: a title, lines of text, tables and
 * findings. {@link ReportRenderer} turns it into text, Markdown or JSON. Built once, then rendered.
 */
public final class Report {

  /** One block of the report, in order. */
  public interface Block {}

  /** A paragraph of text. */
  public static final class Paragraph implements Block {
    private final String text;

    Paragraph(String text) {
      this.text = io.github.esfkit.core.Redaction.scrub(text); // free text from input reaches every format: one redaction
    }

    public String text() {
      return text;
    }
  }

  private final String id;
  private final String title;
  private final Language language;
  private final List<Block> blocks = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();

  /** An empty report; {@code id} names it in JSON. */
  public Report(String id, String title, Language language) {
    this.id = Objects.requireNonNull(id, "id");
    this.title = io.github.esfkit.core.Redaction.scrub(Objects.requireNonNull(title, "title"));
    this.language = Objects.requireNonNull(language, "language");
  }

  /** Adds a paragraph. */
  public Report paragraph(String text) {
    blocks.add(new Paragraph(text));
    return this;
  }

  /** Adds a table. */
  public Report table(Table table) {
    blocks.add(new TableBlock(table));
    return this;
  }

  /** Adds a finding. */
  public Report finding(Finding f) {
    findings.add(f);
    return this;
  }

  /** Adds every violation of a validation result as a finding, in the report's language. */
  public Report findings(ValidationResult result) {
    for (Violation v : result.violations()) {
      findings.add(new Finding(v.severity(), v.ruleId(), v.path(), v.message(language)));
    }
    return this;
  }

  /** True when a finding has severity error. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public Language language() {
    return language;
  }

  public List<Block> blocks() {
    return Collections.unmodifiableList(blocks);
  }

  public List<Finding> findings() {
    return Collections.unmodifiableList(findings);
  }

  /** A table as a block. */
  public static final class TableBlock implements Block {
    private final Table table;

    TableBlock(Table table) {
      this.table = table;
    }

    public Table table() {
      return table;
    }
  }
}
