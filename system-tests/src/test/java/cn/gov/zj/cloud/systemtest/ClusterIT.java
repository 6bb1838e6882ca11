package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.gov.zj.cloud.launcher.ClusterLayout;
import cn.gov.zj.cloud.launcher.InstallationSecrets;
import cn.gov.zj.cloud.launcher.PortalCluster;
import cn.gov.zj.cloud.launcher.Stack;
import cn.gov.zj.cloud.launcher.StackSettings;
import cn.gov.zj.cloud.realm.ProvisionRealms;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 15, cluster mode and its fault: two instances of each portal behind HAProxy, beside the
 * shared stack (its PostgreSQL, Keycloak and secrets; ports from {@code -Dzj.it.clusterBase}, 30400
 * by default). An instance killed (SIGKILL) in the middle of a browser journey: the journey goes on
 * at the other instance without a new sign-in, and HAProxy takes the dead one out within 5 s. One
 * killed in the middle of a stream of ratings: every answered rating is stored once, the unanswered
 * ones fail cleanly (never a 500) and succeed on retry.
 */
@ExtendWith(RunningStack.class)
class ClusterIT {

  /** Issue 15: HAProxy takes a failed instance out within this. */
  private static final Duration OUT_WITHIN = Duration.ofSeconds(5);

  private static final String PRIVATE_TENANT = "zhoushan";
  private static final String PUBLIC_TENANT = "quzhou";

  private static PortalCluster cluster;
  private static ClusterLayout layout;

  @BeforeAll
  static void startCluster() throws Exception {
    Stack stack = RunningStack.stack();
    assumeTrue(stack != null, "needs the stack that these tests start");
    int base = Integer.getInteger("zj.it.clusterBase", 30400);
    layout = new ClusterLayout(base, base + 1, 2, base + 10, base + 40);
    allowFront(PRIVATE_TENANT, "http://localhost:" + layout.privateFront());
    long started = System.nanoTime();
    cluster = stack.startCluster(layout);
    System.out.printf(
        "cluster of 2 + 2 instances and HAProxy ready in %.1f s%n",
        (System.nanoTime() - started) / 1e9);
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @DisplayName(
      "Issue 15, instance killed mid-journey: after SIGKILL of the instance serving a signed-in"
          + " user in the middle of the application wizard, the next steps work at the other"
          + " instance without a new sign-in, the wizard's state kept; HAProxy marks it DOWN within"
          + " 5 s")
  void fault_instanceKilledMidJourney() throws Exception {
    String name = "舟山集群-" + UUID.randomUUID().toString().substring(0, 8);
    LifecycleJourneyIT.systemOf(name, 2);
    String front = "http://localhost:" + layout.privateFront();
    try (Browser applicant = new Browser()) {
      applicant.driver().get(front + "/t/" + PRIVATE_TENANT + "/application-new");
      applicant.signIn(PRIVATE_TENANT + ".unit-applicant");
      new Select(applicant.element("wizard-form:system-id")).selectByVisibleText(name);
      String user = applicant.text("current-user");
      String serving = instanceOf(applicant);

      long killed = System.nanoTime();
      cluster.kill(serving);
      java.util.concurrent.CompletableFuture<Double> down =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> secondsUntilDown(serving, killed));
      applicant.element("wizard-form:to-resources").click();
      new Select(applicant.element("wizard-form:new-type")).selectByValue("BANDWIDTH");
      applicant.element("wizard-form:add-line").click();
      applicant.type("wizard-form:lines:0:mbps", "50");
      applicant.element("wizard-form:to-materials").click();
      assertTrue(applicant.text("draft-created").contains("申请编号"), "the draft, for " + name);
      assertTrue(applicant.driver().getCurrentUrl().startsWith(front), "no sign-in page");
      assertEquals(user, applicant.text("current-user"), "the same user");
      assertNotEquals(serving, instanceOf(applicant), "served by the other instance");
      double out = down.get();
      System.out.printf("HAProxy took %s out %.1f s after the kill%n", serving, out);
      assertTrue(out <= OUT_WITHIN.toSeconds(), serving + " still UP after " + out + " s");
    }
  }

