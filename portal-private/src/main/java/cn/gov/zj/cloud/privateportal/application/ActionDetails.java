package cn.gov.zj.cloud.privateportal.application;

import cn.gov.zj.cloud.domain.application.ActionRecord;
import cn.gov.zj.cloud.domain.application.ChangeAssessment;
import cn.gov.zj.cloud.domain.application.MajorChangeCriterion;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

/**
 * Art. 6: what the history keeps of an action besides who, when and the opinion: the attachments
 * that came with it, its checked input, and the deadline step it closed with whether the deadline
 * was met (the timeline shows missed ones).
 */
final class ActionDetails {

  private ActionDetails() {}

  /** The step an action closes: its name, its due date and whether the action came in time. */
  record ClosedStep(String step, LocalDate due, boolean met) {}

  static String write(ActionRecord record, List<Long> attachments, ClosedStep closed) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    JsonArrayBuilder ids = Json.createArrayBuilder();
    attachments.forEach(ids::add);
    json.add("attachments", ids);
    record.trialDays().ifPresent(days -> json.add("trialDays", days));
    record.environment().ifPresent(text -> json.add("environment", text));
    record.extensionDays().ifPresent(days -> json.add("extensionDays", days));
    record
        .thirdParty()
        .ifPresent(
            test ->
                json.add(
                    "thirdParty",
                    Json.createObjectBuilder()
                        .add("body", test.body())
                        .add("accreditationNo", test.accreditationNo())));
    record.resources().ifPresent(plan -> json.add("plan", PlanJson.json(plan)));
    record.mlpsLevel().ifPresent(level -> json.add("mlpsLevel", level.value()));
    record.change().ifPresent(change -> json.add("change", change(change)));
    if (closed != null) {
      json.add(
          "closedStep",
          Json.createObjectBuilder()
              .add("step", closed.step())
              .add("due", closed.due().toString())
              .add("met", closed.met()));
    }
    return json.build().toString();
  }

  static JsonObject read(String stored) {
    if (stored == null) {
      return JsonObject.EMPTY_JSON_OBJECT;
    }
    try (var reader = Json.createReader(new StringReader(stored))) {
      return reader.readObject();
    }
  }

  private static JsonObjectBuilder change(ChangeAssessment change) {
    JsonArrayBuilder criteria = Json.createArrayBuilder();
    change.criteria().stream().map(MajorChangeCriterion::name).sorted().forEach(criteria::add);
    return Json.createObjectBuilder().add("major", change.isMajor()).add("criteria", criteria);
  }
}
