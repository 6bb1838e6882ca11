package cn.gov.zj.cloud.privateportal.usage.rest;

import static cn.gov.zj.cloud.privateportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter;
import cn.gov.zj.cloud.privateportal.time.Clocks;
import cn.gov.zj.cloud.privateportal.usage.MonthSummary;
import cn.gov.zj.cloud.privateportal.usage.ReportPdf;
import cn.gov.zj.cloud.privateportal.usage.ReportSheet;
import cn.gov.zj.cloud.privateportal.usage.UtilizationReport;
import cn.gov.zj.cloud.privateportal.usage.UtilizationReports;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Locale;

/**
 * Art. 15: {@code GET /api/v1/tenants/<t>/reports/utilization?unitId=&month=yyyy-MM}: a unit's
 * monthly report as JSON, or as PDF or XLSX with {@code format=pdf|xlsx} or the matching {@code
 * Accept}.
 */
@Path("tenants/{tenant}/reports/utilization")
public class ReportsResource {

  @Inject private UtilizationReports reports;

  @GET
  @Produces({MediaType.APPLICATION_JSON, ReportPdf.MEDIA_TYPE, SheetWriter.XLSX})
  public Response get(
      @QueryParam("unitId") String unitId,
      @QueryParam("month") String month,
      @QueryParam("format") String format,
      @Context HttpHeaders headers) {
    String kind = kind(format, headers);
    Violations violations = new Violations();
    Long unit = unitId(unitId, violations);
    YearMonth period = violations.isEmpty() ? reports.month(month) : null;
    violations.throwIfAny();
    UtilizationReport report = reports.unitReport(unit, period);
    Locale locale = locale(headers);
    String name = "report-" + report.unitId() + "-" + report.month();
    return switch (kind) {
      case "pdf" -> file(ReportPdf.write(report, locale), ReportPdf.MEDIA_TYPE, name + ".pdf");
      case "xlsx" -> file(ReportSheet.write(report, locale), SheetWriter.XLSX, name + ".xlsx");
      default ->
          Response.ok(ReportJson.of(report, locale).toString(), MediaType.APPLICATION_JSON_TYPE)
              .build();
    };
  }

  /**
   * Art. 15: {@code GET reports/utilization/summary?month=yyyy-MM}: the tenant's summary of the
   * month as the monthly job delivered it (reviewer, provider, tenant administrator).
   */
  @GET
  @Path("summary")
  @Produces(MediaType.APPLICATION_JSON)
  public String summary(@QueryParam("month") String month) {
    YearMonth period = reports.month(month);
    JsonArrayBuilder units = JSON.createArrayBuilder();
    for (MonthSummary unit : reports.summary(period)) {
      units.add(
          JSON.createObjectBuilder()
              .add("unitId", unit.unitId())
              .add("unitName", unit.unitName())
              .add("dataMissing", unit.dataMissing())
              .add("advice", unit.advice())
              .add(
                  "deliveredAt",
                  OffsetDateTime.ofInstant(unit.deliveredAt(), Clocks.ZONE).toString()));
    }
    return JSON.createObjectBuilder()
        .add("month", period.toString())
        .add("units", units)
        .build()
        .toString();
  }

  /**
   * {@code format} wins; else the first of PDF or XLSX the client accepts; else JSON (Art. 21's
   * showback downloads alike).
   */
  public static String kind(String format, HttpHeaders headers) {
    if (format != null) {
      if (!format.matches("json|pdf|xlsx")) {
        new Violations().add("format", "usage.report.format").throwIfAny();
      }
      return format;
    }
    for (MediaType type : headers.getAcceptableMediaTypes()) {
      if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
        return "json";
      }
      if (type.isCompatible(MediaType.valueOf(ReportPdf.MEDIA_TYPE)) && !type.isWildcardType()) {
        return "pdf";
      }
      if (type.isCompatible(MediaType.valueOf(SheetWriter.XLSX)) && !type.isWildcardType()) {
        return "xlsx";
      }
    }
    return "json";
  }

  private static Long unitId(String text, Violations violations) {
    if (text == null || !text.matches("[0-9]{1,18}")) {
      violations.add("unitId", "usage.report.unit");
      return null;
    }
    return Long.valueOf(text);
  }

  public static Locale locale(HttpHeaders headers) {
    return Messages.supported(
        headers.getAcceptableLanguages().isEmpty()
            ? null
            : headers.getAcceptableLanguages().get(0));
  }

  public static Response file(byte[] content, String type, String name) {
    return Response.ok(content, type)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }
}
