package cn.gov.zj.cloud.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every REST endpoint of both portals, in one place, as {@link HostileInputFuzzIT} drives them (the
 * README's two REST tables), and the check that this list is complete: the endpoints the portals'
 * resources declare ({@code @Path} with {@code @GET}, {@code @POST}, {@code @PUT},
 * {@code @DELETE}), read from their sources, so that a new endpoint without fuzzing fails the test.
 */
final class FuzzEndpoints {

  private FuzzEndpoints() {}

  /** Which portal answers. */
  enum Zone {
    PRIVATE,
    PUBLIC
  }

  /** What an endpoint takes as its body. */
  enum BodyKind {
    NONE,
    JSON,
    CSV,
    MULTIPART
  }

  /**
   * One endpoint: its template under {@code /api/v1/} ({@code {tenant}}, {@code {id}} …), the query
   * parameters it reads, a valid body to mutate, and the fields the fuzz must not change (so that a
   * province-wide setting is never put in force by chance), whether only the province tenant serves
   * it.
   */
  record Endpoint(
      Zone zone,
      String method,
      String template,
      List<String> query,
      BodyKind body,
      String sample,
      Set<String> pinned,
      boolean province) {

    String key() {
      return zone + " " + method + " " + template;
    }

    @Override
    public String toString() {
      return key();
    }
  }

  private static Endpoint get(Zone zone, String template, String... query) {
    return new Endpoint(zone, "GET", template, List.of(query), BodyKind.NONE, "", Set.of(), false);
  }

  private static Endpoint json(Zone zone, String method, String template, String sample) {
    return new Endpoint(zone, method, template, List.of(), BodyKind.JSON, sample, Set.of(), false);
  }

  /** Art. 3: a registry import, its file (CSV here) the raw body. */
  private static Endpoint sheet(String template, String sample) {
    return new Endpoint(
        Zone.PRIVATE, "POST", template, List.of(), BodyKind.CSV, sample, Set.of(), false);
  }

  /** Art. 5: a multipart upload of the city (the filing's plan and its document). */
  private static Endpoint multipart(String template) {
    return new Endpoint(
        Zone.PRIVATE, "POST", template, List.of(), BodyKind.MULTIPART, "", Set.of(), false);
  }

  /** Art. 4, 5: a tenant's competent department. */
  private static final String PROFILE =
      "{\"department\": \"舟山市大数据发展管理局\", \"contactPerson\": \"王五\","
          + " \"phone\": \"0580-2000000\", \"email\": \"zwy@zs.example.gov.cn\","
          + " \"platform\": \"PROVINCIAL\"}";

  private static Endpoint province(Endpoint endpoint, String... pinned) {
    return new Endpoint(
        endpoint.zone(),
        endpoint.method(),
        endpoint.template(),
        endpoint.query(),
        endpoint.body(),
        endpoint.sample(),
        Set.of(pinned),
        true);
  }

  /** Art. 15: one day's usage of one allocated line. */
  private static final String USAGE =
      "{\"samples\": [{\"applicationId\": 1, \"line\": 0, \"date\": \"2026-11-03\","
          + " \"cpuAvgPct\": 10, \"cpuP95Pct\": 20, \"memAvgPct\": 30, \"diskUsedGiB\": 40,"
          + " \"bandwidthP95Mbps\": 5}]}";

  /** Art. 15, Art. 25: a tenant's own advice thresholds (the provincial values). */
  private static final String USAGE_RULES =
      "{\"idleCpuP95Pct\": 5, \"idleMemPct\": 20, \"idleDaysPct\": 90, \"minDays\": 20,"
          + " \"overPct\": 30, \"underPct\": 85, \"targetPct\": 60}";

  private static final String UNIT =
      "{\"name\": \"舟山测试单位\", \"creditCode\": \"91330100MA2B3C4D5E\", \"contact\": \"王五\"}";
  private static final String SYSTEM =
      "{\"name\": \"舟山模糊测试系统\", \"description\": \"fuzz\", \"mlpsLevel\": 2,"
          + " \"securityOfficer\": \"王五\", \"cloudStatus\": \"MIGRATING\", \"publicFacing\": false}";
  private static final String RETIRE = "{\"reason\": \"模糊测试\"}";
  private static final String UNITS_FILE = "name,creditCode,contact\n";
  private static final String SYSTEMS_FILE =
      "unitCreditCode,name,description,mlpsLevel,securityOfficer,cloudStatus,onCloudSince,"
          + "exemptionBasis,publicFacing\n";
  private static final String USER =
      "{\"username\": \"fuzz.user\", \"firstName\": \"小明\", \"lastName\": \"王\","
          + " \"email\": \"fuzz.user@zs.example.gov.cn\", \"role\": \"reviewer\", \"unitId\": null}";
  private static final String USER_CHANGE =
      "{\"firstName\": \"小明\", \"lastName\": \"王\", \"email\": \"fuzz.change@zs.example.gov.cn\","
          + " \"roles\": [\"reviewer\"], \"unitId\": null}";
  private static final String APPLICATION =
      "{\"systemId\": 1, \"resources\": [{\"type\": \"CLOUD_HOST\", \"quantity\": 2, \"vcpu\": 8,"
          + " \"memoryGiB\": 32, \"systemDiskGiB\": 100, \"dataDiskGiB\": 500, \"os\": \"openEuler\"},"
          + " {\"type\": \"BANDWIDTH\", \"mbps\": 50}], \"elastic\": {\"min\": 2, \"max\": 6}}";
  private static final String ACTION =
      "{\"opinion\": \"同意\", \"trialDays\": 30, \"extensionDays\": 5, \"environment\": \"测试环境\"}";
  private static final String RULES =
      "{\"limits\": {\"ACCEPTANCE\": 2, \"APPROVAL\": 2, \"TRIAL_PROVISION\": 2,"
          + " \"CHANGE_APPROVAL\": 5, \"CHANGE_EXECUTION\": 3, \"TERMINATION_REVIEW\": 5,"
          + " \"RECLAMATION\": 3}, \"trialMin\": 15, \"trialMax\": 30}";
  private static final String PROVINCIAL_RULES =
      RULES.substring(0, RULES.length() - 1)
          + ", \"effectiveFrom\": \"2099-01-01T00:00:00+08:00\"}";
  private static final String CONSULTATION =
      "{\"category\": \"CONSULTATION\", \"subject\": \"模糊测试\", \"content\": \"请问如何办理？\","
          + " \"contact\": \"13800138000\"}";

  /** Art. 21: prices from 2099 only, so that no fuzzed change alters today's showback. */
  private static final String PRICES =
      "{\"effectiveFrom\": \"2099-01-01\", \"prices\": {\"VCPU_MONTH\": \"60.00\"}}";

  /** Art. 20: a provider's request for access. */
  private static final String ACCESS_GRANT =
      "{\"systemId\": 1, \"scope\": [\"DATABASE\"], \"purpose\": \"排查\","
          + " \"from\": \"2027-01-04T09:00:00+08:00\", \"until\": \"2027-01-05T09:00:00+08:00\"}";

  /** Art. 20: an access to record. */
  private static final String ACCESS_SESSION =
      "{\"systemId\": 1, \"scope\": \"DATABASE\", \"operator\": \"运维\","
          + " \"purpose\": \"排查\", \"emergency\": false}";

  private static final String RATING =
      "{\"serviceId\": 1, \"grade\": \"SATISFIED\", \"tags\": [\"FAST\"], \"comment\": \"好\"}";
  private static final String PROVIDER_RATING =
      "{\"grade\": \"SATISFIED\", \"responseScore\": 5, \"qualityScore\": 4, \"comment\": \"好\"}";

  private static final String FAULT =
      "{\"systemId\": 1, \"severity\": \"P2\", \"title\": \"门户无法登录\","
          + " \"description\": \"统一认证返回 502\"}";
  private static final String INSPECTION =
      "{\"title\": \"例行检查\", \"kind\": \"ROUTINE\", \"unitIds\": [1],"
          + " \"startsOn\": \"2026-11-02\", \"endsOn\": \"2026-11-30\"}";

  private static final String FINDING =
      "{\"systemId\": 1, \"severity\": \"HIGH\", \"description\": \"弱口令\","
          + " \"reference\": \"8.1.4\"}";

  private static final String DRILL =
      "{\"year\": 2026, \"scenario\": \"勒索病毒\", \"heldOn\": \"2026-11-20\","
          + " \"participants\": \"运维组\", \"result\": \"恢复\"}";

  /** The endpoints, as the README lists them. */
  static final List<Endpoint> ALL =
      List.of(
          get(Zone.PRIVATE, "tenants/{tenant}/units", "page", "size", "sort", "q"),
          json(Zone.PRIVATE, "POST", "tenants/{tenant}/units", UNIT),
          get(Zone.PRIVATE, "tenants/{tenant}/units/{unit}"),
          json(Zone.PRIVATE, "PUT", "tenants/{tenant}/units/{unit}", UNIT),
          get(Zone.PRIVATE, "tenants/{tenant}/systems", "page", "size", "sort", "q", "mine"),
          json(Zone.PRIVATE, "POST", "tenants/{tenant}/systems", SYSTEM),
          get(Zone.PRIVATE, "tenants/{tenant}/systems/{system}"),
          json(Zone.PRIVATE, "PUT", "tenants/{tenant}/systems/{system}", SYSTEM),
          json(Zone.PRIVATE, "POST", "tenants/{tenant}/units/{unit}/retire", RETIRE),
          json(Zone.PRIVATE, "POST", "tenants/{tenant}/systems/{system}/retire", RETIRE),
          sheet("tenants/{tenant}/units/import/preview", UNITS_FILE),
          sheet("tenants/{tenant}/units/import", UNITS_FILE),
          get(Zone.PRIVATE, "tenants/{tenant}/units/import/template"),
          sheet("tenants/{tenant}/systems/import/preview", SYSTEMS_FILE),
          sheet("tenants/{tenant}/systems/import", SYSTEMS_FILE),
          get(Zone.PRIVATE, "tenants/{tenant}/systems/import/template"),
          province(
              get(
                  Zone.PRIVATE,
                  "tenants/{tenant}/oversight/systems",
                  "tenant",
                  "page",
                  "size",
                  "sort",
                  "q")),
          get(Zone.PRIVATE, "tenants/{tenant}/users", "page", "size", "q"),
          json(Zone.PRIVATE, "POST", "tenants/{tenant}/users", USER),
          get(Zone.PRIVATE, "tenants/{tenant}/users/{user}"),
          json(Zone.PRIVATE, "PUT", "tenants/{tenant}/users/{user}", USER_CHANGE),
          json(Zone.PRIVATE, "POST", "tenants/{tenant}/users/{user}/disable", "{}"),
          json(Zone.PRIVATE, "POST", "tenants/{tenant}/users/{user}/enable", "{}"),
          json(Zone.PRIVATE, "POST", "tenants/{tenant}/users/{user}/password-reset", "{}"),
          new Endpoint(
              Zone.PRIVATE,
              "DELETE",
              "tenants/{tenant}/users/{user}",
              List.of(),
              BodyKind.NONE,
              "",
              Set.of(),
              false),
          get(Zone.PRIVATE, "tenants/{tenant}/calendar/due-date", "from", "workingDays"),
          get(Zone.PRIVATE, "tenants/{tenant}/calendar/years"),
          get(Zone.PRIVATE, "tenants/{tenant}/calendar/notice-template", "year"),
          province(
              new Endpoint(
                  Zone.PRIVATE,
                  "POST",
                  "tenants/{tenant}/calendar/notices",
                  List.of("years"),
                  BodyKind.CSV,
                  "date,kind,name\n2033-01-01,HOLIDAY,元旦\n",
                  Set.of("preview"),
                  true)),
          get(
              Zone.PRIVATE,
              "tenants/{tenant}/applications",
              "state",
              "overdue",
              "page",
              "size",
              "sort"),
          json(Zone.PRIVATE, "POST", "tenants/{tenant}/applications", APPLICATION),
          get(Zone.PRIVATE, "tenants/{tenant}/applications/{application}"),
          json(Zone.PRIVATE, "PUT", "tenants/{tenant}/applications/{application}", APPLICATION),
          new Endpoint(
              Zone.PRIVATE,
              "POST",
              "tenants/{tenant}/applications/{application}/attachments",
              List.of(),
              BodyKind.MULTIPART,
              "",
              Set.of(),
              false),
          get(Zone.PRIVATE, "tenants/{tenant}/applications/{application}/attachments"),
          get(Zone.PRIVATE, "tenants/{tenant}/applications/{application}/attachments/{attachment}"),
          json(
              Zone.PRIVATE,
              "POST",
              "tenants/{tenant}/applications/{application}/actions/{action}",
              ACTION),
          get(Zone.PRIVATE, "tenants/{tenant}/inbox", "page", "size", "sort", "q"),
          get(Zone.PRIVATE, "tenants/{tenant}/notifications", "unread", "page", "size"),
          json(Zone.PRIVATE, "POST", "tenants/{tenant}/notifications/{notification}/read", "{}"),
          json(Zone.PRIVATE, "POST", "tenants/{tenant}/notifications/read", "{}"),
          get(Zone.PRIVATE, "tenants/{tenant}/rules"),
          json(Zone.PRIVATE, "PUT", "tenants/{tenant}/rules", RULES),
          province(
              json(Zone.PRIVATE, "PUT", "tenants/{tenant}/rules/provincial", PROVINCIAL_RULES),
              "effectiveFrom"),
          get(Zone.PRIVATE, "tenants/{tenant}/consultations", "status", "q", "page", "size"),
          get(Zone.PRIVATE, "tenants/{tenant}/consultations/{consultation}"),
          json(Zone.PRIVATE, "POST", "tenants/{tenant}/consultations/{consultation}/contact", "{}"),
          json(
              Zone.PRIVATE,
              "POST",
              "tenants/{tenant}/consultations/{consultation}/reply",
              "{\"reply\": \"您好，已受理。\"}"),
          get(Zone.PRIVATE, "tenants/{tenant}/rectifications", "open", "page", "size"),
          json(
              Zone.PRIVATE,
              "POST",
              "tenants/{tenant}/rectifications/{rectification}/callback",
              "{\"note\": \"已回访\"}"),
          json(
              Zone.PRIVATE,
              "POST",
              "tenants/{tenant}/rectifications/{rectification}/report",
              "{\"report\": \"已整改\"}"),
          json(Zone.PRIVATE, "POST", "tenants/{tenant}/access-grants", ACCESS_GRANT),
          get(
              Zone.PRIVATE,
              "tenants/{tenant}/access-grants",
              "systemId",
              "state",
              "q",
              "page",
              "size"),
          get(Zone.PRIVATE, "tenants/{tenant}/access-grants/{grant}"),
          json(
              Zone.PRIVATE,
              "POST",
              "tenants/{tenant}/access-grants/{grant}/actions/{grantAction}",
              "{}"),
          json(Zone.PRIVATE, "POST", "tenants/{tenant}/access-sessions", ACCESS_SESSION),
          get(
              Zone.PRIVATE,
              "tenants/{tenant}/access-sessions",
              "systemId",
              "unreviewed",
              "q",
              "page",
              "size"),
          get(Zone.PRIVATE, "tenants/{tenant}/access-sessions/{session}"),
          json(
              Zone.PRIVATE,
              "POST",
              "tenants/{tenant}/access-sessions/{session}/end",
              "{\"summary\": \"已完成\"}"),
          json(
              Zone.PRIVATE,
              "POST",
              "tenants/{tenant}/access-sessions/{session}/review",
              "{\"note\": \"属实\"}"),
          province(get(Zone.PRIVATE, "tenants/{tenant}/interconnect")),
          province(json(Zone.PRIVATE, "POST", "tenants/{tenant}/interconnect/exchange", "{}")),
          province(json(Zone.PRIVATE, "POST", "tenants/{tenant}/interconnect/requeue", "{}")),
          get(
              Zone.PRIVATE,
              "tenants/{tenant}/faults",
              "state",
              "severity",
              "overdue",
              "systemId",
              "page",
              "size",
              "sort",
              "q"),
          json(Zone.PRIVATE, "POST", "tenants/{tenant}/faults", FAULT),
          get(Zone.PRIVATE, "tenants/{tenant}/faults/{fault}"),
          json(
              Zone.PRIVATE,
              "POST",
              "tenants/{tenant}/faults/{fault}/actions/{action}",
              "{\"resolution\": \"已重启服务\"}"),
          new Endpoint(
              Zone.PRIVATE,
              "POST",
              "tenants/{tenant}/faults/{fault}/attachments",
              List.of(),
              BodyKind.MULTIPART,
              "",
              Set.of(),
              false),
          get(Zone.PRIVATE, "tenants/{tenant}/faults/{fault}/attachments"),
          get(Zone.PRIVATE, "tenants/{tenant}/faults/{fault}/attachments/{attachment}"),
          get(Zone.PRIVATE, "tenants/{tenant}/faults/targets"),
          json(
              Zone.PRIVATE,
              "PUT",
              "tenants/{tenant}/faults/targets",
              "{\"targets\": {\"P1.response\": 15, \"P4.resolution\": 5}}"),
          json(
              Zone.PRIVATE,
              "POST",
              "tenants/{tenant}/service-requests",
              "{\"systemId\": 1, \"kind\": \"CONSULTING\", \"subject\": \"咨询\","
                  + " \"description\": \"请协助评估数据库迁移\"}"),
          get(
              Zone.PRIVATE,
              "tenants/{tenant}/service-requests",
              "kind",
              "state",
              "overdue",
              "q",
              "page",
              "size"),
          json(Zone.PRIVATE, "POST", "tenants/{tenant}/inspections", INSPECTION),
          get(Zone.PRIVATE, "tenants/{tenant}/inspections", "q", "page", "size"),
          get(Zone.PRIVATE, "tenants/{tenant}/inspections/{inspection}"),
          get(Zone.PRIVATE, "tenants/{tenant}/inspections/{inspection}/report.xlsx"),
          json(Zone.PRIVATE, "POST", "tenants/{tenant}/inspections/{inspection}/findings", FINDING),
          get(
              Zone.PRIVATE,
              "tenants/{tenant}/findings",
              "inspectionId",
              "state",
              "overdue",
              "q",
              "page",
              "size"),
          get(Zone.PRIVATE, "tenants/{tenant}/service-requests/{serviceRequest}"),
          json(
              Zone.PRIVATE,
              "POST",
              "tenants/{tenant}/service-requests/{serviceRequest}/actions/{action}",
              "{\"answer\": \"已答复\"}"),
          json(
              Zone.PRIVATE,
              "POST",
              "tenants/{tenant}/trainings",
              "{\"title\": \"政务云培训\", \"startsAt\": \"2027-03-01T09:00:00+08:00\","
                  + " \"durationMinutes\": 90, \"place\": \"301\", \"capacity\": 30}"),
          get(Zone.PRIVATE, "tenants/{tenant}/trainings", "when", "q", "page", "size"),
          get(Zone.PRIVATE, "tenants/{tenant}/trainings/{training}"),
          json(
              Zone.PRIVATE,
              "PUT",
              "tenants/{tenant}/trainings/{training}",
              "{\"title\": \"政务云培训\", \"startsAt\": \"2027-03-01T09:00:00+08:00\","
                  + " \"durationMinutes\": 90, \"place\": \"301\", \"capacity\": 30}"),
          json(Zone.PRIVATE, "POST", "tenants/{tenant}/trainings/{training}/cancel", "{}"),
          json(Zone.PRIVATE, "POST", "tenants/{tenant}/trainings/{training}/registration", "{}"),
          new Endpoint(
              Zone.PRIVATE,
              "DELETE",
              "tenants/{tenant}/trainings/{training}/registration",
              List.of(),
              BodyKind.NONE,
              "",
              Set.of(),
              false),
          json(
              Zone.PRIVATE,
              "PUT",
              "tenants/{tenant}/trainings/{training}/attendance",
              "{\"attended\": [\"x\"]}"),
          get(Zone.PRIVATE, "tenants/{tenant}/trainings/record", "unitId", "q", "page", "size"),
          get(Zone.PRIVATE, "tenants/{tenant}/trainings/missed-quarters"),
          json(Zone.PRIVATE, "POST", "tenants/{tenant}/usage", USAGE),
          get(Zone.PRIVATE, "tenants/{tenant}/reports/utilization", "unitId", "month", "format"),
          get(Zone.PRIVATE, "tenants/{tenant}/reports/utilization/summary", "month"),
          get(Zone.PRIVATE, "tenants/{tenant}/usage/rules"),
          json(Zone.PRIVATE, "PUT", "tenants/{tenant}/usage/rules", USAGE_RULES),
          get(
              Zone.PRIVATE,
              "tenants/{tenant}/audit",
              "actor",
              "action",
              "object",
              "from",
              "to",
              "page",
              "size"),
          get(Zone.PRIVATE, "tenants/{tenant}/audit/verify", "tenant"),
          get(Zone.PRIVATE, "tenants/{tenant}/findings/{finding}"),
          json(
              Zone.PRIVATE,
              "POST",
              "tenants/{tenant}/findings/{finding}/actions/{findingAction}",
              "{\"note\": \"已整改\"}"),
          json(
              Zone.PRIVATE,
              "POST",
              "tenants/{tenant}/bulletins",
              "{\"month\": \"2026-11\", \"title\": \"11 月安全通报\", \"body\": \"正文\"}"),
          get(Zone.PRIVATE, "tenants/{tenant}/bulletins", "q", "page", "size"),
          get(Zone.PRIVATE, "tenants/{tenant}/bulletins/{bulletin}"),
          get(Zone.PRIVATE, "tenants/{tenant}/bulletins/{bulletin}/receipts"),
          json(Zone.PRIVATE, "POST", "tenants/{tenant}/drills", DRILL),
          get(Zone.PRIVATE, "tenants/{tenant}/drills", "year"),
          get(Zone.PRIVATE, "tenants/{tenant}/compliance/security", "year"),
          get(Zone.PRIVATE, "tenants/{tenant}/services/targets"),
          json(
              Zone.PRIVATE,
              "PUT",
              "tenants/{tenant}/services/targets",
              "{\"responseWorkingDays\": 1, \"sessionsPerQuarter\": 1}"),
          new Endpoint(
              Zone.PRIVATE,
              "POST",
              "tenants/{tenant}/trainings/{training}/materials",
              List.of(),
              BodyKind.MULTIPART,
              "",
              Set.of(),
              false),
          get(Zone.PRIVATE, "tenants/{tenant}/trainings/{training}/materials"),
          get(Zone.PRIVATE, "tenants/{tenant}/trainings/{training}/materials/{material}"),
          get(Zone.PRIVATE, "tenants/{tenant}/profile"),
          json(Zone.PRIVATE, "PUT", "tenants/{tenant}/profile", PROFILE),
          province(get(Zone.PRIVATE, "tenants/{tenant}/oversight/profiles")),
          multipart("tenants/{tenant}/filings"),
          get(
              Zone.PRIVATE,
              "tenants/{tenant}/filings",
              "city",
              "state",
              "q",
              "page",
              "size",
              "sort"),
          get(Zone.PRIVATE, "tenants/{tenant}/filings/register"),
          get(Zone.PRIVATE, "tenants/{tenant}/filings/{filing}"),
          get(Zone.PRIVATE, "tenants/{tenant}/filings/{filing}/plan"),
          province(
              json(
                  Zone.PRIVATE,
                  "POST",
                  "tenants/{tenant}/filings/{filing}/actions/{filingAction}",
                  "{\"opinion\": \"同意备案\"}")),
          multipart("tenants/{tenant}/filings/{filing}/actions/resubmit"),
          get(Zone.PRIVATE, "tenants/{tenant}/assessments/units", "year"),
          get(Zone.PRIVATE, "tenants/{tenant}/assessments/units/{unit}", "year", "format"),
          get(Zone.PRIVATE, "tenants/{tenant}/assessments/weights"),
          json(
              Zone.PRIVATE,
              "PUT",
              "tenants/{tenant}/assessments/weights",
              "{\"adoption\": 40, \"efficiency\": 30, \"security\": 30}"),
          get(Zone.PRIVATE, "tenants/{tenant}/assessments/provider", "period", "format"),
          json(Zone.PUBLIC, "POST", "tenants/{tenant}/consultations", CONSULTATION),
          get(Zone.PUBLIC, "consultations/{trackingNo}", "code"),
          get(Zone.PUBLIC, "tenants/{tenant}/services", "q", "page", "size"),
          json(Zone.PUBLIC, "POST", "tenants/{tenant}/ratings", RATING),
          get(Zone.PUBLIC, "tenants/{tenant}/invitations/{token}"),
          json(Zone.PUBLIC, "POST", "tenants/{tenant}/invitations/{token}/rating", PROVIDER_RATING),
          get(Zone.PUBLIC, "ratings/{rating}", "code"),
          get(Zone.PUBLIC, "tenants/{tenant}/receipts/{receipt}", "code"),
          new Endpoint(
              Zone.PUBLIC,
              "POST",
              "ratings/{rating}/follow-up",
              List.of("code"),
              BodyKind.JSON,
              PROVIDER_RATING,
              Set.of(),
              false),
          get(Zone.PUBLIC, "tenants/{tenant}/satisfaction", "month"),
          get(Zone.PUBLIC, "interconnect/submissions", "limit"),
          json(Zone.PUBLIC, "POST", "interconnect/settlements", "{\"acked\": [\"x\"]}"),
          json(Zone.PUBLIC, "POST", "interconnect/submissions/requeue", "{}"),
          json(Zone.PUBLIC, "POST", "interconnect/publications", "{\"messages\": []}"),
          json(
              Zone.PUBLIC,
              "POST",
              "interconnect/contacts",
              "{\"tenant\": \"zhoushan\", \"trackingNo\": \"ZX20261207-000001\","
                  + " \"revealedBy\": \"x\"}"),
          // Art. 16, 18 (issue 13): terms of lawful use, a system's CNAS assessment
          get(Zone.PRIVATE, "tenants/{tenant}/terms"),
          json(
              Zone.PRIVATE,
              "POST",
              "tenants/{tenant}/terms/acceptance",
              "{\"version\": \"2026-1\"}"),
          get(Zone.PRIVATE, "tenants/{tenant}/systems/{system}/assessment"),
          json(
              Zone.PRIVATE,
              "PUT",
              "tenants/{tenant}/systems/{system}/assessment",
              "{\"institution\": \"浙江省信息安全测评中心\", \"reportNo\": \"CNAS-1\","
                  + " \"reportDate\": \"2026-11-30\", \"conclusion\": \"符合\"}"),
          new Endpoint(
              Zone.PRIVATE,
              "POST",
              "tenants/{tenant}/systems/{system}/assessment/report",
              List.of(),
              BodyKind.MULTIPART,
              "",
              Set.of(),
              false),
          get(Zone.PRIVATE, "tenants/{tenant}/systems/{system}/assessment/report"),
          get(Zone.PRIVATE, "tenants/{tenant}/inspections/{inspection}/report", "format"),
          new Endpoint(
              Zone.PRIVATE,
              "POST",
              "tenants/{tenant}/findings/{finding}/attachments",
              List.of(),
              BodyKind.MULTIPART,
              "",
              Set.of(),
              false),
          get(Zone.PRIVATE, "tenants/{tenant}/findings/{finding}/attachments"),
          get(Zone.PRIVATE, "tenants/{tenant}/findings/{finding}/attachments/{attachment}"),
          new Endpoint(
              Zone.PRIVATE,
              "POST",
              "tenants/{tenant}/bulletins/{bulletin}/attachments",
              List.of(),
              BodyKind.MULTIPART,
              "",
              Set.of(),
              false),
          get(Zone.PRIVATE, "tenants/{tenant}/bulletins/{bulletin}/attachments"),
          get(Zone.PRIVATE, "tenants/{tenant}/bulletins/{bulletin}/attachments/{attachment}"),
          new Endpoint(
              Zone.PRIVATE,
              "POST",
              "tenants/{tenant}/drills/{drill}/attachments",
              List.of(),
              BodyKind.MULTIPART,
              "",
              Set.of(),
              false),
          get(Zone.PRIVATE, "tenants/{tenant}/drills/{drill}/attachments"),
          get(Zone.PRIVATE, "tenants/{tenant}/drills/{drill}/attachments/{attachment}"),
          get(Zone.PRIVATE, "tenants/{tenant}/security/rules"),
          json(
              Zone.PRIVATE,
              "PUT",
              "tenants/{tenant}/security/rules",
              "{\"deadlines.HIGH\": 5, \"grant.maxDays\": 7}"),
          get(Zone.PRIVATE, "tenants/{tenant}/access-refusals", "systemId", "q", "page", "size"),
          get(
              Zone.PRIVATE,
              "tenants/{tenant}/applications/{application}/attachments/{attachment}/shared"),
          json(
              Zone.PRIVATE,
              "PUT",
              "tenants/{tenant}/applications/{application}/attachments/{attachment}/shared",
              "{\"shared\": true}"),
          get(Zone.PRIVATE, "tenants/{tenant}/showback", "unitId", "year", "month", "format"),
          get(Zone.PRIVATE, "tenants/{tenant}/prices"),
          province(
              json(Zone.PRIVATE, "POST", "tenants/{tenant}/prices/provincial", PRICES),
              "effectiveFrom"),
          new Endpoint(
              Zone.PRIVATE,
              "POST",
              "tenants/{tenant}/prices/local",
              List.of(),
              BodyKind.JSON,
              PRICES,
              Set.of("effectiveFrom"),
              false),
          // Art. 4 (issue 14): the city's dashboard and the province's side by side
          get(Zone.PRIVATE, "tenants/{tenant}/dashboard", "year"),
          province(get(Zone.PRIVATE, "tenants/{tenant}/oversight/dashboard", "year")),
          // Art. 23 (issue 14): public satisfaction per service, its year, the ranking (晾晒)
          get(
              Zone.PUBLIC,
              "tenants/{tenant}/satisfaction/services",
              "month",
              "year",
              "page",
              "size"),
          get(Zone.PUBLIC, "tenants/{tenant}/satisfaction/services/{service}", "year"),
          get(Zone.PUBLIC, "satisfaction/ranking", "month", "year"));

  static List<Endpoint> of(Zone zone) {
    return ALL.stream().filter(endpoint -> endpoint.zone() == zone).toList();
  }

  /**
   * {@code ZONE METHOD template} of each endpoint, the parameters' names as the list spells them.
   */
  static Set<String> listed() {
    Set<String> keys = new TreeSet<>();
    ALL.forEach(endpoint -> keys.add(normalised(endpoint.key())));
    return keys;
  }

  private static final Pattern MEMBER =
      Pattern.compile(
          "@(GET|POST|PUT|DELETE|PATCH)\\b(.*?)\\bpublic [\\w<>, ?.]+ \\w+\\(", Pattern.DOTALL);
  private static final Pattern MEMBER_PATH = Pattern.compile("@Path\\(\"([^\"]*)\"\\)");

  /** The endpoints the portals' JAX-RS resources declare, read from their sources. */
  static Set<String> declared(Path repository) {
    Set<String> keys = new TreeSet<>();
    scan(repository.resolve("portal-private/src/main/java"), Zone.PRIVATE, keys);
    scan(repository.resolve("portal-public/src/main/java"), Zone.PUBLIC, keys);
    return keys;
  }

  private static void scan(Path sources, Zone zone, Set<String> keys) {
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        int body = source.indexOf("public class");
        Matcher type = MEMBER_PATH.matcher(source.substring(0, Math.max(body, 0)));
        if (body < 0 || !type.find()) {
          continue;
        }
        Matcher member = MEMBER.matcher(source.substring(body));
        while (member.find()) {
          Matcher sub = MEMBER_PATH.matcher(member.group(2));
          String path = join(type.group(1), sub.find() ? sub.group(1) : "");
          keys.add(normalised(zone + " " + member.group(1) + " " + path));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String join(String base, String sub) {
    String joined = (base + "/" + sub).replaceAll("/+", "/");
    return joined.replaceAll("^/|/$", "");
  }

  /** Path parameters without their regular expressions and names: {@code {}}. */
  private static String normalised(String key) {
    return key.replaceAll("\\{[^}/]*(?:\\{[^}]*\\}[^}/]*)*\\}", "{}");
  }
}
