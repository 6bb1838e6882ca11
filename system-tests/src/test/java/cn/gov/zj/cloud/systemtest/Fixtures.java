package cn.gov.zj.cloud.systemtest;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real ids of the fuzzed tenant for the fuzz's path parameters, made once through the API: a system
 * and a draft application of the demo unit, a unit, a consultation; made-up ones where the fuzz
 * only needs the address to route.
 */
final class Fixtures {

  private static final Map<String, String> VALUES = new ConcurrentHashMap<>();
  private static final AtomicInteger ACTION = new AtomicInteger();

  private Fixtures() {}

  /** A valid value for the path parameter {@code name} in {@code tenant}. */
  static String value(String name, String tenant) {
    return switch (name) {
      case "tenant" -> tenant;
      case "action" ->
          HostileInputFuzzIT.ACTIONS.get(
              ACTION.getAndIncrement() % HostileInputFuzzIT.ACTIONS.size());
      case "unit", "system", "application", "consultation", "trackingNo", "user" ->
          VALUES.computeIfAbsent(tenant + "/" + name, key -> made(name, tenant));
      case "token" -> "Q7ZK3M9XW2PA4RTB6YHC8JDN5SEV";
      default -> "1";
    };
  }

  private static String made(String name, String tenant) {
    try {
      return switch (name) {
        case "unit" -> firstId(Tokens.of(tenant, "tenant-admin"), tenant, "units");
        case "system" -> system(tenant);
        case "application" -> application(tenant);
        case "user" -> user(tenant);
        default -> consultation(tenant);
      };
    } catch (Exception e) {
      return "1";
    }
  }

  private static String firstId(String token, String tenant, String list) throws Exception {
    HttpResponse<String> page = Api.get(token, "/api/v1/tenants/" + tenant + "/" + list);
    var items = Api.json(page.body()).getJsonArray("items");
    return items.isEmpty() ? "1" : items.getJsonObject(0).get("id").toString();
  }

  private static String system(String tenant) throws Exception {
    return publicService(tenant, Submissions.uniqueName("模糊测试系统"));
  }

  /**
   * Art. 23: a public-facing system of the tenant's demo unit, which the private zone publishes to
   * the public directory; its id.
   */
  static String publicService(String tenant, String name) throws Exception {
    String body =
        "{\"name\": \""
            + name
            + "\", \"description\": \"网上办事\", \"mlpsLevel\": 2, \"securityOfficer\": \"王五\","
            + " \"cloudStatus\": \"MIGRATING\", \"publicFacing\": true}";
    HttpResponse<String> created =
        Api.post(
            Tokens.of(tenant, "unit-applicant"), "/api/v1/tenants/" + tenant + "/systems", body);
    if (created.statusCode() != 201) {
      throw new IllegalStateException(created.statusCode() + " " + created.body());
    }
    return Api.json(created.body()).get("id").toString();
  }

  private static String application(String tenant) throws Exception {
    String body =
        "{\"systemId\": "
            + value("system", tenant)
            + ", \"resources\": [{\"type\": \"BANDWIDTH\", \"mbps\": 20}]}";
    HttpResponse<String> created =
        Api.post(
            Tokens.of(tenant, "unit-applicant"),
            "/api/v1/tenants/" + tenant + "/applications",
            body);
    return Api.json(created.body()).get("id").toString();
  }

  /** Art. 25: a throw-away account of the tenant's realm, which the fuzz may disable or remove. */
  private static String user(String tenant) throws Exception {
    String username = "fuzz.target." + Long.toString(System.nanoTime(), 36);
    String body =
        "{\"username\": \""
            + username
            + "\", \"firstName\": \"靶\", \"lastName\": \"王\", \"email\": \""
            + username
            + "@fuzz.example.gov.cn\", \"role\": \"reviewer\", \"unitId\": null}";
    HttpResponse<String> created =
        Api.post(Tokens.of(tenant, "tenant-admin"), "/api/v1/tenants/" + tenant + "/users", body);
    return Api.json(created.body()).getString("id");
  }

  private static String consultation(String tenant) throws Exception {
    return PublicApi.consult(tenant, Submissions.uniqueName("模糊测试咨询")).getString("trackingNo");
  }
}
