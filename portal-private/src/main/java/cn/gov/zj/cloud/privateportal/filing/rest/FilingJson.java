package cn.gov.zj.cloud.privateportal.filing.rest;

import cn.gov.zj.cloud.domain.filing.FilingAction;
import cn.gov.zj.cloud.domain.filing.PlatformChoice;
import cn.gov.zj.cloud.domain.filing.PlatformPlan;
import cn.gov.zj.cloud.privateportal.filing.FilingEvent;
import cn.gov.zj.cloud.privateportal.filing.PlatformFiling;
import cn.gov.zj.cloud.privateportal.filing.TenantProfile;
import cn.gov.zj.cloud.privateportal.inspection.rest.InspectionJson;
import cn.gov.zj.cloud.privateportal.rest.JsonInput;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Art. 4, 5: filings and profiles as JSON, and the plan read from a JSON body. */
final class FilingJson {

  /** The fields of a plan body. */
  static final Set<String> PLAN =
      Set.of("platformName", "mode", "provider", "capacity", "mlpsLevel");

  private FilingJson() {}

  /** The plan a body states, unchecked (the domain checks it). */
  static PlatformPlan.Draft plan(JsonInput input) {
    JsonInput capacity = input.object("capacity", Set.copyOf(PlatformPlan.CAPACITY));
    return new PlatformPlan.Draft(
        input.text("platformName"),
        input.enumValue("mode", cn.gov.zj.cloud.domain.filing.BuildMode.class),
        input.text("provider"),
        capacity == null ? null : amounts(capacity),
        input.integer("mlpsLevel"));
  }

  private static java.util.Map<String, Integer> amounts(JsonInput capacity) {
    java.util.Map<String, Integer> amounts = new java.util.LinkedHashMap<>();
    for (String key : PlatformPlan.CAPACITY) {
      Integer amount = capacity.integer(key);
      if (amount != null) {
        amounts.put(key, amount);
      }
    }
    return amounts;
  }

  static JsonObjectBuilder summary(PlatformFiling filing) {
    JsonObjectBuilder capacity = Json.createObjectBuilder();
    filing.getCapacity().forEach(capacity::add);
    return Json.createObjectBuilder()
        .add("id", filing.getId())
        .add("tenant", filing.getTenantId())
        .add("platformName", filing.getPlatformName())
        .add("mode", filing.getMode().name())
        .add("provider", filing.getProvider())
        .add("capacity", capacity)
        .add("mlpsLevel", filing.getMlpsLevel())
        .add("state", filing.getState().name())
        .add("filedBy", filing.getFiledBy())
        .add("filedAt", time(filing.getFiledAt()))
        .add("decidedBy", text(filing.getDecidedBy()))
        .add("decidedAt", time(filing.getDecidedAt()))
        .add("opinion", text(filing.getOpinion()))
        .add(
            "plan",
            Json.createObjectBuilder()
                .add("fileName", filing.getPlanFileName())
                .add("contentType", filing.getPlanType())
                .add("size", filing.getPlanSize())
                .add("sha256", filing.getPlanSha256()));
  }

  /** The filing with its history and the actions the caller may take now. */
  static JsonObject detail(
      PlatformFiling filing, List<FilingEvent> history, List<FilingAction> available) {
    JsonArrayBuilder events = Json.createArrayBuilder();
    history.forEach(
        event ->
            events.add(
                Json.createObjectBuilder()
                    .add("action", event.getAction())
                    .add("actor", event.getActor())
                    .add("at", time(event.getOccurredAt()))
                    .add("state", event.getToState())
                    .add("opinion", text(event.getOpinion()))));
    JsonArrayBuilder actions = Json.createArrayBuilder();
    available.forEach(action -> actions.add(action.restName()));
    return summary(filing).add("history", events).add("actions", actions).build();
  }

  static JsonObjectBuilder profile(TenantProfile profile) {
    PlatformChoice platform = profile.getPlatform();
    return Json.createObjectBuilder()
        .add("tenant", profile.getTenantId())
        .add("department", text(profile.getDepartment()))
        .add("contactPerson", text(profile.getContactPerson()))
        .add("phone", text(profile.getPhone()))
        .add("email", text(profile.getEmail()))
        .add("platform", platform == null ? JsonValue.NULL : Json.createValue(platform.name()))
        .add("updatedBy", text(profile.getUpdatedBy()))
        .add("updatedAt", time(profile.getUpdatedAt()));
  }

  private static JsonValue text(String text) {
    return text == null ? JsonValue.NULL : Json.createValue(text);
  }

  private static JsonValue time(Instant at) {
    return at == null ? JsonValue.NULL : Json.createValue(InspectionJson.iso(at));
  }
}
