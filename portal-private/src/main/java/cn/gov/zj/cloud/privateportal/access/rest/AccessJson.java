package cn.gov.zj.cloud.privateportal.access.rest;

import cn.gov.zj.cloud.domain.access.Scope;
import cn.gov.zj.cloud.privateportal.access.AccessGrant;
import cn.gov.zj.cloud.privateportal.access.AccessSession;
import cn.gov.zj.cloud.privateportal.time.Clocks;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Optional;

/** Art. 20: the JSON of grants and sessions; times ISO-8601 with the Beijing offset. */
final class AccessJson {

  private AccessJson() {}

  static JsonObject grant(AccessGrant grant, Instant now) {
    JsonArrayBuilder scopes = Json.createArrayBuilder();
    grant.scopes().stream().map(Scope::name).forEach(scopes::add);
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", grant.id())
            .add("systemId", grant.systemId())
            .add("systemName", grant.systemName())
            .add("unitId", grant.unitId())
            .add("scope", scopes)
            .add("purpose", grant.purpose())
            .add("from", time(grant.from()))
            .add("until", time(grant.until()))
            .add("state", grant.shownState(now))
            .add("expired", grant.expired(now))
            .add("requestedBy", grant.requestedBy())
            .add("requestedAt", time(grant.requestedAt()));
    text(json, "decidedBy", grant.decidedBy());
    text(json, "decidedAt", grant.decidedAt().map(AccessJson::time));
    return json.build();
  }

  static JsonObject session(AccessSession session) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", session.id())
            .add("systemId", session.systemId())
            .add("systemName", session.systemName())
            .add("unitId", session.unitId())
            .add("scope", session.scope().name())
            .add("operator", session.operator())
            .add("purpose", session.purpose())
            .add("emergency", session.emergency())
            .add("awaitingReview", session.awaitingReview())
            .add("recordedBy", session.recordedBy())
            .add("startedAt", time(session.startedAt()));
    session.grantId().ifPresent(id -> json.add("grantId", id));
    text(json, "reason", session.reason());
    text(json, "endedAt", session.endedAt().map(AccessJson::time));
    text(json, "summary", session.summary());
    text(json, "reviewedBy", session.reviewedBy());
    text(json, "reviewedAt", session.reviewedAt().map(AccessJson::time));
    text(json, "reviewNote", session.reviewNote());
    return json.build();
  }

  private static String time(Instant instant) {
    return instant.atZone(Clocks.ZONE).toOffsetDateTime().toString();
  }

  private static void text(JsonObjectBuilder json, String name, Optional<String> value) {
    value.ifPresent(text -> json.add(name, text));
  }
}
