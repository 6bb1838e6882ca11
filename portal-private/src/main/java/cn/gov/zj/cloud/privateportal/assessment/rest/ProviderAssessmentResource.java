package cn.gov.zj.cloud.privateportal.assessment.rest;

import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.assessment.AssessmentPdf;
import cn.gov.zj.cloud.privateportal.assessment.ProviderAssessment;
import cn.gov.zj.cloud.privateportal.assessment.ProviderAssessments;
import cn.gov.zj.cloud.privateportal.sheet.PdfSheet;
import cn.gov.zj.cloud.privateportal.web.Locales;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Art. 23: {@code GET /api/v1/tenants/<t>/assessments/provider?period=2026-11|2026-Q4|2026}: the
 * provider's assessment of the period, per tenant ({@code "tenants"}: the city's own; every city's
 * for the province) and {@code "total"}; {@code format=pdf} for the PDF report.
 */
@Path("tenants/{tenant}/assessments/provider")
public class ProviderAssessmentResource {

  @Inject private ProviderAssessments assessments;

  @GET
  @Produces({MediaType.APPLICATION_JSON, PdfSheet.MEDIA_TYPE})
  public Response get(
      @QueryParam("period") String period,
      @QueryParam("format") String format,
      @Context HttpServletRequest request) {
    if (format != null && !format.matches("json|pdf")) {
      new Violations().add("format", "assessment.format").throwIfAny();
    }
    ProviderAssessment assessment = assessments.of(assessments.period(period));
    if (!"pdf".equals(format)) {
      return Response.ok(
              AssessmentJson.provider(assessment).toString(), MediaType.APPLICATION_JSON_TYPE)
          .build();
    }
    return Response.ok(AssessmentPdf.provider(assessment, Locales.of(request)), PdfSheet.MEDIA_TYPE)
        .header(
            "Content-Disposition",
            "attachment; filename=\"provider-" + assessment.period().text() + ".pdf\"")
        .build();
  }
}
