package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.Duration;
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
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 11, Art. 6–12: one application of wenzhou moved through every state over REST (return,
 * resubmission, approval, trial and its extension, tests, activation, change, termination) and a
 * second one denied; in each state the applicant, the reviewer and the provider open the
 * application's page and every action page it offers them, in Chinese and English: no 5xx, no error
 * page, no untranslated key, no serious or critical axe violation.
 */
@ExtendWith(RunningStack.class)
class ActionPagesCrawlIT {

  /**
   * What axe-core has checked: the application's page once per state, each action's page once (the
   * first role that opens it, in Chinese). Other roles see the same templates with other actions
   * offered; every page is still opened by every role in both languages and checked for errors and
   * raw keys.
   */
  private static final Set<String> AXED = ConcurrentHashMap.newKeySet();

  private static final String TENANT = CrawlIT.CITY;
  private static final String PAGES = "/t/" + TENANT + "/";
  private static final List<String> ROLES =
      List.of("unit-applicant", "reviewer", "provider-operator");

  @AfterAll
  static void summary() {
    System.out.println(Accessibility.report());
  }

  /** One move over REST: who, which action, the body. */
  private record Move(String role, String action, String body) {}

  private static Move by(String role, String action, String body) {
    return new Move(role, action, body);
  }

  @Test
  @DisplayName(
      "Art. 6–12: every action page offered in every state of an application opens without 5xx, error page or raw key, in Chinese and English")
  void art6to12_everyActionPageInEveryState() throws Exception {
    String applicant = token("unit-applicant");
    long id = Submissions.draft(TENANT, applicant, Submissions.uniqueName("巡检系统"));
    List<Move> moves =
        List.of(
            by("unit-applicant", "submit", "{}"),
            by("reviewer", "reject", "{\"opinion\": \"请补充容灾设计\"}"),
            by("unit-applicant", "submit", "{}"),
            by("reviewer", "accept", "{}"),
            by("reviewer", "approve", "{\"opinion\": \"同意\"}"),
            by(
                "provider-operator",
                "provide-trial",
                "{\"trialDays\": 20, \"environment\": \"10.8.0.1\"}"),
            by(
                "unit-applicant",
                "request-extension",
                "{\"extensionDays\": 10, \"opinion\": \"延长测试\"}"),
            by("reviewer", "grant-extension", "{\"opinion\": \"同意延期\"}"),
            by("unit-applicant", "submit-test-results", "{}"),
            by("reviewer", "final-approve", "{\"opinion\": \"同意开通\"}"),
            by(
                "unit-applicant",
                "request-change",
                "{\"resources\": [{\"type\": \"BANDWIDTH\", \"mbps\": 40}], \"opinion\": \"扩容\"}"),
            by("reviewer", "approve-change", "{\"opinion\": \"同意变更\"}"),
            by("provider-operator", "execute-change", "{}"),
            by(
                "unit-applicant",
                "request-termination",
                "{\"systemOffline\": true, \"dataMigrated\": true, \"dataBackedUp\": true}"),
            by("reviewer", "approve-termination", "{\"opinion\": \"同意终止\"}"),
            by("provider-operator", "reclaim", "{}"));
    List<String> problems = new ArrayList<>();
    Map<String, Browser> browsers = browsers();
    try {
      problems.addAll(fireWithoutMaterials(browsers.get("unit-applicant"), id, "submit"));
      upload(applicant, id, "CONSTRUCTION_PLAN", "SELF_TEST_REPORT");
      problems.addAll(systemPages(browsers.get("unit-applicant"), applicant, id));
      String state = state(applicant, id);
      problems.addAll(visit(browsers, id, state));
      for (Move move : moves) {
        if (move.action().equals("submit-test-results")
            || move.action().equals("request-termination")) {
          problems.addAll(fireWithoutMaterials(browsers.get("unit-applicant"), id, move.action()));
        }
        materialsFor(token("unit-applicant"), id, move.action());
        HttpResponse<String> done =
            Api.post(
                token(move.role()),
                Submissions.base(TENANT) + "/" + id + "/actions/" + move.action(),
                move.body());
        assertEquals(200, done.statusCode(), move.action() + ": " + done.body());
        state = state(token("unit-applicant"), id);
        problems.addAll(visit(browsers, id, state));
      }
      applicant = token("unit-applicant");
      long denied = Submissions.submitted(TENANT, applicant, Submissions.uniqueName("巡检不予"));
      for (Move move :
          List.of(
              by("reviewer", "accept", "{}"), by("reviewer", "deny", "{\"opinion\": \"不符合\"}"))) {
        Api.post(
            token(move.role()),
            Submissions.base(TENANT) + "/" + denied + "/actions/" + move.action(),
            move.body());
      }
      problems.addAll(visit(browsers, denied, state(applicant, denied)));
    } finally {
      browsers.values().forEach(Browser::close);
    }
    assertEquals(List.of(), problems);
  }

  /** Signed in once per role: Chinese for the first round of each state, then English. */
  private static Map<String, Browser> browsers() throws Exception {
    Map<String, Browser> browsers = new LinkedHashMap<>();
    for (String role : ROLES) {
      Browser browser = new Browser();
      browsers.put(role, browser);
      browser.open(PAGES);
      browser.signIn(TENANT + "." + role);
      browser.element("portal-title");
    }
    return browsers;
  }

