package cn.gov.zj.cloud.systemtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium, one fresh profile per browser (so one user per browser). */
final class Browser implements AutoCloseable {

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final Path downloads;

  Browser() throws Exception {
    Path profile = Files.createTempDirectory("chromium-profile");
    downloads = Files.createTempDirectory("chromium-downloads");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("zj.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=zh-CN",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    options.setExperimentalOption(
        "prefs",
        java.util.Map.of(
            "intl.accept_languages",
            "zh-CN,zh",
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("zj.chromedriver", "/usr/bin/chromedriver")).toFile())
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(60));
  }

  WebDriver driver() {
    return driver;
  }

  /**
   * Issue 10: the Content-Security-Policy violations the browser reported since the last call
   * (Chromium logs each as a SEVERE console entry).
   */
  List<String> policyViolations() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .filter(message -> message.contains("Content Security Policy"))
        .toList();
  }

  void open(String path) {
    driver.get(RunningStack.settings().privateBaseUrl() + path);
    axe(RunningStack.settings().privateBaseUrl(), path);
  }

  /** A page of the public portal (Art. 23); no account. */
  void openPublic(String path) {
    driver.get(RunningStack.settings().publicBaseUrl() + path);
    axe(RunningStack.settings().publicBaseUrl(), path);
  }

  /**
   * Issue 11: every portal page a journey opens is checked with axe-core and reported (the crawl,
   * {@link CrawlIT}, is what fails on a violation); Keycloak's sign-in page is not the portals'.
   * {@code -Dzj.axe=false} leaves it out.
   */
  private void axe(String base, String path) {
    if (!Boolean.parseBoolean(System.getProperty("zj.axe", "true"))
        || !driver.getCurrentUrl().startsWith(base)) {
      return;
    }
    try {
      // the page without its query and without a token (an invitation's) in its path
      String page = path.replaceAll("\\?.*$", "").replaceAll("/[\\w-]{24,}", "/…");
      Accessibility.check(driver, "journey " + page);
    } catch (RuntimeException | AssertionError e) {
      System.out.println("axe journey " + path + ": not checked (" + e.getMessage() + ")");
    }
  }

  /** Picks the radio button of group {@code name} with {@code value}. */
  void choose(String name, String value) {
    until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("input[type=radio][name='" + name + "'][value='" + value + "']")))
        .click();
  }

  /**
   * Opens {@code path} again and again (every 2 s) until element {@code id} shows {@code text}: for
   * what arrives through the interconnection (Art. 24) a few seconds later.
   */
  void reloadUntil(String path, boolean publicPortal, String id, String text) {
    retryUntil(
        () -> {
          if (publicPortal) {
            openPublic(path);
          } else {
            open(path);
          }
        },
        id,
        text);
  }

  /**
   * Does {@code step} (open a page, fill in and post a form) again and again (every 2 s) until
   * element {@code id} shows {@code text}.
   */
  void retryUntil(Runnable step, String id, String text) {
    long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (true) {
      step.run();
      String shown = currentText(driver, id);
      if (shown != null && shown.contains(text)) {
        return;
      }
      if (System.nanoTime() > until) {
        keepEvidence();
        throw new AssertionError(id + " never showed " + text + "; last: " + shown);
      }
      try {
        Thread.sleep(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted");
      }
    }
  }

  /** Signs a demo user in on the tenant realm's own Keycloak login page. */
  void signIn(String username) {
    signIn(username, "demo");
  }

  void signIn(String username, String password) {
    WebElement user = element("username");
    user.sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("kc-login")).click();
  }

  WebElement element(String id) {
    return until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  /**
   * Waits; on a time-out keeps the page's source and a screenshot in target/browser for the report.
   */
  private <T> T until(java.util.function.Function<? super WebDriver, T> condition) {
    try {
      return wait.until(condition);
    } catch (org.openqa.selenium.TimeoutException e) {
      keepEvidence();
      throw e;
    }
  }

  private void keepEvidence() {
    try {
      Path folder = Files.createDirectories(Path.of("target", "browser"));
      String name = "page-" + System.currentTimeMillis();
      Files.writeString(
          folder.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
      Files.write(
          folder.resolve(name + ".png"),
          driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    } catch (java.io.IOException | RuntimeException ignored) {
      // the evidence is a courtesy; the time-out itself is what fails the test
    }
  }

  void type(String id, String text) {
    WebElement input = element(id);
    input.sendKeys(
        org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
        org.openqa.selenium.Keys.DELETE);
    input.sendKeys(text);
  }

  /**
   * Waits until the element shows {@code text}, looking it up afresh each time: an Ajax update may
   * replace the element between finding it and reading it.
   */
  void waitForText(String id, String text) {
    until(
        driver -> {
          String shown = currentText(driver, id);
          return shown != null && shown.contains(text);
        });
  }

  void waitForUrlContaining(String part) {
    until(ExpectedConditions.urlContains(part));
  }

  /**
   * Clicks the element, looking it up afresh until the click lands: an Ajax update (a table's
   * filter) may replace it in between.
   */
  void click(String id) {
    until(
        driver -> {
          try {
            driver.findElement(By.id(id)).click();
            return true;
          } catch (org.openqa.selenium.StaleElementReferenceException
              | org.openqa.selenium.NoSuchElementException e) {
            return null;
          }
        });
  }

  /**
   * Issue 11: clicks the button {@code id} that downloads a file and waits (up to 60 s) for the
   * complete file, returned as bytes.
   */
  byte[] download(String id) throws Exception {
    click(id);
    long[] lastSize = {-1};
    Path file =
        until(
            driver -> {
              try (var files = Files.list(downloads)) {
                List<Path> all = files.toList();
                Path done =
                    all.stream()
                        .filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                        .filter(f -> f.toFile().length() > 0)
                        .findFirst()
                        .orElse(null);
                boolean writing =
                    all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
                // complete: no partial file beside it and the same size as half a second ago
                long size = done == null ? -1 : done.toFile().length();
                boolean steady = done != null && !writing && size == lastSize[0];
                lastSize[0] = size;
                return steady ? done : null;
              } catch (java.io.IOException e) {
                return null;
              }
            });
    byte[] content = Files.readAllBytes(file);
    Files.delete(file);
    return content;
  }

  /** The element's text now, or null when it is not on the page; no waiting. */
  String textNow(String id) {
    return currentText(driver, id);
  }

  String text(String id) {
    element(id);
    return until(driver -> currentText(driver, id));
  }

  /** The element's text, or null (wait on) when it is missing or was just replaced. */
  private static String currentText(WebDriver driver, String id) {
    try {
      return driver.findElement(By.id(id)).getText();
    } catch (org.openqa.selenium.WebDriverException e) {
      return null;
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
