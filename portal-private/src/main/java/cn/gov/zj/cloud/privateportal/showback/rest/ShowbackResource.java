package cn.gov.zj.cloud.privateportal.showback.rest;

import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.sheet.PdfSheet;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter;
import cn.gov.zj.cloud.privateportal.showback.ShowbackFiles;
import cn.gov.zj.cloud.privateportal.showback.Showbacks;
import cn.gov.zj.cloud.privateportal.showback.UnitShowback;
import cn.gov.zj.cloud.privateportal.usage.rest.ReportsResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

/**
 * Art. 21: {@code GET /api/v1/tenants/<t>/showback?unitId=&year=&month=}: a unit's cost per system
 * and allocation line, month by month, with the year's total and its projection (the basis of next
 * year's budget); as PDF or XLSX with {@code format=pdf|xlsx} or the matching {@code Accept}. Unit
 * staff read their own unit's; the reviewer and the tenant administrator any unit of the tenant.
 */
@Path("tenants/{tenant}/showback")
public class ShowbackResource {

  @Inject private Showbacks showbacks;

  @GET
  @Produces({MediaType.APPLICATION_JSON, PdfSheet.MEDIA_TYPE, SheetWriter.XLSX})
  public Response get(
      @QueryParam("unitId") String unitId,
      @QueryParam("year") String year,
      @QueryParam("month") String month,
      @QueryParam("format") String format,
      @Context HttpHeaders headers) {
    String kind = ReportsResource.kind(format, headers);
    if (unitId == null || !unitId.matches("[0-9]{1,18}")) {
      new Violations().add("unitId", "usage.report.unit").throwIfAny();
    }
    int period = showbacks.year(year);
    Optional<YearMonth> within = showbacks.month(period, month);
    UnitShowback showback = showbacks.of(Long.parseLong(unitId), period, within);
    Locale locale = ReportsResource.locale(headers);
    String name = ShowbackFiles.name(showback);
    return switch (kind) {
      case "pdf" ->
          ReportsResource.file(
              ShowbackFiles.pdf(showback, locale), PdfSheet.MEDIA_TYPE, name + ".pdf");
      case "xlsx" ->
          ReportsResource.file(
              ShowbackFiles.xlsx(showback, locale), SheetWriter.XLSX, name + ".xlsx");
      default ->
          Response.ok(ShowbackJson.of(showback).toString(), MediaType.APPLICATION_JSON_TYPE)
              .build();
    };
  }
}
