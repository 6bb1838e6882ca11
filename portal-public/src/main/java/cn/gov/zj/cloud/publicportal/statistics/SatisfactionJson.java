package cn.gov.zj.cloud.publicportal.statistics;

import static cn.gov.zj.cloud.publicportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.domain.feedback.Grade;
import cn.gov.zj.cloud.domain.feedback.RectificationRate;
import cn.gov.zj.cloud.domain.feedback.Satisfaction;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.Optional;

/** Art. 23: the public figures as JSON, the same shape in every answer. Counts only. */
final class SatisfactionJson {

  private SatisfactionJson() {}

  /** {@code {"total", "byGrade", "satisfactionRate", "badReviewRate"}}; rates null without any. */
  static JsonObjectBuilder of(Satisfaction satisfaction) {
    return into(JSON.createObjectBuilder(), satisfaction);
  }

  /** The same members added to {@code json}. */
  static JsonObjectBuilder into(JsonObjectBuilder json, Satisfaction satisfaction) {
    JsonObjectBuilder byGrade = JSON.createObjectBuilder();
    for (Grade grade : Grade.values()) {
      byGrade.add(grade.name(), satisfaction.byGrade().get(grade));
    }
    json.add("total", satisfaction.total()).add("byGrade", byGrade);
    rate(json, "satisfactionRate", satisfaction.rate());
    return rate(json, "badReviewRate", satisfaction.badReviewRate());
  }

  /** Art. 23 (差评整改): the bad reviews, how many were decided and done in time, the rates. */
  static JsonObjectBuilder of(RectificationRate rate) {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("badReviews", rate.badReviews())
            .add("calledBackInTime", rate.calledBackInTime())
            .add("callbackDecided", rate.callbackDecided())
            .add("rectifiedInTime", rate.rectifiedInTime())
            .add("rectificationDecided", rate.rectificationDecided())
            .add("open", rate.open());
    rate(json, "callbackRate", rate.callbackRate());
    return rate(json, "rectificationRate", rate.rectificationRate());
  }

  private static JsonObjectBuilder rate(
      JsonObjectBuilder json, String name, Optional<BigDecimal> rate) {
    rate.ifPresentOrElse(r -> json.add(name, r), () -> json.addNull(name));
    return json;
  }
}
