package cn.gov.zj.cloud.benchmark;

import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.launcher.Stack;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Art. 4, 22, 23 (docs/benchmarks.md, {@code -Dbench.suite=dashboards}): {@code bench.applications}
 * applications with their histories (default 1,000,000), {@code bench.ratings} ratings (10,000,000)
 * and {@code bench.days} days (365) of usage of {@code bench.lines} allocated lines (100,000),
 * loaded once with the counting triggers active (a second run of the same size reuses them); then
 * the city dashboard, the province dashboard, the unit assessment list and the public statistics,
 * each under {@code bench.clients} (16) closed-loop clients: p50, p95 and p99 against p95 ≤ 300 ms,
 * and every figure checked against a direct SQL count of the same rows.
 */
final class DashboardBenchmark {

  static final double P95_TARGET_MS = 300;

  private static final String CITY = "hangzhou";

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private final int applications = Integer.getInteger("bench.applications", 1_000_000);
  private final long ratings = Long.getLong("bench.ratings", 10_000_000L);
  private final int lines = Integer.getInteger("bench.lines", 100_000);
  private final int days = Integer.getInteger("bench.days", 365);
  private final int clients = Integer.getInteger("bench.clients", 16);
  private final int requests = Integer.getInteger("bench.requests", 1_000);
  private final int warmup = Integer.getInteger("bench.warmup", 100);
  private final int portBase = Integer.getInteger("bench.portBase", 40_000);
  private final Path data =
      Path.of(System.getProperty("bench.data", "benchmark/target/stack")).resolve("dashboards");

  private DashboardBenchmark() {}

  static void run() throws Exception {
    new DashboardBenchmark().measure();
  }

  private void measure() throws Exception {
    String size = applications + " " + ratings + " " + lines + " " + days;
    System.out.printf(
        "Dashboards benchmark: %,d applications, %,d ratings, %,d lines x %,d days of usage;"
            + " %d clients, %,d requests (+%,d warm-up) per page, ports %d+, data %s%n",
        applications, ratings, lines, days, clients, requests, warmup, portBase, data);
    System.out.println(Machine.describe());
    System.setProperty("ZJ_CHANNEL_SECONDS", "0");
    Path marker = data.resolve("loaded-dashboards");
    boolean reuse = Files.isRegularFile(marker) && Files.readString(marker).strip().equals(size);
    try (Stack stack = Stack.start(Benchmark.stackSettings(data, portBase, !reuse))) {
      System.out.println("Stack started: " + stack.startupTimes());
      int port = stack.database().port();
      DataLoad zone = new DataLoad(port, stack.database().privateZone().name());
      DataLoad publicZone = new DataLoad(port, stack.database().publicZone().name());
      List<String> tenants =
          TenantDirectory.load().all().stream().map(Tenant::id).map(id -> id.value()).toList();
      if (reuse) {
        System.out.println("Reusing the data loaded before (" + size + ")");
      } else {
        zone.load(applications, TenantDirectory.load().all());
        new DashboardLoad(zone, publicZone, tenants).load(ratings, lines, days);
        Files.writeString(marker, size);
      }
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      Tokens tokens = new Tokens(http, stack.settings().keycloakUrl());
      int year = LocalDate.now(BEIJING).getYear();
      String privateApi = stack.settings().privateBaseUrl() + "/api/v1/tenants/";
      Map<String, Page> pages = new LinkedHashMap<>();
      pages.put(
          "city dashboard",
          new Page(privateApi + CITY + "/dashboard?year=" + year, CITY, "reviewer"));
      pages.put(
          "province dashboard",
          new Page(
              privateApi + "zhejiang/oversight/dashboard?year=" + year,
              "zhejiang",
              "province-admin"));
      pages.put(
          "unit assessment list",
          new Page(privateApi + CITY + "/assessments/units?year=" + year, CITY, "reviewer"));
      pages.put(
          "public statistics",
          new Page(
              stack.settings().publicBaseUrl()
                  + "/api/v1/tenants/"
                  + CITY
                  + "/satisfaction?year="
                  + year,
              null,
              null));
      Map<String, JsonObject> answers = new LinkedHashMap<>();
      for (Map.Entry<String, Page> page : pages.entrySet()) {
        HttpResponse<String> first = get(http, tokens, page.getValue());
        System.out.printf(
            "  %s: HTTP %d, %,d bytes%n", page.getKey(), first.statusCode(), first.body().length());
        answers.put(page.getKey(), json(first.body()));
      }
      System.out.printf(
          "%nResults: %d clients, target p95 <= %.0f ms (%s)%n",
          clients, P95_TARGET_MS, Machine.loadAverage());
      Latencies.printHeader("page", 22, "req/s", "target");
      for (Map.Entry<String, Page> page : pages.entrySet()) {
        Latencies latencies = new Latencies(requests);
        double seconds =
            ClosedLoop.run(
                clients,
                warmup,
                latencies,
                requests,
                n -> {
                  HttpResponse<String> answer = get(http, tokens, page.getValue());
                  return answer.statusCode() == 200 ? null : "HTTP " + answer.statusCode();
                });
        boolean met = latencies.summary().p95() <= P95_TARGET_MS && latencies.errorCount() == 0;
        latencies.printRow(page.getKey(), 22, seconds, met ? "MET" : "NOT MET");
      }
      System.out.println("After measuring: " + Machine.loadAverage());
      new DashboardChecks(zone, publicZone, CITY, year).print(answers);
    }
  }

  /** One page: its URL and the demo user who reads it (none: the public zone's anonymous). */
  private record Page(String url, String tenant, String role) {}

  /** The answer as an object; a list answered as {@code {"items": […]}}. */
  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      JsonStructure read = reader.read();
      return read instanceof JsonObject object
          ? object
          : Json.createObjectBuilder().add("items", read).build();
    } catch (RuntimeException e) {
      return JsonObject.EMPTY_JSON_OBJECT;
    }
  }

  private static HttpResponse<String> get(HttpClient http, Tokens tokens, Page page)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(page.url()))
            .timeout(Duration.ofSeconds(120))
            .header("Accept", "application/json");
    if (page.tenant() != null) {
      request.header("Authorization", "Bearer " + tokens.of(page.tenant(), page.role()));
    }
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
