package cn.gov.zj.cloud.systemtest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Issue 11: what a user must never see on a page of either portal: an answer of 5xx, the error
 * page, a text key instead of its text (Faces shows a missing one as {@code ???key???}, a page that
 * prints a key shows it bare) or an enum constant instead of its name.
 */
final class PageProblems {

  private static final List<Properties> BUNDLES = bundles();

  /** Every key of the portals' bundles and the shared domain bundle, read from the sources. */
  private static final Set<String> KEYS = keys();

  /** Constants that the texts themselves name (a file format's values): wording, not a raw enum. */
  private static final String WORDING =
      BUNDLES.stream()
          .flatMap(bundle -> bundle.values().stream())
          .map(String::valueOf)
          .collect(java.util.stream.Collectors.joining("\n"));

  private static final Pattern DOTTED = Pattern.compile("[A-Za-z][\\w-]*(?:\\.[\\w-]+)+");
  private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

  /** The page's own address fetched again with the browser's cookies: its HTTP status. */
  private static final String STATUS =
      "const done = arguments[arguments.length - 1];"
          + "fetch(location.href, {credentials: 'same-origin'})"
          + ".then(r => done(r.status)).catch(() => done(-1));";

  /**
   * What the user reads: the text, and the names and hints that assistive technology reads. Data
   * shown as stored and marked {@code translate="no"} (the audit record's JSON) is not wording.
   */
  private static final String READ =
      "const data = [...document.querySelectorAll('[translate=no]')];"
          + "const was = data.map(e => e.style.display);"
          + "data.forEach(e => e.style.display = 'none');"
          + "const text = document.body.innerText;"
          + "data.forEach((e, i) => e.style.display = was[i]);"
          + "const parts = [document.title, text];"
          + "document.querySelectorAll('[title],[aria-label],[placeholder],[alt],"
          + "input[type=submit],input[type=button]').forEach(e => {"
          + "for (const a of ['title', 'aria-label', 'placeholder', 'alt']) {"
          + "if (e.getAttribute(a)) parts.push(e.getAttribute(a)); }"
          + "if (e.tagName === 'INPUT' && e.value) parts.push(e.value); });"
          + "return parts.join('\\n');";

  private PageProblems() {}

  /** The problems of the page the browser shows now, each naming {@code page}; empty if none. */
  static List<String> of(WebDriver driver, String page) {
    List<String> problems = new ArrayList<>();
    JavascriptExecutor script = (JavascriptExecutor) driver;
    Object status = script.executeAsyncScript(STATUS);
    if (status instanceof Number code && code.intValue() >= 500) {
      problems.add(page + ": HTTP " + code + " at " + driver.getCurrentUrl());
    }
    if (!driver.findElements(By.id("error-code")).isEmpty()) {
      problems.add(
          page
              + ": error page "
              + driver.findElement(By.id("error-code")).getText()
              + " at "
              + driver.getCurrentUrl());
    }
    String shown = String.valueOf(script.executeScript(READ));
    untranslated(shown).forEach(key -> problems.add(page + ": untranslated " + key));
    badlyNamedButtons(driver).forEach(name -> problems.add(page + ": button named " + name));
    return problems;
  }

  /**
   * WCAG 4.1.2: a button's accessible name (as Chromium computes it) says what it does, not
   * PrimeFaces' placeholder ("ui-button") or a missing key.
   */
  private static List<String> badlyNamedButtons(WebDriver driver) {
    List<String> bad = new ArrayList<>();
    for (var button : driver.findElements(By.cssSelector("button, [role=button]"))) {
      if (!button.isDisplayed()) {
        continue;
      }
      String name = button.getAccessibleName();
      if (name == null || name.isBlank() || name.startsWith("ui-") || name.contains("???")) {
        bad.add("'" + name + "' " + button.getAttribute("outerHTML").replaceAll("(?s)>.*", ">"));
      }
    }
    return bad;
  }

  /** The keys and constants in {@code text}. */
  static Set<String> untranslated(String text) {
    Set<String> found = new TreeSet<>();
    int missing = text.indexOf("???");
    if (missing >= 0) {
      found.add(text.substring(missing, Math.min(text.length(), missing + 60)));
    }
    Matcher dotted = DOTTED.matcher(text);
    while (dotted.find()) {
      if (KEYS.contains(dotted.group())) {
        found.add(dotted.group());
      }
    }
    Matcher constant = CONSTANT.matcher(text);
    while (constant.find()) {
      if (!WORDING.contains(constant.group())) {
        found.add(constant.group());
      }
    }
    return found;
  }

  private static Set<String> keys() {
    Set<String> keys = new TreeSet<>();
    BUNDLES.forEach(bundle -> keys.addAll(bundle.stringPropertyNames()));
    return keys;
  }

  private static List<Properties> bundles() {
    Path sources = Path.of(System.getProperty("zj.it.sources", ".."));
    List<Properties> bundles = new ArrayList<>();
    for (String bundle :
        List.of(
            "shared-domain/src/main/resources/cn/gov/zj/cloud/domain/i18n/messages_zh_CN.properties",
            "portal-private/src/main/resources/cn/gov/zj/cloud/privateportal/web/ui_zh_CN.properties",
            "portal-public/src/main/resources/cn/gov/zj/cloud/publicportal/web/texts_zh_CN.properties")) {
      Properties properties = new Properties();
      try (Reader reader =
          Files.newBufferedReader(sources.resolve(bundle), StandardCharsets.UTF_8)) {
        properties.load(reader);
      } catch (IOException e) {
        throw new IllegalStateException("bundle not readable: " + bundle, e);
      }
      bundles.add(properties);
    }
    return bundles;
  }
}
