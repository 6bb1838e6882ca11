package cn.gov.zj.cloud.privateportal.audit.web;

import cn.gov.zj.cloud.domain.application.Action;
import cn.gov.zj.cloud.domain.audit.ChainWalk;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditChain;
import cn.gov.zj.cloud.privateportal.audit.AuditEvent;
import cn.gov.zj.cloud.privateportal.audit.AuditFilter;
import cn.gov.zj.cloud.privateportal.audit.AuditTrail;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PagedModel;
import cn.gov.zj.cloud.privateportal.web.SheetDownload;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.StreamedContent;

/**
 * Art. 18: the audit viewer ({@code views/audit.xhtml}) of the tenant's {@code security-supervisor}
 * and {@code tenant-admin}: the log filtered by person, action, object and days, newest first, its
 * export as XLSX and, for the security supervisor, the check of its hash chain (Art. 20). Opening
 * the page, each search and each export are recorded in the log.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AuditTrail trail;
  @Inject private AuditChain chain;
  @Inject private CurrentActor actor;

  private String person;
  private String action;
  private String object;
  private LocalDate from;
  private LocalDate to;
  private AuditFilter filter = AuditFilter.NONE;
  private PagedModel<AuditEvent> model;
  private String verdict;
  private boolean intact;

  @PostConstruct
  void init() {
    model =
        new PagedModel<>(
            request -> trail.page(filter, request),
            AuditTrail.SORTABLE.keySet(),
            "-id",
            AuditEvent::getId);
  }

  /** The page opened: recorded as a reading of the whole log. */
  public void opened() {
    FacesFeedback.attempt("audit-form", () -> trail.viewed(filter));
  }

  /** Applies the filter (errors beside its fields), back to the first page; recorded. */
  public void search() {
    try {
      Violations violations = new Violations();
      AuditFilter next =
          AuditFilter.parse(person, action, object, text(from), text(to), violations);
      violations.throwIfAny();
      filter = next;
      trail.viewed(filter);
      firstPage();
    } catch (InvalidInputException e) {
      FacesFeedback.invalid("audit-form", e);
    }
  }

  /** Art. 18: the filtered log as XLSX (at most {@link SheetWriter#MAX_ROWS} rows); recorded. */
  public StreamedContent getExport() {
    List<AuditEvent> events = SheetWriter.all(request -> trail.page(filter, request), "-id", null);
    trail.exported(filter, events.size());
    return SheetDownload.of(
        "audit.xlsx", AuditSheets.events(events, AuditView::nameOf, FacesFeedback::text));
  }

  /** Art. 18, 20: verifies the tenant's hash chain and says the verdict plainly. */
  public void verify() {
    FacesFeedback.attempt(
        "audit-form",
        () -> {
          ChainWalk.Verdict result = chain.verify(null);
          intact = result.intact();
          verdict = verdictText(result);
        });
  }

  private static String verdictText(ChainWalk.Verdict result) {
    String key = result.intact() ? "audit.intact" : "audit.broken." + result.reason().name();
    return MessageFormat.format(
        FacesFeedback.text(key),
        String.valueOf(result.checked()),
        String.valueOf(result.firstBroken()));
  }

  /** An action's name in the page's language. */
  public String actionName(String code) {
    return nameOf(code);
  }

  /** What a record is about: {@code type:id}, or the type alone. */
  public String object(AuditEvent event) {
    return AuditSheets.object(event);
  }

  /** Art. 20: only the security supervisor verifies the chain. */
  public boolean isVerifier() {
    return actor.get().has(Role.SECURITY_SUPERVISOR);
  }

  /** An action's name in the page's language: a lifecycle step as the application pages name it. */
  static String nameOf(String code) {
    String lifecycle = code.startsWith("application.") ? code.substring(12) : "";
    if (Action.ofName(lifecycle).isPresent()) {
      return FacesFeedback.domain("application.action." + lifecycle);
    }
    return AuditAction.ofCode(code).isPresent() ? FacesFeedback.text("audit.action." + code) : code;
  }

  private void firstPage() {
    var table =
        FacesContext.getCurrentInstance().getViewRoot().findComponent("audit-form:audit-table");
    if (table instanceof DataTable dataTable) {
      dataTable.setFirst(0);
    }
  }

  private static String text(LocalDate day) {
    return Objects.toString(day, null);
  }

  public List<AuditAction> getActions() {
    return List.of(AuditAction.values());
  }

  public PagedModel<AuditEvent> getModel() {
    return model;
  }

  public String getVerdict() {
    return verdict;
  }

  public boolean isIntact() {
    return intact;
  }

  public String getPerson() {
    return person;
  }

  public void setPerson(String person) {
    this.person = person;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getObject() {
    return object;
  }

  public void setObject(String object) {
    this.object = object;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
