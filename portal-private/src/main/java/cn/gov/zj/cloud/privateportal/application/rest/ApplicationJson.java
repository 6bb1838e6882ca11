package cn.gov.zj.cloud.privateportal.application.rest;

import static cn.gov.zj.cloud.privateportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.domain.application.Action;
import cn.gov.zj.cloud.domain.application.Lifecycle;
import cn.gov.zj.cloud.domain.calendar.Countdown;
import cn.gov.zj.cloud.domain.calendar.DueDate;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.privateportal.application.ApplicationAttachment;
import cn.gov.zj.cloud.privateportal.application.ApplicationEvent;
import cn.gov.zj.cloud.privateportal.application.Applications;
import cn.gov.zj.cloud.privateportal.application.Attachments;
import cn.gov.zj.cloud.privateportal.application.CloudApplication;
import cn.gov.zj.cloud.privateportal.application.PlanJson;
import cn.gov.zj.cloud.privateportal.application.ResourceJson;
import cn.gov.zj.cloud.privateportal.calendar.WorkingCalendar;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import cn.gov.zj.cloud.privateportal.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Art. 6–12: an application as REST shows it: its state, the current step with its due date, the
 * rule in force and the working days left, the trial, the plans, the attachments, the actions the
 * caller may fire now, and the history.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class ApplicationJson {

  @Inject private Applications applications;
  @Inject private Attachments attachments;
  @Inject private WorkingCalendar calendar;
  @Inject private CurrentActor actor;
  @Inject private Clock clock;

  /** The list entry: identity, state and the current step's deadline. */
  public JsonObjectBuilder summary(CloudApplication application) {
    LocalDate today = LocalDate.now(clock.withZone(Clocks.ZONE));
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("id", application.getId())
            .add("systemId", application.getSystemId())
            .add("unitId", application.getUnitId())
            .add("state", application.getState().name());
    if (application.getDueDate() == null) {
      json.addNull("step").addNull("dueDate").addNull("workingDaysLeft");
    } else {
      Countdown left =
          calendar
              .current()
              .countdown(new DueDate(application.getDueDate(), application.isProvisional()), today);
      json.add("step", application.getStep())
          .add("dueDate", application.getDueDate().toString())
          .add("workingDaysLeft", left.workingDaysLeft());
    }
    return json.add("provisional", application.isProvisional())
        .add("overdue", application.isOverdue(today));
  }

  /** The whole application for {@code GET .../applications/<id>}. */
  public JsonObject detail(long id) {
    CloudApplication application = applications.get(id);
    JsonObjectBuilder json =
        summary(application)
            .add("stepRule", text(application.getStepRule()))
            .add("resources", ResourceJson.read(application.getResources()))
            .add("elastic", elastic(application))
            .add("approved", plan(application.getApprovedPlan()))
            .add("allocated", plan(application.getAllocatedPlan()))
            .add("pendingChange", plan(application.getPendingPlan()))
            .add("trial", trial(application, calendar.current()))
            .add("actions", actions(application))
            .add("attachments", attachments(id));
    return json.add("history", history(id)).build();
  }

  private JsonArrayBuilder actions(CloudApplication application) {
    JsonArrayBuilder names = JSON.createArrayBuilder();
    for (Action action : Lifecycle.allowed(application.getState(), actor.get().roles())) {
      names.add(action.restName());
    }
    return names;
  }

  private JsonArrayBuilder attachments(long id) {
    JsonArrayBuilder files = JSON.createArrayBuilder();
    for (ApplicationAttachment file : attachments.of(id)) {
      files.add(AttachmentJson.of(file));
    }
    return files;
  }

  private JsonArrayBuilder history(long id) {
    JsonArrayBuilder events = JSON.createArrayBuilder();
    for (ApplicationEvent event : applications.history(id)) {
      JsonObjectBuilder entry =
          JSON.createObjectBuilder()
              .add("at", event.getOccurredAt().toString())
              .add("actor", event.getActor())
              .add("action", event.getAction())
              .add("from", text(event.getFromState()))
              .add("to", event.getToState())
              .add("opinion", text(event.getOpinion()))
              .add("ruleInForce", text(event.getRuleInForce()));
      if (event.getDetails() != null) {
        entry.add("details", parse(event.getDetails()));
      }
      events.add(entry);
    }
    return events;
  }

  /** Art. 9: the trial; its end is provisional in a year whose notice is not loaded. */
  private static JsonValue trial(CloudApplication application, OfficialCalendar official) {
    if (application.getTrialEnds() == null) {
      return JsonValue.NULL;
    }
    JsonObjectBuilder trial =
        JSON.createObjectBuilder()
            .add("ends", application.getTrialEnds().toString())
            .add("endsProvisional", !official.covers(application.getTrialEnds()))
            .add("environment", text(application.getTrialEnvironment()));
    if (application.getExtensionDays() != null) {
      trial.add("extensionRequestedDays", application.getExtensionDays());
    }
    return trial.build();
  }

  private static JsonValue elastic(CloudApplication application) {
    return application.getElasticMin() == null
        ? JsonValue.NULL
        : JSON.createObjectBuilder()
            .add("min", application.getElasticMin())
            .add("max", application.getElasticMax())
            .build();
  }

  private static JsonValue plan(String stored) {
    return stored == null ? JsonValue.NULL : PlanJson.json(PlanJson.read(stored));
  }

  private static JsonValue text(String value) {
    return value == null ? JsonValue.NULL : JSON.createValue(value);
  }

  private static JsonObject parse(String stored) {
    try (var reader = JSON.createReader(new StringReader(stored))) {
      return reader.readObject();
    }
  }
}
