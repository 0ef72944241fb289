package io.github.esfkit.examples.cli;

import static io.github.esfkit.examples.cli.CliRun.esf;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens the report {@code esf report} writes in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}; .ci/run installs them) and checks what a reader sees: every section with its
 * figures, no console error, no request but the page itself, and a screenshot in
 * {@code target/report-screenshot.png} for review.
 */
class ReportBrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir
  static Path dir;

  static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    require(CHROMIUM, "chromium");
    require(CHROMEDRIVER, "chromium-driver");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")),
        "--window-size=1200,1700", "--hide-scrollbars");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    o.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, o);
  }

  /**
   * Fails (never skips: CI must run this test) with one line that says what is missing and how to get it.
   */
  static void require(Path program, String debianPackage) {
    if (!Files.isExecutable(program)) {
      org.junit.jupiter.api.Assertions.fail("ReportBrowserTest needs " + program + " from Debian's " + debianPackage
          + ": run 'apt-get install chromium chromium-driver' (.ci/run installs them)");
    }
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void everySectionRendersWithItsFiguresWithoutErrorsOrRequests() throws Exception {
    Path html = dir.resolve("report.html");
    CliRun run = esf("report", "--budget", "examples/all-in-budget.json", "--project",
        "examples/144587-targets.json", "--participants", "examples/144587-participants.csv", "--period",
        "2014-2020", "--lang", "sv", "--out", html.toString());
    assertThat(run.code).as(run.toString()).isZero();
    String url = html.toUri().toString();
    browser.get(url);

    // every section is there and visible, in order
    List<String> sections = new ArrayList<>();
    for (WebElement s : browser.findElements(By.cssSelector("main > section"))) {
      assertThat(s.isDisplayed()).as(s.getAttribute("id")).isTrue();
      sections.add(s.getAttribute("id"));
    }
    assertThat(sections).containsExactly("budget", "participants", "data-quality", "goals", "findings");

    // budget: the form's overview, as the All In application prints it
    String overview = browser.findElement(By.id("budget-overview")).getText();
    assertThat(overview).contains("Summa kostnader 26 032 732 kr").contains("Summa total finansiering 52 423 478 kr")
        .contains("46,98 %").contains("53,02 %");

    // participants: monthly charts and table, the common indicators as bars with their numbers
    assertThat(browser.findElements(By.cssSelector("#participants svg.chart"))).hasSizeGreaterThanOrEqualTo(3);
    assertThat(browser.findElement(By.id("flow-table")).getText()).contains("2019-12");
    WebElement bars = browser.findElement(By.id("indicator-bars"));
    assertThat(bars.getAttribute("role")).isEqualTo("img");
    assertThat(bars.findElement(By.tagName("desc")).getAttribute("textContent")).isNotBlank();
    String barText = bars.getAttribute("textContent");
    assertThat(barText).contains("110").contains("120"); // women and men in total
    assertThat(browser.findElement(By.id("table-indicators")).getText()).contains("230").contains("110")
        .contains("120");
    assertThat(((Number) ((JavascriptExecutor) browser).executeScript(
        "return document.querySelector('#indicator-bars').getBoundingClientRect().height;")).doubleValue())
        .isGreaterThan(100);

    // data quality: completeness per characteristic
    assertThat(browser.findElement(By.id("table-completeness")).getText()).contains("230");

    // goals: 16 indicators, each with a verdict in words (not colour alone)
    List<WebElement> goals = browser.findElements(By.cssSelector("#goal-table tbody tr"));
    assertThat(goals).hasSize(16);
    WebElement pm3 = browser.findElement(By.xpath("//table[@id='goal-table']//tr[th='PM-3']"));
    assertThat(pm3.getAttribute("data-verdict")).isEqualTo("PARTIALLY_ACHIEVED");
    assertThat(pm3.getText()).contains("Delvis uppnådd");
    assertThat(browser.findElement(By.xpath("//table[@id='goal-table']//tr[th='PM-1']")).getText())
        .contains("Uppnådd");

    // findings and footer: rule ids; the as-of date and the inputs' SHA-256
    String findings = browser.findElement(By.id("findings")).getText();
    assertThat(findings).containsAnyOf("Inga anmärkningar.", "Regel");
    String footer = browser.findElement(By.tagName("footer")).getText();
    assertThat(footer).contains("2022-06-30").contains("all-in-budget.json")
        .contains(ReportCommand.sha256(Path.of("examples/all-in-budget.json")));

    // no console error, no request but the page itself
    List<String> errors = new ArrayList<>();
    for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
        errors.add(e.getMessage());
      }
    }
    assertThat(errors).isEmpty();
    // Every request the browser made while the page loaded: the page's own are the file itself; none at all
    // (the browser's own chrome:// resources included) goes to a network scheme.
    List<String> pageRequests = new ArrayList<>();
    List<String> networkRequests = new ArrayList<>();
    for (LogEntry e : browser.manage().logs().get(LogType.PERFORMANCE)) {
      String m = e.getMessage();
      if (m.contains("\"Network.requestWillBeSent\"")) {
        String u = field(m, "url");
        if (url.equals(field(m, "documentURL"))) {
          pageRequests.add(u);
        }
        if (u.matches("(?i)(https?|wss?|ftp):.*")) {
          networkRequests.add(u);
        }
      }
    }
    assertThat(pageRequests).isNotEmpty().allMatch(url::equals, "only the page itself");
    assertThat(networkRequests).isEmpty();
    assertThat(((Number) ((JavascriptExecutor) browser).executeScript(
        "return performance.getEntriesByType('resource').length;")).longValue()).isZero();

    // a screenshot for review (the whole page's first screen)
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Path target = Path.of("target", "report-screenshot.png");
    Files.createDirectories(target.getParent());
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(target)).isGreaterThan(10_000);
    // and one of the goal table
    ((JavascriptExecutor) browser).executeScript("document.getElementById('goals').scrollIntoView();");
    Path goalsShot = Path.of("target", "report-screenshot-goals.png");
    Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), goalsShot, StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(goalsShot)).isGreaterThan(10_000);
  }

  @Test
  void printLayoutIsA4WithAPageBreakBeforeEachSection() throws Exception {
    Path html = dir.resolve("print.html");
    CliRun run = esf("report", "--budget", "examples/all-in-budget.json", "--project",
        "examples/144587-targets.json", "--lang", "en", "--out", html.toString());
    assertThat(run.code).as(run.toString()).isZero();
    browser.get(html.toUri().toString());
    @SuppressWarnings("unchecked")
    Map<String, Object> pdf = browser.executeCdpCommand("Page.printToPDF",
        Map.of("preferCSSPageSize", true, "printBackground", true));
    byte[] bytes = java.util.Base64.getDecoder().decode((String) pdf.get("data"));
    String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    // A4 is 595 x 842 points; each section starts a page, so there are at least as many pages as sections
    assertThat(text).containsPattern("/MediaBox \\[0 0 59[45](\\.\\d+)? 84[12](\\.\\d+)?\\]");
    java.util.regex.Matcher count = java.util.regex.Pattern.compile("/Count (\\d+)").matcher(text);
    assertThat(count.find()).isTrue();
    assertThat(Integer.parseInt(count.group(1))).isGreaterThanOrEqualTo(3); // budget, goals, findings
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      @SuppressWarnings("unchecked")
      List<String> breaks = (List<String>) ((JavascriptExecutor) browser).executeScript(
          "return Array.from(document.querySelectorAll('main > section')).map(s => getComputedStyle(s).breakBefore);");
      assertThat(breaks).containsExactly("auto", "page", "page");
      assertThat(browser.findElement(By.tagName("nav")).isDisplayed()).isFalse();
    } finally {
      browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  @Test
  void budgetAgainstActualsRendersWithItsFiguresAndBars() throws Exception {
    Path html = dir.resolve("running.html");
    String ex = "examples/";
    CliRun run = esf("report", "--budget", ex + "all-in-budget.json", "--setup", ex + "running-claim-setup.json",
        "--participants", ex + "running-participants.csv", "--attendance", ex + "running-attendance.csv", "--time",
        ex + "running-time.csv", "--ledger", ex + "running-ledger.csv", "--period", "2014-2020", "--lang", "sv",
        "--out", html.toString());
    assertThat(run.code).as(run.toString()).isZero();
    browser.get(html.toUri().toString());
    List<String> sections = new ArrayList<>();
    for (WebElement s : browser.findElements(By.cssSelector("main > section"))) {
      assertThat(s.isDisplayed()).as(s.getAttribute("id")).isTrue();
      sections.add(s.getAttribute("id"));
    }
    assertThat(sections).containsExactly("budget", "actuals", "participants", "data-quality", "findings");
    WebElement actuals = browser.findElement(By.id("actuals"));
    assertThat(actuals.findElement(By.tagName("h2")).getText()).isEqualTo("Budget mot utfall");
    // the figures of esf claim's bundled period (RunningProjectExampleTest checks them by hand)
    String lines = browser.findElement(By.id("actuals-lines")).getText();
    assertThat(lines).contains("Kostnader socialfonden (Genomförandefas): Personal 17 885 739 kr 1 012 092 kr "
        + "2 694 987 kr 15 190 752 kr 15,07 %")
        .contains("Offentligt bidrag i annat än pengar 10 414 792 kr 1 859 008 kr 4 901 636 kr 5 513 156 kr 47,06 %");
    assertThat(browser.findElement(By.id("actuals-claim")).getText()).contains("ESF-stöd att begära 2 046 435 kr 5 183 609 kr");
    // one bar chart per cost section and one for co-financing, each an image with a text alternative
    List<WebElement> charts = actuals.findElements(By.cssSelector("svg.chart"));
    assertThat(charts).hasSize(3);
    for (WebElement c : charts) {
      assertThat(c.getAttribute("role")).isEqualTo("img");
      assertThat(c.findElement(By.tagName("desc")).getAttribute("textContent")).isNotBlank();
      assertThat(((Number) ((JavascriptExecutor) browser).executeScript(
          "return arguments[0].getBoundingClientRect().height;", c)).doubleValue()).isGreaterThan(60);
    }
    assertThat(charts.get(1).getAttribute("textContent")).contains("15,07 %").contains("100 %");
    List<String> errors = new ArrayList<>();
    for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
        errors.add(e.getMessage());
      }
    }
    assertThat(errors).isEmpty();
    assertThat(((Number) ((JavascriptExecutor) browser).executeScript(
        "return performance.getEntriesByType('resource').length;")).longValue()).isZero();
    ((JavascriptExecutor) browser).executeScript("document.getElementById('actuals').scrollIntoView();");
    Path shot = Path.of("target", "report-screenshot-actuals.png");
    Files.createDirectories(shot.getParent());
    Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(shot)).isGreaterThan(10_000);
  }

  /** The string value of the first {@code "key":"..."} in a DevTools log message. */
  private static String field(String message, String key) {
    int i = message.indexOf("\"" + key + "\":\"");
    if (i < 0) {
      return "";
    }
    int start = i + key.length() + 4;
    return message.substring(start, message.indexOf('"', start));
  }
}
