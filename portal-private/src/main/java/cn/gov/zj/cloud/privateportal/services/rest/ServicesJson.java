package cn.gov.zj.cloud.privateportal.services.rest;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.privateportal.services.ServiceItem;
import cn.gov.zj.cloud.privateportal.services.TrainingSession;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Art. 14: the JSON of service requests and training sessions; times ISO-8601 at +08:00. */
final class ServicesJson {

  private ServicesJson() {}

  static String time(Instant instant) {
    return OffsetDateTime.ofInstant(instant, OfficialCalendar.ZONE).toString();
  }

  static JsonObject request(ServiceItem item, Instant now) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", item.id())
            .add("unitId", item.unitId())
            .add("unitName", item.unitName())
            .add("systemId", item.systemId())
            .add("systemName", item.systemName())
            .add("kind", item.kind().name())
            .add("subject", item.subject())
            .add("description", item.description())
            .add("state", item.state().name())
            .add("openedBy", item.openedBy())
            .add("openedAt", time(item.openedAt()))
            .add("responseDue", item.due().endsAt().toOffsetDateTime().toString())
            .add("responseDueProvisional", item.provisional())
            .add("overdue", item.overdueAt(now));
    item.responseMet().ifPresent(met -> json.add("responseMet", met));
    text(json, "answer", item.answer());
    text(json, "answeredBy", item.answeredBy());
    item.answeredAt().ifPresent(at -> json.add("answeredAt", time(at)));
    text(json, "closingNote", item.closingNote());
    text(json, "closedBy", item.closedBy());
    item.closedAt().ifPresent(at -> json.add("closedAt", time(at)));
    return json.build();
  }

  static JsonObject detail(ServiceItem item, List<ServiceItem.Event> history, Instant now) {
    JsonArrayBuilder events = Json.createArrayBuilder();
    for (ServiceItem.Event event : history) {
      JsonObjectBuilder entry =
          Json.createObjectBuilder()
              .add("action", event.action())
              .add("actor", event.actor())
              .add("at", time(event.at()));
      if (event.note() != null) {
        entry.add("note", event.note());
      }
      events.add(entry);
    }
    return Json.createObjectBuilder(request(item, now)).add("history", events).build();
  }

  static JsonObject session(TrainingSession session) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", session.id())
            .add("title", session.title())
            .add("startsAt", time(session.startsAt()))
            .add("durationMinutes", session.durationMinutes())
            .add("capacity", session.capacity())
            .add("seatsTaken", session.taken())
            .add("seatsLeft", session.seats().left())
            .add("cancelled", session.cancelled())
            .add("registered", session.registeredByMe());
    text(json, "place", session.place());
    text(json, "onlineLink", session.onlineLink());
    text(json, "materials", session.materials());
    session.cancelledAt().ifPresent(at -> json.add("cancelledAt", time(at)));
    session.attendanceAt().ifPresent(at -> json.add("attendanceRecordedAt", time(at)));
    return json.build();
  }

  static JsonObject sessionDetail(
      TrainingSession session, List<TrainingSession.Registration> registrations) {
    JsonArrayBuilder people = Json.createArrayBuilder();
    for (TrainingSession.Registration registration : registrations) {
      JsonObjectBuilder entry =
          Json.createObjectBuilder()
              .add("username", registration.username())
              .add("displayName", registration.displayName())
              .add("unitId", registration.unitId())
              .add("unitName", registration.unitName())
              .add("registeredAt", time(registration.registeredAt()));
      registration.attended().ifPresent(attended -> entry.add("attended", attended));
      people.add(entry);
    }
    return Json.createObjectBuilder(session(session)).add("registrations", people).build();
  }

  static JsonObject recordLine(TrainingSession.RecordLine line) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("username", line.username())
            .add("displayName", line.displayName())
            .add("sessionId", line.sessionId())
            .add("title", line.title())
            .add("startsAt", time(line.startsAt()));
    line.attended().ifPresent(attended -> json.add("attended", attended));
    return json.build();
  }

  private static void text(JsonObjectBuilder json, String name, Optional<String> value) {
    value.ifPresent(text -> json.add(name, text));
  }
}
