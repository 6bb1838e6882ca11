package cn.gov.zj.cloud.privateportal.assessment.rest;

import static cn.gov.zj.cloud.privateportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.domain.assessment.Rate;
import cn.gov.zj.cloud.domain.assessment.ScoreWeights;
import cn.gov.zj.cloud.domain.feedback.Grade;
import cn.gov.zj.cloud.domain.supervision.Adoption;
import cn.gov.zj.cloud.privateportal.assessment.ProviderAssessment;
import cn.gov.zj.cloud.privateportal.assessment.ProviderFigures;
import cn.gov.zj.cloud.privateportal.assessment.UnitAssessment;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Art. 22, 23: the assessments as JSON; a figure without a value is null. */
final class AssessmentJson {

  private AssessmentJson() {}

  static JsonArray units(List<UnitAssessment> units) {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    units.forEach(unit -> list.add(unit(unit)));
    return list.build();
  }

  static JsonObject weights(ScoreWeights weights) {
    JsonObjectBuilder json = JSON.createObjectBuilder();
    weights.values().forEach(json::add);
    return json.add("provincial", weights.equals(ScoreWeights.PROVINCIAL)).build();
  }

  static JsonObject unit(UnitAssessment unit) {
    Adoption adoption = unit.adoption();
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("unitId", unit.unitId())
            .add("unitName", unit.unitName())
            .add(
                "adoption",
                value(
                    JSON.createObjectBuilder()
                        .add("onCloud", adoption.onCloud())
                        .add("registered", adoption.registered())
                        .add("exempt", adoption.exempt()),
                    "ratio",
                    adoption.ratio()));
    value(json, "efficiency", unit.efficiency().value());
    value(json, "security", unit.security().value());
    value(json, "score", unit.score());
    unit.rank().ifPresentOrElse(rank -> json.add("rank", rank), () -> json.addNull("rank"));
    return json.build();
  }

  static JsonObject provider(ProviderAssessment assessment) {
    JsonArrayBuilder tenants = JSON.createArrayBuilder();
    assessment.tenants().forEach(figures -> tenants.add(figures(figures)));
    return JSON.createObjectBuilder()
        .add("period", assessment.period().text())
        .add("from", assessment.period().first().toString())
        .add("to", assessment.period().last().toString())
        .add("tenants", tenants)
        .add("total", figures(assessment.total()))
        .build();
  }

  private static JsonObject figures(ProviderFigures f) {
    JsonObjectBuilder grades = JSON.createObjectBuilder();
    for (Grade grade : Grade.values()) {
      grades.add(grade.name(), f.satisfaction().byGrade().get(grade));
    }
    JsonObjectBuilder json = JSON.createObjectBuilder().add("tenant", f.tenant());
    json.add(
        "response",
        JSON.createObjectBuilder()
            .add("steps", rate(f.steps()))
            .add("faultResponses", rate(f.responses()))
            .add("faultResolutions", rate(f.resolutions())));
    json.add(
        "satisfaction",
        value(
            JSON.createObjectBuilder().add("grades", grades).add("count", f.satisfaction().total()),
            "rate",
            f.satisfaction().rate()));
    json.add(
        "quality",
        value(
                JSON.createObjectBuilder()
                    .add("outageMinutes", f.availability().outageMinutes())
                    .add("serviceMinutes", f.availability().serviceMinutes()),
                "availability",
                f.availability().value())
            .add("performanceIncidents", f.performanceIncidents())
            .add("securityIncidents", f.securityIncidents()));
    return json.build();
  }

  private static JsonObjectBuilder rate(Rate rate) {
    return value(
        JSON.createObjectBuilder().add("met", rate.met()).add("counted", rate.counted()),
        "rate",
        rate.value());
  }

  private static JsonObjectBuilder value(
      JsonObjectBuilder json, String name, Optional<BigDecimal> value) {
    value.ifPresentOrElse(v -> json.add(name, v), () -> json.addNull(name));
    return json;
  }
}
