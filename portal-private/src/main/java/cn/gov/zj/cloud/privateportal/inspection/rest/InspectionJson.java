package cn.gov.zj.cloud.privateportal.inspection.rest;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.privateportal.inspection.FindingEvent;
import cn.gov.zj.cloud.privateportal.inspection.FindingView;
import cn.gov.zj.cloud.privateportal.inspection.InspectionView;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;

/** Art. 17, 19: the JSON of inspections and findings; times ISO-8601 with the Beijing offset. */
public final class InspectionJson {

  private InspectionJson() {}

  /** An instant as ISO-8601 with the Beijing offset, e.g. {@code 2026-12-07T14:00+08:00}. */
  public static String iso(Instant at) {
    return at.atZone(OfficialCalendar.ZONE).toOffsetDateTime().toString();
  }

  static JsonObject inspection(InspectionView view) {
    JsonArrayBuilder units = Json.createArrayBuilder();
    view.unitIds().forEach(units::add);
    return Json.createObjectBuilder()
        .add("id", view.id())
        .add("title", view.title())
        .add("kind", view.kind().name())
        .add("unitIds", units)
        .add("startsOn", view.startsOn().toString())
        .add("endsOn", view.endsOn().toString())
        .add("createdBy", view.createdBy())
        .add("createdAt", iso(view.createdAt()))
        .add("findings", view.findings())
        .add("openFindings", view.openFindings())
        .build();
  }

  static JsonObject finding(FindingView view, Instant now) {
    JsonArrayBuilder allowed = Json.createArrayBuilder();
    view.allowedNow().forEach(action -> allowed.add(action.restName()));
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", view.id())
            .add("inspectionId", view.inspectionId())
            .add("unitId", view.unitId())
            .add("unitName", view.unitName())
            .add("systemId", view.systemId())
            .add("systemName", view.systemName())
            .add("severity", view.severity().name())
            .add("description", view.description())
            .add("state", view.state().name())
            .add("rectificationDue", view.rectificationDue().date().toString())
            .add("dueProvisional", view.rectificationDue().provisional())
            .add("overdue", view.overdueAt(now))
            .add("recordedBy", view.recordedBy())
            .add("recordedAt", iso(view.recordedAt()))
            .add("allowedNow", allowed);
    if (view.reference() != null) {
      json.add("reference", view.reference());
    }
    return json.build();
  }

  static JsonObject finding(FindingView view, List<FindingEvent> history, Instant now) {
    JsonArrayBuilder events = Json.createArrayBuilder();
    for (FindingEvent event : history) {
      JsonObjectBuilder json =
          Json.createObjectBuilder()
              .add("action", event.action())
              .add("state", event.toState())
              .add("actor", event.actor())
              .add("at", iso(event.at()));
      if (event.text() != null) {
        json.add("text", event.text());
      }
      events.add(json);
    }
    return Json.createObjectBuilder(finding(view, now)).add("history", events).build();
  }
}
