package cn.gov.zj.cloud.privateportal.fault.rest;

import static cn.gov.zj.cloud.privateportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.fault.FaultAction;
import cn.gov.zj.cloud.domain.fault.FaultClock;
import cn.gov.zj.cloud.domain.fault.FaultLifecycle;
import cn.gov.zj.cloud.domain.fault.FaultTargets;
import cn.gov.zj.cloud.domain.fault.Severity;
import cn.gov.zj.cloud.domain.fault.Target;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.fault.Fault;
import cn.gov.zj.cloud.privateportal.fault.FaultEvent;
import cn.gov.zj.cloud.privateportal.fault.Faults;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Art. 13: a fault as JSON: times ISO-8601 with the Beijing offset ({@code
 * 2026-12-07T10:30:00+08:00}), whether each target was met (null while open), the actions allowed
 * now and the history.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class FaultJson {

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(OfficialCalendar.ZONE);

  @Inject private Faults faults;
  @Inject private CurrentActor actor;
  @Inject private Clock clock;

  /** The list entry. */
  public JsonObjectBuilder summary(Fault fault) {
    Instant now = clock.instant();
    return JSON.createObjectBuilder()
        .add("id", fault.getId())
        .add("systemId", fault.getSystemId())
        .add("unitId", fault.getUnitId())
        .add("applicationId", fault.getApplicationId())
        .add("severity", fault.getSeverity().name())
        .add("title", fault.getTitle())
        .add("state", fault.getState().name())
        .add("reportedAt", time(fault.getReportedAt()))
        .add("responseDue", time(fault.getResponseDue()))
        .add("resolutionDue", time(fault.getResolutionDue()))
        .add("responseMet", met(fault.responseMet(now)))
        .add("resolutionMet", met(fault.resolutionMet(now)))
        .add("overdue", fault.isOverdue(now));
  }

  /** The whole fault for {@code GET .../faults/<id>}. */
  public JsonObject detail(long id) {
    Fault fault = faults.get(id);
    JsonArrayBuilder actions = JSON.createArrayBuilder();
    FaultLifecycle.available(fault.getState(), actor.get().roles())
        .forEach(action -> actions.add(action.restName()));
    return summary(fault)
        .add("description", fault.getDescription())
        .add("reportedBy", fault.getReportedBy())
        .add("responseTarget", target(fault.getResponseTarget()))
        .add("resolutionTarget", target(fault.getResolutionTarget()))
        .add("acknowledgedAt", time(fault.getAcknowledgedAt()))
        .add("resolvedAt", time(fault.getResolvedAt()))
        .add("closedAt", time(fault.getClosedAt()))
        .add("escalatedAt", time(fault.getEscalatedAt()))
        .add("resolution", text(fault.getResolution()))
        .add("actions", actions)
        .add("history", history(id))
        .build();
  }

  /** Art. 25: the targets in force per severity, in the unit of each. */
  public static JsonObject targets(FaultTargets targets) {
    JsonObjectBuilder json = JSON.createObjectBuilder();
    for (Severity severity : Severity.values()) {
      JsonObjectBuilder clocks = JSON.createObjectBuilder();
      for (FaultClock clock : FaultClock.values()) {
        clocks.add(
            clock.name().toLowerCase(java.util.Locale.ROOT),
            target(targets.target(severity, clock)));
      }
      json.add(severity.name(), clocks);
    }
    return json.build();
  }

  /** The text of each action allowed in the fault lifecycle with its roles: for 409 bodies. */
  public static JsonObjectBuilder allowed(FaultAction action) {
    JsonArrayBuilder roles = JSON.createArrayBuilder();
    action.roles().stream().map(Role::realmRole).sorted().forEach(roles::add);
    return JSON.createObjectBuilder().add("action", action.restName()).add("roles", roles);
  }

  private JsonArrayBuilder history(long id) {
    JsonArrayBuilder events = JSON.createArrayBuilder();
    for (FaultEvent event : faults.history(id)) {
      events.add(
          JSON.createObjectBuilder()
              .add("at", time(event.getOccurredAt()))
              .add("actor", event.getActor())
              .add("action", event.getAction())
              .add("from", text(event.getFromState()))
              .add("to", event.getToState())
              .add("note", text(event.getNote())));
    }
    return events;
  }

  private static JsonValue target(String label) {
    return Target.parse(label).<JsonValue>map(FaultJson::target).orElse(JsonValue.NULL);
  }

  private static JsonObject target(Target target) {
    return JSON.createObjectBuilder()
        .add("amount", target.amount())
        .add("unit", target.unit().name())
        .build();
  }

  static JsonValue time(Instant at) {
    return at == null ? JsonValue.NULL : JSON.createValue(ISO.format(at));
  }

  private static JsonValue met(Optional<Boolean> met) {
    return met.<JsonValue>map(value -> value ? JsonValue.TRUE : JsonValue.FALSE)
        .orElse(JsonValue.NULL);
  }

  private static JsonValue text(String text) {
    return text == null ? JsonValue.NULL : JSON.createValue(text);
  }
}
