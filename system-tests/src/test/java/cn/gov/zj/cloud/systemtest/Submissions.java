package cn.gov.zj.cloud.systemtest;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Art. 7: applications set up over REST for tests that look at what follows from them. */
final class Submissions {

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private Submissions() {}

  /** A new level-2 system of the applicant's unit named {@code name}, and a draft for it. */
  static long draft(String tenant, String applicant, String name) throws Exception {
    String system =
        """
        {"name": "%s", "mlpsLevel": 2, "securityOfficer": "周九",
         "cloudStatus": "NOT_MIGRATED", "publicFacing": false}
        """
            .formatted(name);
    long systemId =
        Api.json(Api.post(applicant, "/api/v1/tenants/" + tenant + "/systems", system).body())
            .getJsonNumber("id")
            .longValue();
    String body =
        "{\"systemId\": "
            + systemId
            + ", \"resources\": [{\"type\": \"BANDWIDTH\", \"mbps\": 20}]}";
    return Api.json(Api.post(applicant, base(tenant), body).body()).getJsonNumber("id").longValue();
  }

  /** A draft with the Art. 7 materials, submitted: it waits for acceptance (Art. 8). */
  static long submitted(String tenant, String applicant, String name) throws Exception {
    long id = draft(tenant, applicant, name);
    for (String kind : new String[] {"CONSTRUCTION_PLAN", "SELF_TEST_REPORT"}) {
      Api.upload(applicant, base(tenant) + "/" + id + "/attachments", kind, "材料.pdf", PDF);
    }
    Api.post(applicant, base(tenant) + "/" + id + "/actions/submit", "{}");
    return id;
  }

  static String uniqueName(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static String base(String tenant) {
    return "/api/v1/tenants/" + tenant + "/applications";
  }

  /**
   * Art. 7–9: an application submitted, accepted, approved and given its trial environment by the
   * provider: a provider service event whose rating invitation the unit receives (Art. 23).
   */
  static long providedTrial(String tenant, String name) throws Exception {
    return providedTrial(tenant, name, 20);
  }

  /** As {@link #providedTrial(String, String)}, with a trial of {@code trialDays} days (Art. 9). */
  static long providedTrial(String tenant, String name, int trialDays) throws Exception {
    String applicant = Api.token(tenant, tenant + ".unit-applicant");
    String reviewer = Api.token(tenant, tenant + ".reviewer");
    String provider = Api.token(tenant, tenant + ".provider-operator");
    long id = submitted(tenant, applicant, name);
    String actions = base(tenant) + "/" + id + "/actions/";
    String[][] steps = {
      {reviewer, "accept", "{}"},
      {reviewer, "approve", "{\"opinion\": \"同意\"}"},
      {
        provider,
        "provide-trial",
        "{\"trialDays\": " + trialDays + ", \"environment\": \"10.1.0.9\"}"
      }
    };
    for (String[] step : steps) {
      var done = Api.post(step[0], actions + step[1], step[2]);
      if (done.statusCode() != 200) {
        throw new AssertionError(step[1] + ": " + done.statusCode() + " " + done.body());
      }
    }
    return id;
  }
}