  /** The application's page and its offered action pages for every role, zh then en. */
  private static List<String> visit(Map<String, Browser> browsers, long id, String state) {
    List<String> problems = new ArrayList<>();
    browsers.forEach(
        (role, browser) -> {
          for (String language : List.of("zh", "en")) {
            language(browser, language);
            CrawlIT.go(browser, PAGES + "application?id=" + id);
            String page = role + " " + language + " " + state;
            boolean zh = language.equals("zh");
            problems.addAll(
                CrawlIT.checked(browser, page + " application", zh && AXED.add("state " + state)));
            for (String action : CrawlIT.links(browser, "#actions a[href]")) {
              browser.driver().get(action);
              String name = action.replaceAll(".*action=", "");
              problems.addAll(
                  CrawlIT.checked(
                      browser, page + " action " + name, zh && AXED.add("action " + name)));
            }
          }
        });
    return problems;
  }

  /**
   * Issue 11, Art. 7, 9, 12: the applicant fires an action whose materials are missing (the
   * application's, the test reports, the backup confirmation): the page refuses beside the form, no
   * 5xx (not even in the Ajax answer) and the state stays.
   */
  private static List<String> fireWithoutMaterials(Browser applicant, long id, String action)
      throws Exception {
    String before = state(token("unit-applicant"), id);
    String page = "unit-applicant " + before + " " + action + " without its materials";
    CrawlIT.go(applicant, PAGES + "application-action?id=" + id + "&action=" + action);
    if (action.equals("request-termination")) {
      for (String box : List.of("system-offline", "data-migrated", "data-backed-up")) {
        applicant.element("action-form:" + box).click();
      }
    }
    applicant.element("action-form:fire").click();
    applicant.element("confirm-form:confirm-yes").click();
    List<String> problems = new ArrayList<>();
    try {
      new WebDriverWait(applicant.driver(), Duration.ofSeconds(30))
          .until(
              driver ->
                  !driver
                      .findElements(
                          By.cssSelector(
                              "#action-form .ui-messages-error, #action-form .ui-message-error,"
                                  + " #error-code"))
                      .isEmpty());
    } catch (TimeoutException e) {
      problems.add(page + ": no refusal shown at " + applicant.driver().getCurrentUrl());
    }
    problems.addAll(CrawlIT.checked(applicant, page, false));
    applicant.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(message -> message.matches("(?s).*status of 5\\d\\d.*"))
        .forEach(message -> problems.add(page + ": " + message));
    String after = state(token("unit-applicant"), id);
    if (!after.equals(before)) {
      problems.add(page + ": the state moved to " + after);
    }
    return problems;
  }

  /** Art. 3: the application's system, its page and its form, as the applicant sees them. */
  private static List<String> systemPages(Browser applicant, String token, long id)
      throws Exception {
    long system =
        Api.json(Api.get(token, Submissions.base(TENANT) + "/" + id).body())
            .getJsonNumber("systemId")
            .longValue();
    List<String> problems = new ArrayList<>();
    for (String page : List.of("system", "system-edit")) {
      CrawlIT.go(applicant, PAGES + page + "?id=" + system);
      problems.addAll(CrawlIT.checked(applicant, "unit-applicant zh " + page, true));
    }
    // WCAG 4.1.2: the date picker's button is named in the page's language, not "ui-button"
    for (WebElement trigger :
        applicant.driver().findElements(By.cssSelector(".ui-datepicker-trigger"))) {
      if (!"选择日期".equals(trigger.getAccessibleName())) {
        problems.add(
            "system-edit: the date picker's button is named " + trigger.getAccessibleName());
      }
    }
    return problems;
  }

  /** The private portal's language for this browser's session, through its header link. */
  private static void language(Browser browser, String language) {
    CrawlIT.go(browser, PAGES);
    String lang =
        browser.driver().findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang");
    if (!lang.startsWith(language)) {
      browser.element("zh".equals(language) ? "lang-zh" : "lang-en").click();
      browser.waitForUrlContaining("/t/" + TENANT);
    }
  }

  /** A fresh token (the moves take longer than a token lives). */
  private static String token(String role) throws Exception {
    return Api.token(TENANT, TENANT + "." + role);
  }

  private static String state(String token, long id) throws Exception {
    return Api.json(Api.get(token, Submissions.base(TENANT) + "/" + id).body()).getString("state");
  }

  /** Art. 9, 12: the reports the tests need and the backup confirmation the termination needs. */
  private static void materialsFor(String applicant, long id, String action) throws Exception {
    switch (action) {
      case "submit-test-results" ->
          upload(
              applicant,
              id,
              "FUNCTIONAL_TEST_REPORT",
              "PERFORMANCE_TEST_REPORT",
              "SECURITY_TEST_REPORT");
      case "request-termination" -> upload(applicant, id, "BACKUP_CONFIRMATION");
      default -> {
        // nothing to attach
      }
    }
  }

  private static void upload(String applicant, long id, String... kinds) throws Exception {
    for (String kind : kinds) {
      HttpResponse<String> uploaded =
          Api.upload(
              applicant,
              Submissions.base(TENANT) + "/" + id + "/attachments",
              kind,
              "材料.pdf",
              Submissions.PDF);
      assertEquals(201, uploaded.statusCode(), kind + ": " + uploaded.body());
    }
  }
}
