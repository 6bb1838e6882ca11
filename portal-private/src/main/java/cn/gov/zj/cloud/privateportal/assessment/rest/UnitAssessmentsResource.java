package cn.gov.zj.cloud.privateportal.assessment.rest;

import cn.gov.zj.cloud.domain.assessment.ScoreWeights;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.assessment.AssessmentPdf;
import cn.gov.zj.cloud.privateportal.assessment.ScoreWeightRules;
import cn.gov.zj.cloud.privateportal.assessment.UnitAssessment;
import cn.gov.zj.cloud.privateportal.assessment.UnitAssessments;
import cn.gov.zj.cloud.privateportal.rest.JsonInput;
import cn.gov.zj.cloud.privateportal.sheet.PdfSheet;
import cn.gov.zj.cloud.privateportal.web.Locales;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;

/**
 * Art. 22, 25: {@code GET /api/v1/tenants/<t>/assessments/units?year=YYYY}: the units' assessment
 * of the year, ranked ({@code [{"unitId", "adoption": {"onCloud", "registered", "exempt", "ratio"},
 * "efficiency", "security", "score", "rank"}]}); {@code GET …/units/<id>?year=} one unit's, as JSON
 * or as its PDF report ({@code format=pdf}); {@code GET|PUT …/weights} the score's weights in
 * force, the tenant administrator's own ({@code {"adoption", "efficiency", "security"}}).
 */
@Path("tenants/{tenant}/assessments")
public class UnitAssessmentsResource {

  @Inject private UnitAssessments assessments;
  @Inject private ScoreWeightRules weights;

  @GET
  @Path("units")
  @Produces(MediaType.APPLICATION_JSON)
  public String list(@QueryParam("year") String year) {
    return AssessmentJson.units(assessments.list(assessments.year(year))).toString();
  }

  @GET
  @Path("units/{unit}")
  @Produces({MediaType.APPLICATION_JSON, PdfSheet.MEDIA_TYPE})
  public Response one(
      @PathParam("unit") String unitId,
      @QueryParam("year") String year,
      @QueryParam("format") String format,
      @Context HttpServletRequest request) {
    Violations violations = new Violations();
    if (!unitId.matches("[0-9]{1,18}")) {
      violations.add("unitId", "assessment.unit");
    }
    if (format != null && !format.matches("json|pdf")) {
      violations.add("format", "assessment.format");
    }
    violations.throwIfAny();
    int assessed = assessments.year(year);
    UnitAssessment unit = assessments.of(Long.parseLong(unitId), assessed);
    if (!"pdf".equals(format)) {
      return Response.ok(AssessmentJson.unit(unit).toString(), MediaType.APPLICATION_JSON_TYPE)
          .build();
    }
    byte[] pdf = AssessmentPdf.unit(unit, assessed, assessments.weights(), Locales.of(request));
    return Response.ok(pdf, PdfSheet.MEDIA_TYPE)
        .header(
            "Content-Disposition",
            "attachment; filename=\"assessment-" + unit.unitId() + "-" + assessed + ".pdf\"")
        .build();
  }

  @GET
  @Path("weights")
  @Produces(MediaType.APPLICATION_JSON)
  public String weights() {
    return AssessmentJson.weights(weights.inForce()).toString();
  }

  @PUT
  @Path("weights")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public String setWeights(String body) {
    Violations violations = new Violations();
    JsonInput json = JsonInput.parse(body, ScoreWeights.PROVINCIAL.values().keySet(), violations);
    Map<String, Integer> values = new HashMap<>();
    for (String name : ScoreWeights.PROVINCIAL.values().keySet()) {
      values.put(name, json.integer(name));
    }
    violations.throwIfAny();
    return AssessmentJson.weights(weights.set(values)).toString();
  }
}
