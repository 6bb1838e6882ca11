package cn.gov.zj.cloud.privateportal.feedback.rest;

import cn.gov.zj.cloud.privateportal.feedback.ReceivedConsultation;
import cn.gov.zj.cloud.privateportal.feedback.RectificationItem;
import cn.gov.zj.cloud.privateportal.time.Clocks;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.Optional;

/** Art. 23: the JSON of consultations and rectification items in the private zone's API. */
final class FeedbackJson {

  private FeedbackJson() {}

  static JsonObject consultation(ReceivedConsultation c) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("trackingNo", c.trackingNo())
            .add("category", c.category().name())
            .add("subject", c.subject())
            .add("content", c.content())
            .add("submittedAt", c.submittedAt().toString())
            .add("status", c.status());
    optional(json, "contact", c.contactMasked());
    optional(json, "reply", c.reply());
    optional(json, "repliedAt", c.repliedAt().map(Object::toString));
    optional(json, "repliedBy", c.repliedBy());
    return json.build();
  }

  static JsonObject rectification(RectificationItem item) {
    LocalDate today = LocalDate.now(Clocks.ZONE);
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", item.id())
            .add("responsible", item.responsible())
            .add("ratingKind", item.ratingKind())
            .add("grade", item.grade().name())
            .add("ratedAt", item.ratedAt().toString())
            .add("callbackDue", item.callbackDue().toString())
            .add("reportDue", item.reportDue().toString())
            .add("callbackOverdue", item.callbackOverdue(today))
            .add("reportOverdue", item.reportOverdue(today))
            .add("open", item.open());
    item.unitId().ifPresent(unit -> json.add("unitId", unit));
    optional(json, "comment", item.comment());
    optional(json, "calledBackAt", item.calledBackAt().map(Object::toString));
    optional(json, "callbackNote", item.callbackNote());
    optional(json, "reportedAt", item.reportedAt().map(Object::toString));
    optional(json, "report", item.report());
    return json.build();
  }

  private static void optional(JsonObjectBuilder json, String name, Optional<String> value) {
    value.ifPresent(text -> json.add(name, text));
  }
}
