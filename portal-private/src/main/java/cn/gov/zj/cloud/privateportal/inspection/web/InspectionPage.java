package cn.gov.zj.cloud.privateportal.inspection.web;

import cn.gov.zj.cloud.domain.inspection.FindingAction;
import cn.gov.zj.cloud.domain.inspection.FindingSeverity;
import cn.gov.zj.cloud.domain.inspection.FindingState;
import cn.gov.zj.cloud.domain.inspection.InspectionKind;
import cn.gov.zj.cloud.domain.inspection.Inspectors;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.inspection.FindingDraft;
import cn.gov.zj.cloud.privateportal.inspection.FindingRefused;
import cn.gov.zj.cloud.privateportal.inspection.FindingView;
import cn.gov.zj.cloud.privateportal.inspection.Findings;
import cn.gov.zj.cloud.privateportal.inspection.InspectionDraft;
import cn.gov.zj.cloud.privateportal.inspection.InspectionReport;
import cn.gov.zj.cloud.privateportal.inspection.InspectionView;
import cn.gov.zj.cloud.privateportal.inspection.Inspections;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.registry.Units;
import cn.gov.zj.cloud.privateportal.registry.UsingUnit;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.securityfile.SecurityFileOwner;
import cn.gov.zj.cloud.privateportal.securityfile.SecurityFiles;
import cn.gov.zj.cloud.privateportal.securityfile.web.SecurityFilesPanel;
import cn.gov.zj.cloud.privateportal.sheet.PdfSheet;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.LocaleSelection;
import cn.gov.zj.cloud.privateportal.web.PagedModel;
import cn.gov.zj.cloud.privateportal.web.PortalPage;
import cn.gov.zj.cloud.privateportal.web.SheetDownload;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.primefaces.model.StreamedContent;

/**
 * Art. 17: 安全检查: the inspections (planned here by the inspectors), one inspection with its findings
 * (recorded here), and the findings the actor sees with the actions their role may take: the unit's
 * rectification, the inspectors' verification or reopening (after confirmation).
 */
