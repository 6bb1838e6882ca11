package cn.gov.zj.cloud.privateportal.application.web;

import cn.gov.zj.cloud.privateportal.application.ApplicationEvent;
import cn.gov.zj.cloud.privateportal.application.PlanJson;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Art. 6: one entry of an application's history as the timeline shows it: who, when, which action,
 * from which state to which, the opinion, the rule in force for the step it started, what came with
 * it, and for a step it closed whether its deadline was met (Art. 8–12).
 */
public record TimelineEntry(
    String at,
    String actor,
    String actionKey,
    String fromKey,
    String toKey,
    String opinion,
    String rule,
    String closedStep,
    Boolean deadlineMet,
    List<String> details)
    implements Serializable {

  /** The entry of an event; {@code fileNames} names the application's attachments by id. */
  static TimelineEntry of(ApplicationEvent event, Map<Long, String> fileNames) {
    JsonObject json = parse(event.getDetails());
    JsonObject closed = json.containsKey("closedStep") ? json.getJsonObject("closedStep") : null;
    return new TimelineEntry(
        AttachmentItem.MINUTES.format(event.getOccurredAt()),
        event.getActor(),
        "create".equals(event.getAction())
            ? "application.created"
            : "application.action." + event.getAction(),
        event.getFromState() == null ? null : "application.state." + event.getFromState(),
        "application.state." + event.getToState(),
        event.getOpinion(),
        event.getRuleInForce(),
        closed == null ? null : closedText(closed),
        closed == null ? null : closed.getBoolean("met"),
        details(json, fileNames));
  }

  /** Art. 8–12: the action closed its step after the deadline: shown in red. */
  public boolean missed() {
    return Boolean.FALSE.equals(deadlineMet);
  }

  /** The action's label is the UI's for the draft's creation, the domain's for the rest. */
  public boolean isCreation() {
    return "application.created".equals(actionKey);
  }

  private static String closedText(JsonObject closed) {
    String step = FacesFeedback.domain("application.step." + closed.getString("step"));
    return UiText.format(
        closed.getBoolean("met") ? "timeline.stepMet" : "timeline.stepMissed",
        step,
        closed.getString("due"));
  }

  private static List<String> details(JsonObject json, Map<Long, String> fileNames) {
    List<String> lines = new ArrayList<>();
    if (json.containsKey("attachments") && !json.getJsonArray("attachments").isEmpty()) {
      String names =
          json.getJsonArray("attachments").getValuesAs(JsonValue.class).stream()
              .map(id -> fileNames.getOrDefault(Long.valueOf(id.toString()), "#" + id))
              .collect(Collectors.joining(FacesFeedback.text("list.separator")));
      lines.add(UiText.format("timeline.attachments", names));
    }
    if (json.containsKey("trialDays")) {
      lines.add(UiText.format("timeline.trialDays", json.getInt("trialDays")));
    }
    if (json.containsKey("environment")) {
      lines.add(UiText.format("timeline.environment", json.getString("environment")));
    }
    if (json.containsKey("extensionDays")) {
      lines.add(UiText.format("timeline.extensionDays", json.getInt("extensionDays")));
    }
    if (json.containsKey("thirdParty")) {
      JsonObject test = json.getJsonObject("thirdParty");
      lines.add(
          UiText.format(
              "timeline.thirdParty", test.getString("body"), test.getString("accreditationNo")));
    }
    if (json.containsKey("plan")) {
      String plan =
          PlanView.of(PlanJson.read(json.getJsonObject("plan").toString())).lines().stream()
              .map(PlanView.Line::text)
              .collect(Collectors.joining(FacesFeedback.text("list.separator")));
      lines.add(UiText.format("timeline.plan", plan));
    }
    if (json.containsKey("mlpsLevel")) {
      lines.add(UiText.format("timeline.mlpsLevel", json.getInt("mlpsLevel")));
    }
    if (json.containsKey("change")) {
      lines.add(change(json.getJsonObject("change")));
    }
    return lines;
  }

  /** Art. 11: a major change names the criteria that made it major. */
  private static String change(JsonObject change) {
    if (!change.getBoolean("major")) {
      return FacesFeedback.text("timeline.minorChange");
    }
    String criteria =
        change.getJsonArray("criteria").getValuesAs(JsonString.class).stream()
            .map(name -> FacesFeedback.domain("application.major." + name.getString()))
            .collect(Collectors.joining(FacesFeedback.text("list.separator")));
    return UiText.format("timeline.majorChange", criteria);
  }

  private static JsonObject parse(String stored) {
    if (stored == null) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (var reader = Json.createReader(new StringReader(stored))) {
      return reader.readObject();
    }
  }
}
