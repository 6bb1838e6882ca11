package cn.gov.zj.cloud.privateportal.showback.web;

import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.sheet.PdfSheet;
import cn.gov.zj.cloud.privateportal.showback.ShowbackFiles;
import cn.gov.zj.cloud.privateportal.showback.ShowbackRows;
import cn.gov.zj.cloud.privateportal.showback.Showbacks;
import cn.gov.zj.cloud.privateportal.showback.UnitShowback;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.LocaleSelection;
import cn.gov.zj.cloud.privateportal.web.SheetDownload;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import org.primefaces.model.StreamedContent;

/**
 * Art. 21: the showback page: unit staff see their unit's, the reviewer and the tenant
 * administrator pick a unit; a year (this one by default) and optionally a month are picked; the
 * cost per system and line is shown with the month totals, the year's total and its projection, and
 * downloaded as PDF and XLSX.
 */
@Named
@ViewScoped
public class ShowbackPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "showback-form";

  @Inject private Showbacks showbacks;
  @Inject private LocaleSelection locale;

  private Long unit;
  private String year;
  private String month;
  private List<SelectItem> units;
  private ShowbackRows rows;

  /** The view action: the units to pick from, the defaults, and the showback when one is named. */
  public void load() {
    units =
        showbacks.units().stream()
            .map(row -> new SelectItem(((Number) row[0]).longValue(), (String) row[1]))
            .toList();
    showbacks.ownUnit().ifPresent(own -> unit = own);
    if (unit == null && units.size() == 1) {
      unit = (Long) units.get(0).getValue();
    }
    if (year == null || year.isBlank()) {
      year = String.valueOf(showbacks.today().getYear());
    }
    if (unit != null) {
      show();
    }
  }

  /** Art. 21: the showback of the unit, year and month picked. */
  public void show() {
    rows = null;
    FacesFeedback.attempt(FORM, () -> rows = ShowbackRows.of(showback(), locale.getLocale()));
  }

  public StreamedContent getPdf() {
    UnitShowback showback = showback();
    return SheetDownload.of(
        ShowbackFiles.name(showback) + ".pdf",
        PdfSheet.MEDIA_TYPE,
        ShowbackFiles.pdf(showback, locale.getLocale()));
  }

  public StreamedContent getXlsx() {
    UnitShowback showback = showback();
    return SheetDownload.of(
        ShowbackFiles.name(showback) + ".xlsx", ShowbackFiles.xlsx(showback, locale.getLocale()));
  }

  private UnitShowback showback() {
    if (unit == null) {
      new Violations().add("unitId", "usage.report.unit").throwIfAny();
    }
    int picked = showbacks.year(year);
    return showbacks.of(unit, picked, showbacks.month(picked, month));
  }

  /** The years to pick: this one and the five before. */
  public List<String> getYears() {
    int now = showbacks.today().getYear();
    return IntStream.rangeClosed(0, 5).mapToObj(back -> String.valueOf(now - back)).toList();
  }

  /** The months to pick (none: the whole year). */
  public List<String> getMonths() {
    return IntStream.rangeClosed(1, 12).mapToObj(String::valueOf).toList();
  }

  public Long getUnit() {
    return unit;
  }

  public void setUnit(Long unit) {
    this.unit = unit;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
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

  public ShowbackRows getRows() {
    return rows;
  }

  /** Unit staff read their own unit's showback only: no unit to pick. */
  public boolean isPicking() {
    return showbacks.ownUnit().isEmpty();
  }
}
