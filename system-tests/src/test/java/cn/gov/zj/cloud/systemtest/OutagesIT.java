package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.gov.zj.cloud.launcher.Stack;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;

/**
 * Issue 15, faults operators meet, against the whole stack (one instance of each portal): the
 * attachment store's disk full, PostgreSQL restarted under load, Keycloak stopped. Each leaves the
 * stack as it found it (in {@code finally}), since the system tests share it.
 */
@ExtendWith(RunningStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutagesIT {

  private static final String TENANT = "hangzhou";
  private static final String APPLICANT = TENANT + ".unit-applicant";
  private static final String SYSTEMS = "/api/v1/tenants/" + TENANT + "/systems";
  private static final String PRIVATE_PAGE = "/t/" + TENANT + "/systems";
  private static final String PUBLIC_PAGE = "/t/" + TENANT + "/";

  /** No redirect followed: a signed-in page sent to sign-in again is a failure here. */
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private static Stack stack;
  private static Browser signedIn;
  private static String sessionCookie;

  @BeforeAll
  static void signIn() throws Exception {
    stack = RunningStack.stack();
    assumeTrue(stack != null, "needs the stack that these tests start");
    signedIn = new Browser();
    signedIn.open("/t/" + TENANT + "/");
    signedIn.signIn(APPLICANT);
    signedIn.element("welcome");
    sessionCookie =
        "JSESSIONID=" + signedIn.driver().manage().getCookieNamed("JSESSIONID").getValue();
  }

  @AfterAll
  static void closeBrowser() {
    if (signedIn != null) {
      signedIn.close();
    }
  }

  @Test
  @Order(1)
  @DisplayName(
      "fault_diskFull: the attachment store's disk is full: the upload is refused 507 naming the"
          + " file field; no row and no partial file stay behind; uploads work once there is room")
  void diskFull() throws Exception {
    String token = Api.token(TENANT, APPLICANT);
    long id = Submissions.draft(TENANT, token, Submissions.uniqueName("outage-disk"));
    String attachments = Submissions.base(TENANT) + "/" + id + "/attachments";
    Path files = stack.settings().dataDirectory().resolve("files").toAbsolutePath();
    Files.createDirectories(files);
    run("mount", "-t", "tmpfs", "-o", "size=256k", "zj-full", files.toString());
    try {
      Path filler = fill(files.resolve("filler"));
      HttpResponse<String> refused =
          Api.upload(token, attachments, "CONSTRUCTION_PLAN", "材料.pdf", Submissions.PDF);
      assertEquals(507, refused.statusCode(), refused.body());
      assertEquals(
          "application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
      JsonObject problem = Api.json(refused.body());
      assertEquals("urn:zjzwy:problem:storage-full", problem.getString("type"));
      assertEquals("file", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
      assertEquals(0, Api.json(Api.get(token, attachments).body()).getJsonArray("items").size());
      try (Stream<Path> left = Files.walk(files)) {
        List<Path> kept = left.filter(Files::isRegularFile).filter(p -> !p.equals(filler)).toList();
        assertEquals(List.of(), kept, "no partial file in the store");
      }
    } finally {
      unmount(files);
    }
    HttpResponse<String> accepted =
        Api.upload(token, attachments, "CONSTRUCTION_PLAN", "材料.pdf", Submissions.PDF);
    assertEquals(201, accepted.statusCode(), accepted.body());
    assertEquals(1, Api.json(Api.get(token, attachments).body()).getJsonArray("items").size());
  }

  @Test
  @Order(2)
  @DisplayName(
      "fault_databaseRestart: under REST writes, REST reads and page loads of both portals every"
          + " answer is 2xx or a clean 503, every answered write is kept, the pools recover"
          + " within 10 s and /health/ready follows the database")
  void databaseRestartUnderLoad() throws Exception {
    String token = Api.token(TENANT, APPLICANT);
    Load load = new Load();
    ExecutorService threads = Executors.newFixedThreadPool(5);
    List<Future<?>> streams = new ArrayList<>();
    double recovery;
    try {
      streams.add(threads.submit(() -> load.loop("private-write", 150, () -> writeSystem(token))));
      streams.add(threads.submit(() -> load.loop("private-read", 150, () -> readSystems(token))));
      streams.add(threads.submit(() -> load.loop("private-page", 300, OutagesIT::privatePage)));
      streams.add(threads.submit(() -> load.loop("public-write", 300, OutagesIT::consult)));
      streams.add(threads.submit(() -> load.loop("public-page", 300, OutagesIT::publicPage)));
      Thread.sleep(2000);
      stack.stopDatabase();
      try {
        awaitReadiness(503);
        Thread.sleep(3000);
      } finally {
        stack.startDatabase();
      }
      long back = System.nanoTime();
      recovery = load.awaitRecovery(back, streams.size(), Duration.ofSeconds(30));
      awaitReadiness(200);
      Thread.sleep(1500);
    } finally {
      load.stop();
      threads.shutdown();
      keycloakServesTokens();
    }
    for (Future<?> stream : streams) {
      stream.get();
    }
    System.out.printf(
        "fault_databaseRestart: %d answers (%d clean 503), every stream's first success %.1f s"
            + " after PostgreSQL accepted connections again%n",
        load.answers.get(), load.unavailable.get(), recovery);
    assertEquals(List.of(), List.copyOf(load.unclean), "only 2xx or a clean 503");
    assertTrue(load.unavailable.get() > 0, "the restart was seen (some 503)");
    assertTrue(recovery <= 10, "recovered within 10 s, not " + recovery);
    for (String system : load.systems) {
      assertEquals(200, Api.get(token, SYSTEMS + "/" + system).statusCode(), "kept: " + system);
    }
    for (Map.Entry<String, String> receipt : load.consultations.entrySet()) {
      HttpResponse<String> status =
          PublicApi.get(
              "/api/v1/consultations/" + receipt.getKey() + "?code=" + receipt.getValue());
      assertEquals(200, status.statusCode(), "kept: " + receipt.getKey());
    }
    assertFalse(load.systems.isEmpty() || load.consultations.isEmpty());
  }

  /**
   * Keycloak's own pool hands out the connections the restart broke, one failed request each, until
   * they are gone: asks for tokens until one comes (at most 60 s), else restarts Keycloak, so that
   * the stack is left working for the other system tests.
   */
  private static void keycloakServesTokens() {
    long start = System.nanoTime();
    int tries = 0;
    try {
      while (System.nanoTime() - start < Duration.ofSeconds(60).toNanos()) {
        tries++;
        if (Api.tokenResponse(TENANT, APPLICANT).statusCode() == 200) {
          System.out.printf(
              "fault_databaseRestart: Keycloak issued tokens again after %d tries, %.1f s%n",
              tries, (System.nanoTime() - start) / 1e9);
          return;
        }
        Thread.sleep(500);
      }
    } catch (Exception e) {
      System.out.println("fault_databaseRestart: asking Keycloak for tokens failed: " + e);
    }
    System.out.println("fault_databaseRestart: Keycloak did not recover by itself; restarting it");
    stack.stopKeycloak();
    stack.startKeycloak();
  }

  @Test
  @Order(3)
  @DisplayName(
      "fault_keycloakStopped: signed-in pages and bearer tokens keep working; a new sign-in shows"
          + " the identity-service-unavailable page (zh, en) with 503; sign-in works again after")
  void keycloakStopped() throws Exception {
    String token = Api.token(TENANT, APPLICANT);
    stack.stopKeycloak();
    try {
      signedIn.open("/t/" + TENANT + "/");
      signedIn.element("welcome");
      assertEquals(200, privatePage().statusCode());
      assertEquals(200, Api.get(token, SYSTEMS).statusCode());
      try (Browser stranger = new Browser()) {
        stranger.open("/t/" + TENANT + "/");
        assertEquals("统一身份认证服务暂时不可用", stranger.text("refused-title"));
        stranger.driver().manage().addCookie(new Cookie("zj-lang", "en", "/"));
        stranger.open("/t/" + TENANT + "/");
        assertEquals("Identity service unavailable", stranger.text("refused-title"));
      }
      HttpResponse<String> page =
          HTTP.send(
              HttpRequest.newBuilder(privateUri("/t/" + TENANT + "/"))
                  .header("Accept-Language", "en")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(503, page.statusCode());
      assertTrue(page.headers().firstValue("Retry-After").isPresent());
    } finally {
      stack.startKeycloak();
    }
    try (Browser again = new Browser()) {
      long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      again.open("/t/" + TENANT + "/");
      while (!again.driver().getCurrentUrl().contains("/realms/") && System.nanoTime() < until) {
        Thread.sleep(1000); // the portal remembers a failed check for a few seconds
        again.open("/t/" + TENANT + "/");
      }
      again.signIn(APPLICANT);
      again.element("welcome");
    }
  }

  private static HttpResponse<String> writeSystem(String token) throws Exception {
    String body =
        """
        {"name": "%s", "mlpsLevel": 2, "securityOfficer": "周九",
         "cloudStatus": "NOT_MIGRATED", "publicFacing": false}
        """
            .formatted(Submissions.uniqueName("outage"));
    return Api.post(token, SYSTEMS, body);
  }

  private static HttpResponse<String> readSystems(String token) throws Exception {
    return Api.get(token, SYSTEMS);
  }

  private static HttpResponse<String> consult() throws Exception {
    return PublicApi.post(
        "/api/v1/tenants/" + TENANT + "/consultations",
        "{\"category\": \"CONSULTATION\", \"subject\": \""
            + Submissions.uniqueName("停机")
            + "\", \"content\": \"请问如何办理？\", \"contact\": \"13800138000\"}");
  }

  private static HttpResponse<String> privatePage() throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(privateUri(PRIVATE_PAGE)).header("Cookie", sessionCookie).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> publicPage() throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(stack.settings().publicBaseUrl() + PUBLIC_PAGE)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static URI privateUri(String path) {
    return URI.create(stack.settings().privateBaseUrl() + path);
  }

  /** Both portals' readiness answers {@code status} within 15 s. */
  private static void awaitReadiness(int status) throws Exception {
    for (String base :
        List.of(stack.settings().privateBaseUrl(), stack.settings().publicBaseUrl())) {
      long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
      int last;
      do {
        last =
            HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + "/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (last != status) {
          Thread.sleep(250);
        }
      } while (last != status && System.nanoTime() < until);
      assertEquals(status, last, base + "/health/ready");
    }
  }

  /** Fills the file system under {@code file} to the last byte; the file that fills it. */
  private static Path fill(Path file) {
    byte[] chunk = new byte[4096];
    try (OutputStream out = Files.newOutputStream(file)) {
      while (true) {
        out.write(chunk);
      }
    } catch (IOException full) {
      assertTrue(String.valueOf(full.getMessage()).contains("No space left"), full.toString());
    }
    return file;
  }

  private static void unmount(Path files) throws Exception {
    if (run("umount", files.toString()) != 0) {
      run("umount", "-l", files.toString());
    }
  }

  private static int run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).inheritIO().start();
    int code = process.waitFor();
    if (code != 0 && "mount".equals(command[0])) {
      throw new AssertionError("cannot " + String.join(" ", command) + " (needs root)");
    }
    return code;
  }

  /** What the streams of requests saw. */
  private static final class Load {
    final AtomicBoolean running = new AtomicBoolean(true);
    final AtomicInteger answers = new AtomicInteger();
    final AtomicInteger unavailable = new AtomicInteger();
    final Queue<String> unclean = new ConcurrentLinkedQueue<>();
    final Queue<String> systems = new ConcurrentLinkedQueue<>();
    final Map<String, String> consultations = new ConcurrentHashMap<>();
    final Map<String, Long> firstSuccessBack = new ConcurrentHashMap<>();
    volatile long back = Long.MAX_VALUE;

    void loop(String stream, long pauseMillis, PublicApi.Call call) {
      while (running.get()) {
        try {
          HttpResponse<String> response = call.send();
          answers.incrementAndGet();
          judge(stream, response);
          Thread.sleep(pauseMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        } catch (Exception e) {
          unclean.add(stream + ": no answer: " + e);
          running.set(false);
        }
      }
    }

    private void judge(String stream, HttpResponse<String> response) {
      int status = response.statusCode();
      if (status >= 200 && status < 300) {
        long now = System.nanoTime();
        if (now > back) {
          firstSuccessBack.putIfAbsent(stream, now);
        }
        kept(stream, response);
      } else if (status == 503 && clean(response)) {
        unavailable.incrementAndGet();
      } else {
        String body = response.body();
        unclean.add(stream + ": " + status + " " + body.substring(0, Math.min(300, body.length())));
      }
    }

    private void kept(String stream, HttpResponse<String> response) {
      if (stream.equals("private-write")) {
        systems.add(Api.json(response.body()).getJsonNumber("id").toString());
      } else if (stream.equals("public-write")) {
        JsonObject receipt = Api.json(response.body());
        consultations.put(receipt.getString("trackingNo"), receipt.getString("queryCode"));
      }
    }

    /** 503 with Retry-After, as problem+json of the database, or the plain page; no trace. */
    private static boolean clean(HttpResponse<String> response) {
      String type = response.headers().firstValue("Content-Type").orElse("");
      String body = response.body();
      boolean shaped =
          type.startsWith("application/problem+json")
              ? body.contains("urn:zjzwy:problem:database-unavailable")
              : type.startsWith("text/html") && body.contains("id=\"refused-title\"");
      return shaped
          && response.headers().firstValue("Retry-After").isPresent()
          && !body.contains("Exception")
          && !body.contains("\tat ");
    }

    /** Seconds from {@code back} until every one of the {@code streams} has succeeded again. */
    double awaitRecovery(long backAt, int streams, Duration limit) throws InterruptedException {
      back = backAt;
      long until = backAt + limit.toNanos();
      while (System.nanoTime() < until) {
        if (firstSuccessBack.size() == streams) {
          long last =
              firstSuccessBack.values().stream().mapToLong(Long::longValue).max().orElseThrow();
          return (last - backAt) / 1e9;
        }
        Thread.sleep(50);
      }
      throw new AssertionError(
          "not every stream recovered within " + limit + ": " + firstSuccessBack.keySet());
    }

    void stop() {
      running.set(false);
    }
  }
}
