package cn.gov.zj.cloud.systemtest;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.openqa.selenium.WebDriver;

/**
 * Issue 11, WCAG 2.1 AA: axe-core (Deque's rules for the criteria of levels A and AA of WCAG 2.0
 * and 2.1) on the page the browser shows. Each check prints one line per page (rules passed,
 * violations by impact, the serious and critical ones by rule and element) and keeps the page's
 * figures for the summary that {@link #report()} prints at the end of a test class (and that the
 * end of the test run keeps in {@code target/axe-report.txt}).
 */
final class Accessibility {

  /** The WCAG 2.1 AA rule set. */
  private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private static final List<String> BLOCKING = List.of("critical", "serious");

  /** The figures of every page checked in this JVM, by page name. */
  private static final Map<String, Figures> CHECKED = new ConcurrentHashMap<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(Accessibility::keepReport));
  }

  private Accessibility() {}

  /** The summary of the whole test run, in target/axe-report.txt, for the closing note. */
  private static void keepReport() {
    if (CHECKED.isEmpty()) {
      return;
    }
    try {
      java.nio.file.Files.writeString(java.nio.file.Path.of("target", "axe-report.txt"), report());
    } catch (java.io.IOException e) {
      System.err.println("axe report not kept: " + e.getMessage());
    }
  }

  /** What axe found on one page. */
  record Figures(int passed, Map<String, Integer> byImpact, List<String> blocking) {

    String line(String page) {
      return "axe "
          + page
          + ": "
          + passed
          + " rules passed, violations "
          + (byImpact.isEmpty() ? "none" : byImpact)
          + (blocking.isEmpty() ? "" : " serious/critical: " + blocking);
    }
  }

  /**
   * Runs axe on the page now shown, prints its line and answers the serious and critical violations
   * (empty when the page meets WCAG 2.1 AA as far as axe can tell).
   */
  static List<String> check(WebDriver driver, String page) {
    Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
    if (results.isErrored()) {
      throw new AssertionError("axe failed on " + page + ": " + results.getErrorMessage());
    }
    Map<String, Integer> byImpact = new TreeMap<>();
    List<String> blocking = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      String impact = String.valueOf(rule.getImpact());
      byImpact.merge(impact, rule.getNodes().size(), Integer::sum);
      if (BLOCKING.contains(impact)) {
        rule.getNodes()
            .forEach(
                node ->
                    blocking.add(
                        rule.getId() + " " + node.getTarget() + " " + abbreviated(node.getHtml())));
      }
    }
    Figures figures = new Figures(results.getPasses().size(), byImpact, blocking);
    CHECKED.put(page, figures);
    System.out.println(figures.line(page));
    return blocking;
  }

  /** The summary of every page checked so far: pages, and violations by impact over all. */
  static String report() {
    Map<String, Integer> total = new TreeMap<>();
    StringBuilder lines = new StringBuilder();
    new TreeMap<>(CHECKED)
        .forEach(
            (page, figures) -> {
              figures.byImpact().forEach((impact, n) -> total.merge(impact, n, Integer::sum));
              lines.append(figures.line(page)).append('\n');
            });
    return "axe-core WCAG 2.1 AA: "
        + CHECKED.size()
        + " pages checked, violations by impact "
        + (total.isEmpty() ? "none" : total)
        + "\n"
        + lines;
  }

  private static String abbreviated(String html) {
    return html == null || html.length() <= 160 ? html : html.substring(0, 160) + "…";
  }
}