@Named
@ViewScoped
public class InspectionPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Inspections inspections;
  @Inject private Findings findings;
  @Inject private InspectionReport report;
  @Inject private LocaleSelection locale;
  @Inject private SecurityFiles securityFiles;
  @Inject private CurrentActor actor;
  @Inject private Clock clock;
  @Inject private PortalPage page;
  @Inject private Units units;
  @Inject private Systems systems;

  private transient List<UsingUnit> unitChoices;
  private transient List<AppSystem> systemChoices;

  private PagedModel<InspectionView> model;
  private PagedModel<FindingView> findingModel;
  private Long id;
  private InspectionView inspection;
  private FindingState state;
  private boolean overdueOnly;

  private String title;
  private InspectionKind kind = InspectionKind.ROUTINE;
  private List<Long> unitIds = new ArrayList<>();
  private LocalDate startsOn;
  private LocalDate endsOn;

  private Long systemId;
  private FindingSeverity severity = FindingSeverity.MEDIUM;
  private String description;
  private String reference;

  private Long selectedId;
  private String text;
  private SecurityFilesPanel evidence;

  @PostConstruct
  void init() {
    InspectionPage self = this;
    model =
        new PagedModel<>(
            request -> self.inspections.list(request),
            Set.of("startsOn"),
            "-startsOn",
            InspectionView::id);
    findingModel =
        new PagedModel<>(
            request ->
                self.findings.list(
                    new Findings.Filter(self.id, self.state, self.overdueOnly), request),
            Set.of("due"),
            "due",
            FindingView::id);
  }

  /** The inspection page: its inspection, or 404. */
  public void load() {
    if (id == null) {
      FacesFeedback.sendError(404);
      return;
    }
    try {
      inspection = inspections.get(id);
    } catch (NotFound e) {
      FacesFeedback.sendError(404);
    }
  }

  public void plan() {
    FacesFeedback.attempt(
        "plan-form",
        () -> {
          InspectionView planned =
              inspections.plan(new InspectionDraft(title, kind, unitIds, startsOn, endsOn));
          FacesFeedback.redirectWith(
              "inspection.planned", page.path("inspection?id=" + planned.id()), planned.title());
        });
  }

  public void record() {
    FacesFeedback.attempt(
        "finding-form",
        () -> {
          FindingView found =
              findings.record(id, new FindingDraft(systemId, severity, description, reference));
          FacesFeedback.info("inspection.recorded", found.id(), found.rectificationDue().date());
          description = null;
          reference = null;
        });
  }

  public void select(long findingId) {
    selectedId = findingId;
    text = null;
    evidence = null;
  }

  /** Art. 17: the selected finding's rectification evidence; its unit uploads while it is open. */
  public SecurityFilesPanel getEvidence() {
    if (evidence == null && selectedId != null) {
      FindingView finding = findings.get(selectedId);
      boolean uploader =
          finding.state() == FindingState.OPEN
              && actor.get().hasAny(SecurityFileOwner.FINDING.uploaders().toArray(Role[]::new));
      evidence =
          new SecurityFilesPanel(securityFiles, SecurityFileOwner.FINDING, selectedId, uploader);
    }
    return evidence;
  }

  /** Takes an action on the selected finding; its text beside the one text area. */
  public void act(String restName) {
    FindingAction action = FindingAction.ofRestName(restName).orElseThrow();
    FacesFeedback.attempt(
        "act-form",
        () -> {
          try {
            findings.act(selectedId, action, text);
            FacesFeedback.info("inspection.acted", FacesFeedback.domain(action.nameKey()));
            selectedId = null;
            text = null;
            evidence = null;
          } catch (FindingRefused e) {
            FacesFeedback.error("inspection.wrongState");
          } catch (InvalidInputException e) {
            FacesFeedback.invalid(e, field -> "act-form:text");
          }
        });
  }

  /** The actions the actor's role may take on the selected finding now. */
  public List<FindingAction> getSelectedActions() {
    if (selectedId == null) {
      return List.of();
    }
    FindingView finding = findings.get(selectedId);
    List<FindingAction> mine = new ArrayList<>();
    for (FindingAction action : finding.allowedNow()) {
      if (action.roles().stream().anyMatch(actor.get()::has)) {
        mine.add(action);
      }
    }
    return mine;
  }

  public boolean isInspector() {
    return Inspectors.ROLES.stream().anyMatch(actor.get()::has);
  }

  public boolean overdue(FindingView finding) {
    return finding.overdueAt(clock.instant());
  }

  /** The tenant's current units to choose from (the first 100 by name). */
  public List<UsingUnit> getUnits() {
    if (unitChoices == null) {
      unitChoices =
          units
              .list(
                  PageRequest.parse(
                      "0", "100", null, null, Units.SORTABLE.keySet(), "name", new Violations()))
              .items()
              .stream()
              .filter(u -> !u.isRetired())
              .toList();
    }
    return unitChoices;
  }

  /** The systems of the inspection's units, to record a finding on (the first 100 by name). */
  public List<AppSystem> getSystems() {
    if (systemChoices == null) {
      systemChoices =
          systems
              .list(
                  PageRequest.parse(
                      "0", "100", null, null, Systems.SORTABLE.keySet(), "name", new Violations()))
              .items()
              .stream()
              .filter(s -> inspection != null && inspection.unitIds().contains(s.getUnitId()))
              .toList();
    }
    return systemChoices;
  }

  public PagedModel<InspectionView> getModel() {
    return model;
  }

  public PagedModel<FindingView> getFindingModel() {
    return findingModel;
  }

  public List<InspectionKind> getKinds() {
    return List.of(InspectionKind.values());
  }

  public List<FindingSeverity> getSeverities() {
    return List.of(FindingSeverity.values());
  }

  public List<FindingState> getStates() {
    return List.of(FindingState.values());
  }

  /** Art. 17: the inspection's report as PDF (the button {@code report-pdf}). */
  public StreamedContent getPdf() {
    return SheetDownload.of(
        "inspection-" + id + ".pdf", PdfSheet.MEDIA_TYPE, report.pdf(id, locale.getLocale()));
  }

  /** Art. 17: the inspection's report as XLSX (the button {@code report-xlsx}). */
  public StreamedContent getXlsx() {
    return SheetDownload.of("inspection-" + id + ".xlsx", report.xlsx(id, locale.getLocale()));
  }

  public InspectionView getInspection() {
    return inspection;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public FindingState getState() {
    return state;
  }

  public void setState(FindingState state) {
    this.state = state;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public InspectionKind getKind() {
    return kind;
  }

  public void setKind(InspectionKind kind) {
    this.kind = kind;
  }

  public List<Long> getUnitIds() {
    return unitIds;
  }

  public void setUnitIds(List<Long> unitIds) {
    this.unitIds = new ArrayList<>(unitIds);
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public Long getSystemId() {
    return systemId;
  }

  public void setSystemId(Long systemId) {
    this.systemId = systemId;
  }

  public FindingSeverity getSeverity() {
    return severity;
  }

  public void setSeverity(FindingSeverity severity) {
    this.severity = severity;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public Long getSelectedId() {
    return selectedId;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
