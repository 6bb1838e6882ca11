package cn.gov.zj.cloud.benchmark;

import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.launcher.Stack;
import cn.gov.zj.cloud.launcher.StackSettings;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The public zone's benchmark of docs/benchmarks.md (Art. 23, 24): citizens' ratings through the
 * public portal under {@code bench.clients} concurrent clients beside a raw PostgreSQL insert of
 * the same row on the same server in the same run, and beside requests that do nothing (the ceiling
 * of the portal's server on this machine); then the time the private zone takes to drain the
 * backlog those ratings left (the channel is off while they are written).
 */
final class PublicBenchmark {

  /** Art. 23: the targets of the issue. */
  static final double RATIO_TARGET = 0.5;

  static final double P99_TARGET_MS = 100;
  static final double DRAIN_TARGET_SECONDS = 60;

  private static final String[] GRADES = {
    "VERY_SATISFIED", "VERY_SATISFIED", "VERY_SATISFIED", "VERY_SATISFIED", "VERY_SATISFIED",
    "SATISFIED", "SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"
  };

  private static final List<Tenant> TENANTS = TenantDirectory.load().all();

  private final BenchSettings settings;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private PublicBenchmark(BenchSettings settings) {
    this.settings = settings;
  }

  static void run(BenchSettings settings) throws Exception {
    System.setProperty("ZJ_PUBLIC_WRITES_PER_MINUTE", "1000000000");
    System.setProperty("ZJ_PUBLIC_READS_PER_MINUTE", "1000000000");
    System.setProperty("ZJ_CHANNEL_SECONDS", "0");
    StackSettings stackSettings =
        StackSettings.forTests(settings.dataDirectory().resolve("public"), settings.portBase());
    try (Stack stack = Stack.start(stackSettings)) {
      System.out.println("Stack started: " + stack.startupTimes());
      new PublicBenchmark(settings).measure(stack);
    }
  }

  private void measure(Stack stack) throws Exception {
    Tokens tokens = new Tokens(http, stack.settings().keycloakUrl());
    String privateApi = stack.settings().privateBaseUrl() + "/api/v1/tenants/";
    List<long[]> services = seedServices(tokens, privateApi, stack.settings().publicBaseUrl());
    String url =
        "jdbc:postgresql://localhost:"
            + stack.database().port()
            + "/"
            + stack.database().publicZone().name();
    int clients = settings.clients();
    int requests = settings.requests();
    Latencies raw = new Latencies(requests);
    double rawSeconds;
    try (RawInsert insert = new RawInsert(url, clients)) {
      System.out.println("Raw insert (" + Machine.loadAverage() + ") ...");
      rawSeconds =
          ClosedLoop.run(
              clients, settings.warmup(), raw, requests, n -> insert.insert(n, 1, grade(n)));
    }
    URI server = URI.create(stack.settings().publicBaseUrl());
    Latencies portal = new Latencies(requests);
    Latencies empty = new Latencies(requests);
    double portalSeconds;
    double emptySeconds;
    try (Clients http = new Clients(server)) {
      System.out.println("Empty requests to the portal (" + Machine.loadAverage() + ") ...");
      emptySeconds =
          ClosedLoop.run(clients, settings.warmup(), empty, requests, n -> live(http.own()));
      System.out.println("Ratings through the portal (" + Machine.loadAverage() + ") ...");
      portalSeconds =
          ClosedLoop.run(
              clients, settings.warmup(), portal, requests, n -> rate(http.own(), services, n));
    }
    long backlog = count(url, "select count(*) from interconnect_outbox where acked_at is null");
    double drainSeconds = drain(tokens, privateApi);
    PublicReport.print(
        settings,
        new PublicReport.Run(raw, rawSeconds),
        new PublicReport.Run(portal, portalSeconds),
        new PublicReport.Run(empty, emptySeconds),
        backlog,
        drainSeconds);
    PublicReport.checkDrain(url, stack, backlog);
  }

  /** One public-facing system per tenant, published by one exchange: {tenant index, id}. */
  private List<long[]> seedServices(Tokens tokens, String privateApi, String publicBaseUrl)
      throws Exception {
    List<Tenant> tenants = TENANTS;
    for (Tenant tenant : tenants) {
      String body =
          "{\"name\": \"公众服务 "
              + tenant.id().value()
              + "\", \"mlpsLevel\": 2, \"securityOfficer\": \"王五\","
              + " \"cloudStatus\": \"NOT_MIGRATED\", \"publicFacing\": true}";
      expect(
          201,
          send(
              post(
                  privateApi + tenant.id().value() + "/systems",
                  tokens.of(tenant.id().value(), "unit-applicant"),
                  body)));
    }
    drain(tokens, privateApi);
    List<long[]> services = new ArrayList<>();
    for (int i = 0; i < tenants.size(); i++) {
      String list = publicBaseUrl + "/api/v1/tenants/" + tenants.get(i).id().value() + "/services";
      JsonObject page =
          json(expect(200, send(HttpRequest.newBuilder(URI.create(list)).GET().build())));
      for (JsonValue item : page.getJsonArray("items")) {
        services.add(new long[] {i, item.asJsonObject().getJsonNumber("serviceId").longValue()});
      }
    }
    System.out.println("Public services: " + services.size());
    return services;
  }

  private String rate(KeepAlive http, List<long[]> services, int number) throws Exception {
    long[] service = services.get(ThreadLocalRandom.current().nextInt(services.size()));
    String tenant = TENANTS.get((int) service[0]).id().value();
    String body =
        "{\"serviceId\": "
            + service[1]
            + ", \"grade\": \""
            + grade(number)
            + "\", \"comment\": \"bench "
            + number
            + "\"}";
    // Art. 23: one rating per client, service and day; each request is another citizen's browser
    String visitor = "zj_visitor=" + String.format("%043d", number);
    int status = http.send("POST", "/api/v1/tenants/" + tenant + "/ratings", body, visitor);
    return status == 201 ? null : "HTTP " + status;
  }

  /** The yardstick of what the portal's server can answer at all: a request that does nothing. */
  private static String live(KeepAlive http) throws Exception {
    int status = http.send("GET", "/health/live", null);
    return status == 200 ? null : "HTTP " + status;
  }

  /** One exchange started by province-admin; its seconds. */
  private double drain(Tokens tokens, String privateApi) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> exchange =
        send(
            post(
                privateApi + "zhejiang/interconnect/exchange",
                tokens.of("zhejiang", "province-admin"),
                ""));
    double seconds = (System.nanoTime() - start) / 1e9;
    JsonObject outcome = json(expect(200, exchange));
    if (!outcome.getBoolean("succeeded")) {
      throw new IllegalStateException("the exchange failed: " + outcome);
    }
    System.out.println("  exchange: " + outcome + " in " + String.format("%.1f s", seconds));
    return seconds;
  }

  private static String grade(int number) {
    return GRADES[Math.floorMod(number * 7, GRADES.length)];
  }

  private HttpRequest post(String url, String token, String body) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .timeout(Duration.ofMinutes(15))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    return response;
  }

  private static JsonObject json(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  static long count(String url, String sql) throws SQLException {
    try (Connection db = DriverManager.getConnection(url, "postgres", "");
        Statement statement = db.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }
}
