package cn.gov.zj.cloud.privateportal.assessment.web;

import cn.gov.zj.cloud.domain.assessment.ScoreWeights;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.privateportal.application.web.PageText;
import cn.gov.zj.cloud.privateportal.assessment.AssessmentPdf;
import cn.gov.zj.cloud.privateportal.assessment.ScoreWeightRules;
import cn.gov.zj.cloud.privateportal.assessment.UnitAssessment;
import cn.gov.zj.cloud.privateportal.assessment.UnitAssessments;
import cn.gov.zj.cloud.privateportal.assessment.UnitRows;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.sheet.PdfSheet;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.LocaleSelection;
import cn.gov.zj.cloud.privateportal.web.PagedModel;
import cn.gov.zj.cloud.privateportal.web.SheetDownload;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.StreamedContent;

/**
 * Art. 22, 25: the page 单位年度考核: the year's units ranked with their figures and score, the published
 * formula and the weights in force (the tenant's administrator sets its own), each unit's report as
 * PDF, the list as XLSX. A unit's staff see their own unit's line only.
 */
@Named
@ViewScoped
public class UnitAssessmentPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private UnitAssessments assessments;
  @Inject private ScoreWeightRules weightRules;
  @Inject private LocaleSelection locale;
  @Inject private Clock clock;

  private String year;
  private int assessed;
  private List<UnitAssessment> units = List.of();
  private ScoreWeights weights = ScoreWeights.PROVINCIAL;
  private final Map<String, Integer> newWeights = new HashMap<>();
  private final PagedModel<UnitAssessment> model =
      new PagedModel<>(this::page, Set.of("rank"), "rank", UnitAssessment::unitId);

  /** The view action: the year asked for (the current one by default) and its assessment. */
  public void load() {
    if (year == null || year.isBlank()) {
      year = Integer.toString(OfficialCalendar.dateOf(clock.instant()).getYear());
    }
    show();
  }

  /** Art. 22: the assessment of the year entered. */
  public void show() {
    units = List.of();
    weights = assessments.weights();
    newWeights.putAll(weights.values());
    FacesFeedback.attempt(
        "assessment-form",
        () -> {
          assessed = assessments.year(year);
          units = assessments.list(assessed);
        });
  }

  /** Art. 25: the administrator's own weights, audited; each out of bounds named beside it. */
  public void saveWeights() {
    FacesFeedback.attempt(
        "weights-form",
        () -> {
          weights = weightRules.set(newWeights);
          FacesFeedback.info("assess.weights.saved");
          show();
        });
  }

  private Page<UnitAssessment> page(PageRequest request) {
    String search = request.search() == null ? "" : request.search().strip();
    List<UnitAssessment> found =
        units.stream().filter(u -> search.isEmpty() || u.unitName().contains(search)).toList();
    List<UnitAssessment> shown = new ArrayList<>(found);
    if (request.descending()) {
      Collections.reverse(shown);
    }
    int from = Math.min(request.offset(), shown.size());
    int to = Math.min(from + request.size(), shown.size());
    return new Page<>(shown.subList(from, to), request.page(), request.size(), shown.size());
  }

  /** Art. 22: one unit's report as PDF. */
  public StreamedContent pdf(long unitId) {
    UnitAssessment unit =
        units.stream().filter(u -> u.unitId() == unitId).findFirst().orElseThrow();
    return SheetDownload.of(
        "assessment-" + unitId + "-" + assessed + ".pdf",
        PdfSheet.MEDIA_TYPE,
        AssessmentPdf.unit(unit, assessed, weights, locale()));
  }

  /** Art. 22: the list as the table shows it, as XLSX. */
  public StreamedContent getXlsx() {
    return SheetDownload.of(
        "unit-assessment-" + assessed + ".xlsx",
        SheetWriter.write(
            String.valueOf(assessed), UnitRows.columns(new PageText(locale())), model.all()));
  }

  private Locale locale() {
    return locale.getLocale();
  }

  /** Art. 22: the published formula with the weights in force. */
  public String getFormula() {
    return new PageText(locale())
        .ui("assess.formula", weights.adoption(), weights.efficiency(), weights.security());
  }

  public PagedModel<UnitAssessment> getModel() {
    return model;
  }

  public String adoption(UnitAssessment unit) {
    return UnitRows.adoption(unit);
  }

  public String efficiency(UnitAssessment unit) {
    return UnitRows.share(unit.efficiency().value());
  }

  public String security(UnitAssessment unit) {
    return UnitRows.share(unit.security().value());
  }

  public String score(UnitAssessment unit) {
    return UnitRows.number(unit.score());
  }

  public String rank(UnitAssessment unit) {
    return unit.rank().map(String::valueOf).orElse("—");
  }

  public boolean isEveryUnit() {
    return assessments.readsEveryUnit();
  }

  public ScoreWeights getWeights() {
    return weights;
  }

  public Map<String, Integer> getNewWeights() {
    return newWeights;
  }

  public int getMinWeight() {
    return ScoreWeights.MIN;
  }

  public int getMaxWeight() {
    return ScoreWeights.MAX;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }
}
