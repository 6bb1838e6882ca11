package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.systemtest.FuzzEndpoints.BodyKind;
import cn.gov.zj.cloud.systemtest.FuzzEndpoints.Endpoint;
import cn.gov.zj.cloud.systemtest.FuzzEndpoints.Zone;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Art. 25, issue 10 point 6: no input produces a 500. A property-based fuzz of every REST endpoint
 * of both portals ({@link FuzzEndpoints}, checked complete against the resources' {@code @Path}s)
 * on the whole stack with real Keycloak tokens: generated and mutated bodies (wrong types, huge
 * numbers, NUL, bidi and zero-width texts, deep nesting, duplicate keys, over-long texts, empty and
 * non-JSON bodies, other content types, multipart without a file), query parameters (out of range,
 * repeated, unknown, hostile text) and path segments (ids that are no numbers, matrix parameters,
 * encoded separators, empty and dot segments), as each role of a tenant, another tenant's token,
 * and anonymously. Any 5xx fails with the request that produced it; 4xx of every kind are fine
 * (401, 403, 404, 405, 409, 415, 429 included). At the end it prints how many requests went to how
 * many endpoints and the statuses they got.
 *
 * <p>The private zone is fuzzed in the tenant {@code zhoushan}, which no other system test uses
 * (the province's endpoints in {@code zhejiang}, a provincial rule change only ever for 2099 and
 * calendar notices only previewed), so that accepted writes disturb no other test.
 */
class HostileInputFuzzIT {

  /** Tries per zone: together a few thousand requests, about two minutes on the CI machine. */
  private static final int PRIVATE_TRIES = 2200;

  private static final int PUBLIC_TRIES = 1000;

  private static final String CITY = "zhoushan";
  private static final String PROVINCE = "zhejiang";

  private static final Map<String, AtomicInteger> STATUSES = new ConcurrentHashMap<>();
  private static final Map<String, AtomicInteger> ENDPOINTS = new ConcurrentHashMap<>();
  private static final AtomicInteger REQUESTS = new AtomicInteger();
  private static final List<String> ODDITIES = new ArrayList<>();

  /**
   * With {@code -Dzj.fuzz.collect=true} (while fixing) every 5xx is collected and all are printed
   * at the end, failing the container, instead of the property stopping at the first.
   */
  private static final boolean COLLECT = Boolean.getBoolean("zj.fuzz.collect");

  private static final List<String> FAILURES = new ArrayList<>();

  /** Texts nobody should be able to store or crash with. */
  static final List<String> HOSTILE_TEXTS =
      List.of(
          "",
          " ",
          "\u0000",
          "杭州\u0000市",
          "\u202e反转文字",
          "\u2066x\u2069",
          "\u200b\u200c\u200d",
          "\ufeff",
          "a\u0007b",
          "第一行\r\n第二行",
          "'; drop table unit; --",
          "%_\\",
          "<script>alert(1)</script>",
          "${jndi:ldap://x/a}",
          "../../etc/passwd",
          "x".repeat(300),
          "长".repeat(6000),
          "😀",
          "\ud800",
          "NaN",
          "1e400",
          "-1",
          "0",
          "2147483647",
          "2147483648",
          "-2147483649",
          "9223372036854775808",
          "1.5",
          "true",
          "null",
          "2026-13-45",
          "2026-02-30",
          "99999-01-01",
          "+1000000000-01-01",
          "+999999999-12-31",
          "-999999999-01-01",
          "2026-11",
          "SUBMITTED",
          "name",
          "-name",
          "name,desc",
          "id;drop",
          "ZX20260101-000001");

  /** JSON values of every type and size, for any field. */
  static final List<String> HOSTILE_VALUES =
      List.of(
          "null",
          "true",
          "0",
          "-1",
          "2147483648",
          "9223372036854775808",
          "1" + "0".repeat(400),
          "1e400",
          "-1e-400",
          "1e999999999",
          "1.5",
          "\"\"",
          "\"\\u0000\"",
          "\"a\\u0000b\"",
          "\"\\u202eevil\"",
          "\"\\u200b\\u200b\"",
          "\"\\ud800\"",
          "\"" + "x".repeat(70_000) + "\"",
          "\"" + "长".repeat(3000) + "\"",
          "\"1\"",
          "\"2026-02-30\"",
          "[]",
          "{}",
          "[1, \"a\", null]",
          "[{}]",
          "[" + "{\"type\": \"BANDWIDTH\", \"mbps\": 1},".repeat(500) + "{}]",
          "[".repeat(40) + "]".repeat(40),
          "{\"a\": 1, \"a\": 2}");

  /** Whole bodies that are no valid JSON object, or one no parser should recurse into. */
  static final List<String> HOSTILE_BODIES =
      List.of(
          "",
          "null",
          "[]",
          "{",
          "}",
          "\"text\"",
          "123",
          "\u0000\u0001\u0002",
          "{\"a\":}",
          "{'a': 1}",
          "{\"a\": 1} trailing",
          "[".repeat(5000) + "]".repeat(5000),
          "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
          "{\"a\":".repeat(33) + "1" + "}".repeat(33),
          "{\"x\": \"" + "长".repeat(20_000) + "\"}",
          "<xml/>",
          "a=1&b=2");

  /** Path segments in place of a parameter: raw, as they go into the address. */
  static final List<String> HOSTILE_SEGMENTS =
      List.of(
          "0",
          "-1",
          "9223372036854775808",
          "9".repeat(60),
          "abc",
          "1.5",
          "%00",
          "%2F",
          "%2e%2e",
          "..",
          ".",
          "",
          "1;x=1",
          "%3B",
          "%5C",
          "%E2%80%AE",
          "%C0%AE",
          "%FF",
          "00000000-0000-0000-0000-000000000000",
          "ZHOUSHAN",
          "atlantis",
          "zhoushan;x=1",
          "ZX20260101-000001",
          "A".repeat(300));

  static final List<String> CONTENT_TYPES =
      List.of(
          "application/json",
          "application/json; charset=ISO-8859-1",
          "text/plain",
          "application/xml",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x",
          "text/csv",
          "*/*",
          "");

  static final List<String> ACTIONS =
      List.of(
          "submit",
          "accept",
          "reject",
          "approve",
          "deny",
          "provide-trial",
          "request-extension",
          "final-approve",
          "request-change",
          "reclaim",
          "unknown-action");

  /** How a path is bent as a whole. */
  enum PathTrick {
    NONE,
    MATRIX,
    DOUBLE_SLASH,
    DOT_SEGMENT,
    DOT_DOT_SEGMENT,
    TRAILING_SLASH,
    ENCODED_SLASH,
    UPPER_CASE
  }

  /** How a body is changed. */
  enum Change {
    SET,
    SET_NESTED,
    REMOVE,
    ADD_UNKNOWN,
    DUPLICATE
  }

  /** One change of a JSON body: which field (by index into the sample's fields) and the value. */
  record BodyChange(Change change, int field, String value) {}

  /** One query parameter: its name (a declared one by index, or another) and value. */
  record QueryPart(int parameter, String value, boolean unknown) {}

  /** Who calls: a label for the report and how to get the token (null: anonymous). */
  record Caller(String label, Supplier<String> token) {}

  /** One generated request, before the stack's ids are filled in. */
  record Call(
      Endpoint endpoint,
      int caller,
      Map<String, String> segments,
      PathTrick trick,
      List<QueryPart> query,
      String wholeBody,
      List<BodyChange> changes,
      String contentType) {}

  // ---------------------------------------------------------------- properties

  @Example
  void everyEndpointOfBothPortalsIsFuzzed() {
    Path repository = Path.of(System.getProperty("zj.it.sources", ".."));
    Set<String> declared = FuzzEndpoints.declared(repository);
    Set<String> listed = FuzzEndpoints.listed();
    assertTrue(declared.size() > 30, "the scan found the resources: " + declared);
    Set<String> unfuzzed = new TreeSet<>(declared);
    unfuzzed.removeAll(listed);
    Set<String> stale = new TreeSet<>(listed);
    stale.removeAll(declared);
    assertEquals(Set.of(), unfuzzed, "endpoints the fuzz does not drive (add to FuzzEndpoints)");
    assertEquals(Set.of(), stale, "endpoints in FuzzEndpoints that no resource declares");
  }

  @Property(tries = PRIVATE_TRIES)
  void noInputToThePrivatePortalAnswers5xx(@ForAll("privateCalls") Call call) throws Exception {
    send(call);
  }

  @Property(tries = PUBLIC_TRIES)
  void noInputToThePublicPortalAnswers5xx(@ForAll("publicCalls") Call call) throws Exception {
    send(call);
  }

  @AfterContainer
  static void report() {
    System.out.printf(
        "hostile-input fuzz: %d requests to %d endpoints; statuses %s%n",
        REQUESTS.get(), ENDPOINTS.size(), new TreeMap<>(counts(STATUSES)));
    System.out.printf(
        "hostile-input fuzz: requests per endpoint %s%n", new TreeMap<>(counts(ENDPOINTS)));
    synchronized (ODDITIES) {
      ODDITIES.forEach(oddity -> System.out.println("hostile-input fuzz: " + oddity));
    }
    synchronized (FAILURES) {
      FAILURES.forEach(System.out::println);
      if (!FAILURES.isEmpty()) {
        throw new AssertionError(
            FAILURES.size() + " requests answered 5xx, the first: " + FAILURES.get(0));
      }
    }
  }

  private static Map<String, Integer> counts(Map<String, AtomicInteger> counters) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counters.forEach((key, count) -> counts.put(key, count.get()));
    return counts;
  }

  // ---------------------------------------------------------------- generation

  @Provide
  Arbitrary<Call> privateCalls() {
    return calls(Zone.PRIVATE);
  }

  @Provide
  Arbitrary<Call> publicCalls() {
    return calls(Zone.PUBLIC);
  }

  private static Arbitrary<Call> calls(Zone zone) {
    Arbitrary<Endpoint> endpoint = Arbitraries.of(FuzzEndpoints.of(zone));
    Arbitrary<Integer> caller = Arbitraries.integers().between(0, 99);
    Arbitrary<Map<String, String>> segments =
        Arbitraries.maps(
                Arbitraries.of(
                    "tenant",
                    "unit",
                    "system",
                    "application",
                    "attachment",
                    "action",
                    "notification",
                    "consultation",
                    "rectification",
                    "trackingNo",
                    "token",
                    "rating"),
                Arbitraries.of(HOSTILE_SEGMENTS))
            .ofMinSize(1)
            .ofMaxSize(2);
    Arbitrary<Map<String, String>> rarely =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.just(Map.<String, String>of())),
            net.jqwik.api.Tuple.of(2, segments));
    Arbitrary<PathTrick> trick =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(12, Arbitraries.just(PathTrick.NONE)),
            net.jqwik.api.Tuple.of(3, Arbitraries.of(PathTrick.class)));
    Arbitrary<List<QueryPart>> query = queryParts().list().ofMaxSize(4);
    Arbitrary<String> whole =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, Arbitraries.just((String) null)),
            net.jqwik.api.Tuple.of(1, Arbitraries.of(HOSTILE_BODIES)));
    Arbitrary<List<BodyChange>> changes = bodyChanges().list().ofMinSize(0).ofMaxSize(3);
    Arbitrary<String> contentType =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, Arbitraries.just((String) null)),
            net.jqwik.api.Tuple.of(1, Arbitraries.of(CONTENT_TYPES)));
    return Combinators.combine(endpoint, caller, rarely, trick, query, whole, changes, contentType)
        .as(Call::new);
  }

  private static Arbitrary<QueryPart> queryParts() {
    Arbitrary<String> values =
        Arbitraries.oneOf(
            Arbitraries.of(HOSTILE_TEXTS),
            Arbitraries.integers().map(String::valueOf),
            Arbitraries.strings().ofMaxLength(20));
    return Combinators.combine(
            Arbitraries.integers().between(0, 9), values, Arbitraries.of(false, false, true))
        .as(QueryPart::new);
  }

  private static Arbitrary<BodyChange> bodyChanges() {
    Arbitrary<String> values =
        Arbitraries.oneOf(
            Arbitraries.of(HOSTILE_VALUES),
            Arbitraries.of(HOSTILE_TEXTS).map(HostileInputFuzzIT::quoted),
            Arbitraries.longs().map(String::valueOf),
            Arbitraries.strings().ofMaxLength(30).map(HostileInputFuzzIT::quoted));
    return Combinators.combine(
            Arbitraries.of(Change.class), Arbitraries.integers().between(0, 20), values)
        .as(BodyChange::new);
  }

  private static String quoted(String text) {
    return jakarta.json.Json.createValue(text).toString();
  }

  // ---------------------------------------------------------------- sending

  private void send(Call call) throws Exception {
    RunningStack.started();
    Endpoint endpoint = call.endpoint();
    Caller caller = caller(endpoint, call.caller());
    String tenant = endpoint.province() ? PROVINCE : CITY;
    String path = path(endpoint, tenant, call) + query(endpoint, call.query());
    String base =
        endpoint.zone() == Zone.PRIVATE
            ? RunningStack.started().privateBaseUrl()
            : RunningStack.started().publicBaseUrl();
    URI uri;
    try {
      uri = URI.create(base + "/api/v1/" + path);
    } catch (IllegalArgumentException unsendable) {
      count("unsendable", endpoint);
      return;
    }
    Body body = body(endpoint, call);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .method(endpoint.method(), HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
    String token = caller.token() == null ? null : caller.token().get();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (!body.contentType().isEmpty()) {
      request.header("Content-Type", body.contentType());
    }
    String described =
        endpoint.method()
            + " "
            + uri
            + "\n  as "
            + caller.label()
            + "\n  Content-Type: "
            + body.contentType()
            + "\n  body: "
            + printable(new String(body.bytes(), StandardCharsets.UTF_8));
    HttpResponse<String> response;
    try {
      response = sendOnce(request.build());
    } catch (HttpTimeoutException e) {
      oddity("timeout", endpoint, described);
      return;
    } catch (IOException e) {
      oddity("connection closed (" + e.getMessage() + ")", endpoint, described);
      return;
    }
    count(String.valueOf(response.statusCode()), endpoint);
    String failure =
        "a 5xx for a crafted request:\n"
            + described
            + "\n→ "
            + response.statusCode()
            + " "
            + printable(response.body());
    if (COLLECT && response.statusCode() >= 500) {
      synchronized (FAILURES) {
        FAILURES.add(failure);
      }
      return;
    }
    assertTrue(response.statusCode() < 500, failure);
  }

  /**
   * Sends the request, once more on a fresh connection when the server had closed the kept-alive
   * one the client picked (an empty answer after a 401's {@code Connection: close}).
   */
  private static HttpResponse<String> sendOnce(HttpRequest request) throws Exception {
    try {
      return Api.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw e;
    } catch (IOException e) {
      return Api.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
  }

  private static void count(String status, Endpoint endpoint) {
    REQUESTS.incrementAndGet();
    STATUSES.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
    ENDPOINTS.computeIfAbsent(endpoint.key(), s -> new AtomicInteger()).incrementAndGet();
  }

  private static void oddity(String what, Endpoint endpoint, String described) {
    count(what.startsWith("timeout") ? "timeout" : "closed", endpoint);
    synchronized (ODDITIES) {
      if (ODDITIES.size() < 20) {
        ODDITIES.add(what + ": " + described);
      }
    }
  }

  /** Control characters and long texts made readable for the failure message. */
  static String printable(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .limit(600)
        .forEach(
            c -> {
              if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return text.length() > 600 ? out + "…(" + text.length() + " chars)" : out.toString();
  }

  // ---------------------------------------------------------------- callers

  private static final List<String> CITY_ROLES =
      List.of(
          "unit-applicant",
          "unit-security-officer",
          "reviewer",
          "provider-operator",
          "security-supervisor",
          "tenant-admin");

  private static Caller caller(Endpoint endpoint, int pick) {
    if (pick < 8) {
      return new Caller("anonymous", null);
    }
    if (pick < 12) {
      return new Caller(
          "a foreign tenant's reviewer (ningbo)", () -> Tokens.of("ningbo", "reviewer"));
    }
    if (pick < 14) {
      return new Caller("a forged bearer token", () -> "eyJhbGciOiJub25lIn0.e30.");
    }
    if (endpoint.zone() == Zone.PUBLIC) {
      return new Caller("citizen with a staff token", () -> Tokens.of(CITY, "reviewer"));
    }
    if (endpoint.province()) {
      String role = pick % 3 == 0 ? "reviewer" : "province-admin";
      return new Caller(PROVINCE + "." + role, () -> Tokens.of(PROVINCE, role));
    }
    String role = CITY_ROLES.get(pick % CITY_ROLES.size());
    return new Caller(CITY + "." + role, () -> Tokens.of(CITY, role));
  }

  // ---------------------------------------------------------------- paths and queries

  private static String path(Endpoint endpoint, String tenant, Call call) {
    List<String> segments = new ArrayList<>();
    for (String segment : endpoint.template().split("/")) {
      if (segment.startsWith("{")) {
        String name = segment.substring(1, segment.length() - 1);
        String hostile = call.segments().get(name);
        segments.add(hostile != null ? hostile : Fixtures.value(name, tenant));
      } else {
        segments.add(segment);
      }
    }
    int at = Math.abs(call.caller() * 31) % segments.size();
    switch (call.trick()) {
      case MATRIX -> segments.set(at, segments.get(at) + ";x=1");
      case DOUBLE_SLASH -> segments.add(at, "");
      case DOT_SEGMENT -> segments.add(at, ".");
      case DOT_DOT_SEGMENT -> segments.add(at, "..");
      case ENCODED_SLASH -> segments.set(at, segments.get(at) + "%2F" + "x");
      case UPPER_CASE -> segments.set(at, segments.get(at).toUpperCase(java.util.Locale.ROOT));
      case TRAILING_SLASH -> segments.add("");
      case NONE -> {
        // as the template says
      }
    }
    return String.join("/", segments);
  }

  private static String query(Endpoint endpoint, List<QueryPart> parts) {
    List<String> pairs = new ArrayList<>();
    endpoint.pinned().stream()
        .filter(name -> endpoint.body() == BodyKind.CSV)
        .forEach(name -> pairs.add(name + "=true"));
    for (QueryPart part : parts) {
      String name =
          part.unknown() || endpoint.query().isEmpty()
              ? List.of("page", "size", "x", "sort", "q", "preview").get(part.parameter() % 6)
              : endpoint.query().get(part.parameter() % endpoint.query().size());
      if (endpoint.pinned().contains(name)) {
        continue;
      }
      pairs.add(encode(name) + "=" + encode(part.value()));
    }
    return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- bodies

  /** What goes on the wire. */
  record Body(byte[] bytes, String contentType) {}

  private static Body body(Endpoint endpoint, Call call) {
    return switch (endpoint.body()) {
      case NONE ->
          call.wholeBody() == null
              ? new Body(new byte[0], call.contentType() == null ? "" : call.contentType())
              : text(call.wholeBody(), call, "application/json");
      case JSON ->
          text(
              call.wholeBody() != null
                  ? call.wholeBody()
                  : changed(endpoint.sample(), endpoint.pinned(), call.changes()),
              call,
              "application/json");
      case CSV -> text(csv(endpoint.sample(), call), call, "text/csv");
      case MULTIPART -> Multipart.of(call);
    };
  }

  private static Body text(String text, Call call, String contentType) {
    return new Body(
        text.getBytes(StandardCharsets.UTF_8),
        call.contentType() == null ? contentType : call.contentType());
  }

  private static String csv(String sample, Call call) {
    if (call.wholeBody() != null) {
      return call.wholeBody();
    }
    StringBuilder csv = new StringBuilder(sample);
    for (BodyChange change : call.changes()) {
      String value = change.value().replace("\"", "");
      csv.append(
          switch (change.field() % 4) {
            case 0 -> value + ",HOLIDAY,元旦\n";
            case 1 -> "2033-05-01," + value + ",劳动节\n";
            case 2 -> "2033-05-02,HOLIDAY," + value + "\n";
            default -> value + "\n";
          });
    }
    return csv.toString();
  }

  /** The sample with the changes applied, as raw JSON text (the values need not be valid). */
  static String changed(String sample, Set<String> pinned, List<BodyChange> changes) {
    JsonObject object = Api.json(sample);
    Map<String, String> fields = new LinkedHashMap<>();
    object.forEach((name, value) -> fields.put(name, value.toString()));
    List<String> duplicates = new ArrayList<>();
    for (BodyChange change : changes) {
      List<String> names = new ArrayList<>(fields.keySet());
      names.removeAll(pinned);
      String name = names.isEmpty() ? "extra" : names.get(change.field() % names.size());
      switch (change.change()) {
        case SET -> fields.put(name, change.value());
        case SET_NESTED -> fields.put(name, nested(object.get(name), change));
        case REMOVE -> fields.remove(name);
        case ADD_UNKNOWN -> fields.put("unknown" + change.field(), change.value());
        case DUPLICATE -> duplicates.add("\"" + name + "\": " + change.value());
      }
    }
    List<String> members = new ArrayList<>(duplicates);
    fields.forEach((name, value) -> members.add("\"" + name + "\": " + value));
    return "{" + String.join(", ", members) + "}";
  }

  /** A field inside an object or the first object of an array changed, else the field itself. */
  private static String nested(JsonValue value, BodyChange change) {
    if (value instanceof JsonObject inner && !inner.isEmpty()) {
      return changed(inner.toString(), Set.of(), List.of(withChange(change, Change.SET)));
    }
    if (value instanceof jakarta.json.JsonArray array
        && !array.isEmpty()
        && array.get(0) instanceof JsonObject first) {
      String item = changed(first.toString(), Set.of(), List.of(withChange(change, Change.SET)));
      List<String> items = new ArrayList<>();
      items.add(item);
      array.stream().skip(1).forEach(rest -> items.add(rest.toString()));
      return "[" + String.join(", ", items) + "]";
    }
    return change.value();
  }

  private static BodyChange withChange(BodyChange change, Change kind) {
    return new BodyChange(kind, change.field(), change.value());
  }

  /** Multipart bodies for the attachment upload: valid, or missing or bending a part. */
  static final class Multipart {

    private Multipart() {}

    static Body of(Call call) {
      String boundary = "----zjfuzz" + Math.abs(call.caller());
      String kind = "OTHER";
      String fileName = "材料.pdf";
      boolean withFile = true;
      boolean withKind = true;
      byte[] content = Submissions.PDF;
      for (BodyChange change : call.changes()) {
        String text = change.value().replace("\"", "");
        switch (change.change()) {
          case SET -> fileName = text;
          case SET_NESTED -> kind = text;
          case REMOVE -> withFile = false;
          case ADD_UNKNOWN -> withKind = false;
          case DUPLICATE -> content = text.getBytes(StandardCharsets.UTF_8);
        }
      }
      java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
      if (withKind) {
        body.writeBytes(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n"
                    + kind
                    + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
      }
      if (withFile) {
        body.writeBytes(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName
                    + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
      }
      if (call.wholeBody() == null) {
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      } else {
        body.writeBytes(call.wholeBody().getBytes(StandardCharsets.UTF_8));
      }
      String type =
          call.contentType() == null
              ? "multipart/form-data; boundary=" + boundary
              : call.contentType();
      return new Body(body.toByteArray(), type);
    }
  }
}
