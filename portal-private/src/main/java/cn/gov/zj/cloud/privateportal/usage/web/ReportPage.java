package cn.gov.zj.cloud.privateportal.usage.web;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter;
import cn.gov.zj.cloud.privateportal.usage.MonthSummary;
import cn.gov.zj.cloud.privateportal.usage.ReportPdf;
import cn.gov.zj.cloud.privateportal.usage.ReportRows;
import cn.gov.zj.cloud.privateportal.usage.ReportSheet;
import cn.gov.zj.cloud.privateportal.usage.UtilizationReport;
import cn.gov.zj.cloud.privateportal.usage.UtilizationReports;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.LocaleSelection;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Art. 15: the page of the monthly reports: unit staff see their unit's, the reviewer, the provider
 * and the tenant's administrator pick a unit; a month is picked (the last one by default); the
 * report is shown and downloaded as PDF and XLSX.
 */
@Named
@ViewScoped
public class ReportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private UtilizationReports reports;
  @Inject private LocaleSelection locale;
  @Inject private Clock clock;

  private Long unit;
  private String month;
  private List<SelectItem> units;
  private ReportRows rows;
  private List<MonthSummary> summary = List.of();

  /** The view action: the units to pick from, the defaults, and the report when one is named. */
  public void load() {
    units =
        reports.unitsWithAllocations().stream()
            .map(row -> new SelectItem(((Number) row[0]).longValue(), (String) row[1]))
            .toList();
    reports.ownUnit().ifPresent(own -> unit = own);
    if (unit == null && units.size() == 1) {
      unit = (Long) units.get(0).getValue();
    }
    if (month == null || month.isBlank()) {
      month = YearMonth.from(OfficialCalendar.dateOf(clock.instant())).minusMonths(1).toString();
    }
    if (unit != null) {
      show();
    } else {
      summarise();
    }
  }

  /** Art. 15: the report of the unit and month picked, and the month's tenant summary. */
  public void show() {
    rows = null;
    summarise();
    FacesFeedback.attempt("report-form", () -> rows = ReportRows.of(report(), locale.getLocale()));
  }

  /** Art. 15: the tenant's summary of the month, for those who read every unit's report. */
  private void summarise() {
    summary = List.of();
    if (isPicking()) {
      FacesFeedback.attempt("report-form", () -> summary = reports.summary(reports.month(month)));
    }
  }

  public List<MonthSummary> getSummary() {
    return summary;
  }

  public StreamedContent getPdf() {
    return download(r -> ReportPdf.write(r, locale.getLocale()), ReportPdf.MEDIA_TYPE, ".pdf");
  }

  public StreamedContent getXlsx() {
    return download(r -> ReportSheet.write(r, locale.getLocale()), SheetWriter.XLSX, ".xlsx");
  }

  private StreamedContent download(
      Function<UtilizationReport, byte[]> writer, String type, String suffix) {
    UtilizationReport report = report();
    byte[] content = writer.apply(report);
    return DefaultStreamedContent.builder()
        .name("report-" + report.unitId() + "-" + report.month() + suffix)
        .contentType(type)
        .contentLength((long) content.length)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }

  private UtilizationReport report() {
    if (unit == null) {
      new Violations().add("unitId", "usage.report.unit").throwIfAny();
    }
    return reports.unitReport(unit, reports.month(month));
  }

  public Long getUnit() {
    return unit;
  }

  public void setUnit(Long unit) {
    this.unit = unit;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public List<SelectItem> getUnits() {
    return units;
  }

  public ReportRows getRows() {
    return rows;
  }

  /** Unit staff read their own unit's report only: no unit to pick. */
  public boolean isPicking() {
    return reports.ownUnit().isEmpty();
  }
}
