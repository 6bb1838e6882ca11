package cn.gov.zj.cloud.privateportal.terms;

import cn.gov.zj.cloud.privateportal.rest.Conflict;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Art. 16: 409, the unit has not accepted the terms of lawful use in force, so its application is
 * not submitted; nothing was stored. The problem carries {@code code} {@value #CODE} and the
 * version to accept.
 */
public class TermsNotAccepted extends Conflict {

  public static final String CODE = "terms.notAccepted";

  private static final long serialVersionUID = 1L;

  private final String version;

  public TermsNotAccepted(String version) {
    super(CODE, version);
    this.version = version;
  }

  @Override
  public JsonObject members() {
    return Json.createObjectBuilder().add("code", CODE).add("version", version).build();
  }
}
