package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 11: no page of either portal shows a 5xx, the error page or an untranslated key for
 * anything a user can do, in Chinese and in English; and every page meets WCAG 2.1 AA as axe-core
 * checks it (no serious or critical violation). Every role of wenzhou (no other system test works
 * there) and the province administrator visit their menu and the pages it links to; one application
 * is moved through its states over REST (Art. 6–12) and every action page the portal offers in each
 * state is opened by the role it is offered to; the public portal is visited as a citizen.
 */
@ExtendWith(RunningStack.class)
class CrawlIT {

  static final String CITY = "wenzhou";
  private static final String PROVINCE = "zhejiang";

  /**
   * The private pages axe-core has checked: each path once, as the first role that reaches it. The
   * same page of another role differs only in the actions it offers, which the journeys check with
   * axe as they use them (a whole axe run per role and page took half of this class's time).
   */
  private static final Set<String> AXED = ConcurrentHashMap.newKeySet();

  @AfterAll
  static void summary() {
    System.out.println(Accessibility.report());
  }

  /** The page's problems and, in Chinese (the portals' first language), its axe violations. */
  static List<String> checked(Browser browser, String page, boolean axe) {
    List<String> problems = new ArrayList<>(PageProblems.of(browser.driver(), page));
    if (axe) {
      Accessibility.check(browser.driver(), page)
          .forEach(found -> problems.add(page + ": " + found));
    }
    return problems;
  }

  @ParameterizedTest(name = "Art. 4, 25: {0} — every page of the menu, in Chinese and English")
  @ValueSource(
      strings = {
        CITY + ".unit-applicant",
        CITY + ".unit-security-officer",
        CITY + ".reviewer",
        CITY + ".provider-operator",
        CITY + ".security-supervisor",
        CITY + ".tenant-admin",
        PROVINCE + ".province-admin"
      })
  void art25_everyRoleSeesEveryPageOfItsMenuWithoutErrorOrRawKey(String user) throws Exception {
    String tenant = user.substring(0, user.indexOf('.'));
    try (Browser browser = new Browser()) {
      browser.open("/t/" + tenant + "/");
      browser.signIn(user);
      browser.element("portal-title");
      List<String> problems = new ArrayList<>();
      Map<String, String> pages = privatePages(browser, tenant, user, problems);
      go(browser, "/t/" + tenant + "/");
      english(browser);
      pages.forEach(
          (path, url) -> {
            browser.driver().get(url);
            problems.addAll(checked(browser, user + " en " + path, false));
          });
      assertEquals(List.of(), problems, user + " visited " + pages.keySet());
    }
  }

  /**
   * Visits (in Chinese) the menu's pages and the portal pages they link to; answers them by path
   * (without the query), each with the first address it was reached by.
   */
  private static Map<String, String> privatePages(
      Browser browser, String tenant, String user, List<String> problems) {
    String home = RunningStack.settings().privateBaseUrl() + "/t/" + tenant + "/";
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put(pathOf(home), home);
    links(browser, ".portal-nav a").forEach(url -> pages.putIfAbsent(pathOf(url), url));
    List<String> menu = List.copyOf(pages.values());
    for (String url : menu) {
      browser.driver().get(url);
      problems.addAll(checked(browser, user + " zh " + pathOf(url), AXED.add(pathOf(url))));
      for (String linked : links(browser, "main a[href]")) {
        if (linked.startsWith(home) && followed(linked) && !pages.containsKey(pathOf(linked))) {
          pages.put(pathOf(linked), linked);
        }
      }
    }
    pages.forEach(
        (path, url) -> {
          if (!menu.contains(url)) {
            browser.driver().get(url);
            problems.addAll(checked(browser, user + " zh " + path, AXED.add(path)));
          }
        });
    return pages;
  }

  /** Not a download (its bytes are no page), not the REST API and not signing out. */
  private static boolean followed(String url) {
    return !url.contains("download")
        && !url.contains("logout")
        && !url.contains("attachments")
        && !url.contains("/api/");
  }

  /** A page of the city's part of the public portal (the other cities' are the same pages). */
  private static boolean publicPage(String base, String url) {
    return url.startsWith(base + "/t/" + CITY + "/") && followed(url) && !url.contains("lang=");
  }

  static List<String> links(Browser browser, String selector) {
    return browser.driver().findElements(By.cssSelector(selector)).stream()
        .map(link -> link.getAttribute("href"))
        .filter(href -> href != null && href.startsWith("http"))
        .map(href -> href.replaceAll("#.*$", ""))
        .distinct()
        .toList();
  }

  /** Opens a page of the private portal without the journeys' own axe report (the crawl checks). */
  static void go(Browser browser, String path) {
    browser.driver().get(RunningStack.settings().privateBaseUrl() + path);
  }

  static String pathOf(String url) {
    return URI.create(url).getPath();
  }

  /** Switches the private portal to English with its language link. */
  private static void english(Browser browser) {
    browser.element("lang-en").click();
    // the switch redirects back to the page: the html element is found anew on every try
    new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(driver -> "en".equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
  }

  @Test
  @DisplayName(
      "Art. 23: every page of the public portal a citizen reaches by its links, in Chinese and English")
  void art23_everyPublicPageWithoutErrorOrRawKey() throws Exception {
    try (Browser browser = new Browser()) {
      String base = RunningStack.settings().publicBaseUrl();
      Map<String, String> pages = new LinkedHashMap<>();
      pages.put("/", base + "/");
      pages.put("/t/" + CITY + "/", base + "/t/" + CITY + "/");
      List<String> problems = new ArrayList<>();
      java.util.Set<String> visited = new java.util.HashSet<>();
      for (int depth = 0; depth < 3; depth++) {
        for (String url : List.copyOf(pages.values())) {
          if (!visited.add(url)) {
            continue;
          }
          browser.driver().get(url);
          problems.addAll(checked(browser, "public zh " + pathOf(url), true));
          for (String linked : links(browser, "main a[href], nav a[href]")) {
            if (publicPage(base, linked)) {
              pages.putIfAbsent(pathOf(linked), linked);
            }
          }
        }
      }
      browser.driver().get(base + "/t/" + CITY + "/");
      browser.element("lang-en").click();
      browser.waitForUrlContaining("/t/" + CITY);
      pages.forEach(
          (path, url) -> {
            browser.driver().get(url);
            WebElement html = browser.driver().findElement(By.tagName("html"));
            if (!"en".equals(html.getAttribute("lang"))) {
              problems.add(
                  "public en "
                      + path
                      + ": not in English (lang "
                      + html.getAttribute("lang")
                      + ")");
            }
            problems.addAll(checked(browser, "public en " + path, false));
          });
      assertEquals(List.of(), problems, "visited " + pages.keySet());
    }
  }
}
