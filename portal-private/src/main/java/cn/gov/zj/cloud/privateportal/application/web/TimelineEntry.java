package cn.gov.zj.cloud.privateportal.application.web;

import cn.gov.zj.cloud.domain.calendar.BeijingTime;
import cn.gov.zj.cloud.privateportal.application.ApplicationEvent;
import cn.gov.zj.cloud.privateportal.application.PlanJson;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Art. 6: one entry of an application's history as the timeline shows it: who, when, which action,
 * from which state to which, the opinion, the rule in force for the step it started, what came with
 * it, and for a step it closed whether its deadline was met (Art. 8–12). It keeps the codes the
 * history stores ({@code details} as JSON) and words them only when shown, in the reader's
 * language; details stored as plain text by an older release show as they were stored.
 */
public record TimelineEntry(
    Instant occurredAt,
    String actor,
    String actionKey,
    String fromKey,
    String toKey,
    String opinion,
    String rule,
    String details,
    Map<Long, String> fileNames)
    implements Serializable {

  /** The entry of an event; {@code fileNames} names the application's attachments by id. */
  public static TimelineEntry of(ApplicationEvent event, Map<Long, String> fileNames) {
    return new TimelineEntry(
        event.getOccurredAt(),
        event.getActor(),
        "create".equals(event.getAction())
            ? "application.created"
            : "application.action." + event.getAction(),
        event.getFromState() == null ? null : "application.state." + event.getFromState(),
        "application.state." + event.getToState(),
        event.getOpinion(),
        event.getRuleInForce(),
        event.getDetails(),
        Map.copyOf(fileNames));
  }

  /** When, to the minute in Beijing time. */
  public String at() {
    return BeijingTime.minutes(occurredAt);
  }

  /** Art. 8–12: the action closed its step after the deadline: shown in red. */
  public boolean missed() {
    JsonObject closed = closed();
    return closed != null && !closed.getBoolean("met");
  }

  /** The action's label is the UI's for the draft's creation, the domain's for the rest. */
  public boolean isCreation() {
    return "application.created".equals(actionKey);
  }

  /** Art. 8–12: the step the action closed and whether in time, in {@code locale}; or null. */
  public String closedStep(Locale locale) {
    JsonObject closed = closed();
    if (closed == null) {
      return null;
    }
    PageText text = new PageText(locale);
    return text.ui(
        closed.getBoolean("met") ? "timeline.stepMet" : "timeline.stepMissed",
        text.domain("application.step." + closed.getString("step")),
        closed.getString("due"));
  }

  /** What came with the action, one line each, in {@code locale}. */
  public List<String> details(Locale locale) {
    if (isLegacyText()) {
      return List.of(details.strip());
    }
    return lines(json(), fileNames, new PageText(locale));
  }

  private boolean isLegacyText() {
    return details != null && !details.isBlank() && !details.strip().startsWith("{");
  }

  private JsonObject closed() {
    JsonObject json = isLegacyText() ? JsonValue.EMPTY_JSON_OBJECT : json();
    return json.containsKey("closedStep") ? json.getJsonObject("closedStep") : null;
  }

  private JsonObject json() {
    if (details == null || details.isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (var reader = Json.createReader(new StringReader(details))) {
      return reader.readObject();
    } catch (JsonException e) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
  }

  private static List<String> lines(JsonObject json, Map<Long, String> fileNames, PageText text) {
    List<String> lines = new ArrayList<>();
    String separator = text.ui("list.separator");
    if (json.containsKey("attachments") && !json.getJsonArray("attachments").isEmpty()) {
      String names =
          json.getJsonArray("attachments").getValuesAs(JsonValue.class).stream()
              .map(id -> fileNames.getOrDefault(Long.valueOf(id.toString()), "#" + id))
              .collect(Collectors.joining(separator));
      lines.add(text.ui("timeline.attachments", names));
    }
    if (json.containsKey("trialDays")) {
      lines.add(text.ui("timeline.trialDays", json.getInt("trialDays")));
    }
    if (json.containsKey("environment")) {
      lines.add(text.ui("timeline.environment", json.getString("environment")));
    }
    if (json.containsKey("extensionDays")) {
      lines.add(text.ui("timeline.extensionDays", json.getInt("extensionDays")));
    }
    if (json.containsKey("thirdParty")) {
      JsonObject test = json.getJsonObject("thirdParty");
      lines.add(
          text.ui(
              "timeline.thirdParty", test.getString("body"), test.getString("accreditationNo")));
    }
    if (json.containsKey("plan")) {
      String plan =
          PlanView.of(PlanJson.read(json.getJsonObject("plan").toString()), text).lines().stream()
              .map(PlanView.Line::text)
              .collect(Collectors.joining(separator));
      lines.add(text.ui("timeline.plan", plan));
    }
    if (json.containsKey("mlpsLevel")) {
      lines.add(text.ui("timeline.mlpsLevel", json.getInt("mlpsLevel")));
    }
    if (json.containsKey("change")) {
      lines.add(change(json.getJsonObject("change"), text, separator));
    }
    return lines;
  }

  /** Art. 11: a major change names the criteria that made it major. */
  private static String change(JsonObject change, PageText text, String separator) {
    if (!change.getBoolean("major")) {
      return text.ui("timeline.minorChange");
    }
    String criteria =
        change.getJsonArray("criteria").getValuesAs(JsonString.class).stream()
            .map(name -> text.domain("application.major." + name.getString()))
            .collect(Collectors.joining(separator));
    return text.ui("timeline.majorChange", criteria);
  }
}