  @Test
  @DisplayName(
      "Issue 15, instance killed mid-stream: ratings from 4 threads through HAProxy, public-1"
          + " killed by SIGKILL in the middle; each answered rating stored exactly once, the"
          + " unanswered ones refused cleanly (502/503/504 or no answer, never 500) and stored once"
          + " on retry; the private zone receives each once")
  void fault_instanceKilledMidRatingStream() throws Exception {
    String service = Fixtures.publicService(PUBLIC_TENANT, Submissions.uniqueName("衢州集群评价"));
    String ratings = "http://localhost:" + layout.publicFront() + "/api/v1/tenants/";
    PublicApi.await(
        Duration.ofSeconds(90),
        () ->
            PublicApi.get("/api/v1/tenants/" + PUBLIC_TENANT + "/satisfaction/services/" + service),
        r -> r.statusCode() == 200);
    String body = "{\"serviceId\": " + service + ", \"grade\": \"SATISFIED\"}";
    int threads = 4;
    int perThread = 60;
    Map<String, String> receipts = new ConcurrentHashMap<>();
    List<String> unanswered = java.util.Collections.synchronizedList(new ArrayList<>());
    List<String> unclean = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicInteger sent = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> streams = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      streams.add(
          pool.submit(
              () -> {
                for (int i = 0; i < perThread; i++) {
                  String citizen = "10.15." + thread + "." + (i + 1);
                  sent.incrementAndGet();
                  rate(ratings, citizen, body, receipts, unanswered, unclean);
                }
                return null;
              }));
    }
    while (sent.get() < threads * perThread / 3) {
      Thread.sleep(50);
    }
    cluster.kill("public-1");
    for (Future<?> stream : streams) {
      stream.get();
    }
    pool.shutdown();
    System.out.printf(
        "ratings: %d answered in the stream, %d unanswered%n", receipts.size(), unanswered.size());
    assertTrue(unclean.isEmpty(), "unclean answers: " + unclean);
    for (String citizen : List.copyOf(unanswered)) {
      assertTrue(
          rate(ratings, citizen, body, receipts, new ArrayList<>(), unclean),
          "the retry of " + citizen + " succeeds");
    }
    assertEquals(threads * perThread, receipts.size(), "every citizen has a receipt");
    assertEquals(
        threads * perThread,
        receipts.values().stream().distinct().count(),
        "one receipt per citizen");
    assertEquals(threads * perThread, storedRatings(service), "each rating stored exactly once");
    assertEquals(
        threads * perThread, receivedRatings(service), "and received once in the private zone");
  }

  /**
   * Posts one citizen's rating (its address as HAProxy's client, believed from the loopback);
   * whether it was answered 2xx. A 502, 503 or 504 of HAProxy or no answer at all leaves it
   * unanswered; anything else is unclean.
   */
  private static boolean rate(
      String ratings,
      String citizen,
      String body,
      Map<String, String> receipts,
      List<String> unanswered,
      List<String> unclean) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(ratings + PUBLIC_TENANT + "/ratings"))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .header("X-Forwarded-For", citizen)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> answer = Api.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      int status = answer.statusCode();
      if (status == 200 || status == 201) {
        String number = Api.json(answer.body()).getString("ratingId");
        String earlier = receipts.putIfAbsent(citizen, number);
        if (earlier != null && !earlier.equals(number)) {
          unclean.add(citizen + ": a second receipt " + number + " after " + earlier);
        }
        return true;
      }
      if (status == 502 || status == 503 || status == 504) {
        unanswered.add(citizen);
      } else {
        unclean.add(citizen + ": " + status + " " + answer.body());
      }
    } catch (IOException noAnswer) {
      unanswered.add(citizen);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      unclean.add(citizen + ": interrupted");
    }
    return false;
  }

  /** The ratings of the service in the public zone's database. */
  private static long storedRatings(String service) throws Exception {
    return AuditTrail.rows(
        false,
        PUBLIC_TENANT,
        "select count(*) from rating where service_id = ?",
        Long.parseLong(service));
  }

  /**
   * The ratings of the service the private zone received, once the interconnection (run by the
   * stack's portal-private and the cluster's instances alike) has carried them: at most 90 s.
   */
  private static long receivedRatings(String service) throws Exception {
    String sql = "select count(*) from service_rating where service_id = ?";
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    long received = AuditTrail.rows(true, PUBLIC_TENANT, sql, Long.parseLong(service));
    while (received < storedRatings(service) && System.nanoTime() < deadline) {
      Thread.sleep(1000);
      received = AuditTrail.rows(true, PUBLIC_TENANT, sql, Long.parseLong(service));
    }
    return received;
  }

  @Test
  @DisplayName(
      "Issue 15, instance back: a killed instance started again is taken back by HAProxy within"
          + " 5 s of being ready and serves requests again")
  void fault_instanceRejoins() throws Exception {
    String instance = "public-2";
    long killed = System.nanoTime();
    cluster.kill(instance);
    assertTrue(secondsUntil(instance, "DOWN", killed) <= OUT_WITHIN.toSeconds(), "taken out");
    long started = System.nanoTime();
    cluster.restart(instance);
    long ready = System.nanoTime();
    double back = secondsUntil(instance, "UP", ready);
    System.out.printf(
        "%s started again in %.1f s, UP in HAProxy %.1f s after ready%n",
        instance, (ready - started) / 1e9, back);
    assertTrue(back <= OUT_WITHIN.toSeconds(), instance + " not UP " + back + " s after ready");
    java.util.Set<String> serving = new java.util.TreeSet<>();
    URI front = URI.create("http://localhost:" + layout.publicFront() + "/health/ready");
    for (int i = 0; i < 10 && !serving.contains(instance); i++) {
      HttpResponse<String> answer =
          Api.HTTP.send(
              HttpRequest.newBuilder(front).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, answer.statusCode(), answer.body());
      answer.headers().allValues("Set-Cookie").stream()
          .filter(c -> c.startsWith(PortalCluster.instanceCookie() + "="))
          .forEach(c -> serving.add(c.substring(c.indexOf('=') + 1, c.indexOf(';'))));
    }
    assertTrue(serving.contains(instance), "round robin reaches it again: " + serving);
  }

  /** The instance HAProxy's cookie names for the browser. */
  private static String instanceOf(Browser browser) {
    Cookie cookie = browser.driver().manage().getCookieNamed(PortalCluster.instanceCookie());
    assertTrue(cookie != null, "HAProxy's cookie " + PortalCluster.instanceCookie());
    return cookie.getValue();
  }

  /**
   * Seconds from {@code since} until HAProxy's statistics show the instance DOWN, watched every 100
   * ms while the journey goes on.
   */
  private static double secondsUntilDown(String instance, long since) {
    return secondsUntil(instance, "DOWN", since);
  }

  /**
   * Seconds from {@code since} until HAProxy's status of the instance begins with {@code state}.
   */
  private static double secondsUntil(String instance, String state, long since) {
    try {
      while (true) {
        double seconds = (System.nanoTime() - since) / 1e9;
        if (status(instance).startsWith(state) || seconds > 30) {
          return seconds;
        }
        Thread.sleep(100);
      }
    } catch (Exception e) {
      throw new IllegalStateException("HAProxy's statistics", e);
    }
  }

  /** The instance's status in HAProxy's CSV statistics ({@code UP}, {@code DOWN}, …). */
  private static String status(String instance) throws Exception {
    String csv =
        Api.HTTP
            .send(
                HttpRequest.newBuilder(URI.create(cluster.statisticsUrl())).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    String[] lines = csv.split("\n");
    List<String> header = Arrays.asList(lines[0].replace("# ", "").split(","));
    int column = header.indexOf("status");
    for (String line : lines) {
      String[] fields = line.split(",");
      if (fields.length > column && fields[1].equals(instance)) {
        return fields[column];
      }
    }
    throw new AssertionError("no " + instance + " in " + csv);
  }

  /**
   * The realm knows the shared stack's portal URL only: the cluster's front becomes a redirect URI
   * of the tenant's portal-private client too.
   */
  private static void allowFront(String tenant, String front) {
    StackSettings settings = RunningStack.settings();
    try (Keycloak admin =
        ProvisionRealms.masterAdmin(
            settings.keycloakUrl(),
            Stack.KEYCLOAK_ADMIN,
            InstallationSecrets.of(settings).keycloakAdminPassword())) {
      List<ClientRepresentation> found =
          admin.realm(tenant).clients().findByClientId("portal-private");
      ClientResource client = admin.realm(tenant).clients().get(found.get(0).getId());
      ClientRepresentation representation = client.toRepresentation();
      List<String> uris = new ArrayList<>(representation.getRedirectUris());
      uris.add(front + "/t/" + tenant + "/*");
      representation.setRedirectUris(uris);
      Map<String, String> attributes = new java.util.HashMap<>(representation.getAttributes());
      attributes.put(
          "post.logout.redirect.uris",
          attributes.getOrDefault("post.logout.redirect.uris", "") + "##" + front + "/*");
      representation.setAttributes(attributes);
      client.update(representation);
    }
  }
}
