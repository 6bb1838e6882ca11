package cn.gov.zj.cloud.privateportal.access.web;

import cn.gov.zj.cloud.domain.access.GrantAction;
import cn.gov.zj.cloud.domain.access.Scope;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.access.AccessGrant;
import cn.gov.zj.cloud.privateportal.access.AccessGrants;
import cn.gov.zj.cloud.privateportal.access.AccessRefused;
import cn.gov.zj.cloud.privateportal.access.AccessSession;
import cn.gov.zj.cloud.privateportal.access.AccessSessions;
import cn.gov.zj.cloud.privateportal.access.GrantConflict;
import cn.gov.zj.cloud.privateportal.access.GrantDraft;
import cn.gov.zj.cloud.privateportal.access.SessionDraft;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.rest.Conflict;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.time.Clocks;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Art. 20 (访问授权): the provider asks for grants and records its accesses; the unit's staff grant,
 * approve, refuse or revoke (each after confirmation) and see every access to their systems; the
 * department and the unit's officer review emergency access. Lists paged and searchable.
 */
@Named
@ViewScoped
public class AccessPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccessGrants grants;
  @Inject private AccessSessions sessions;
  @Inject private Systems systems;
  @Inject private CurrentActor actor;
  @Inject private Clock clock;

  private PagedModel<AccessGrant> grantModel;
  private PagedModel<AccessSession> sessionModel;
  private String state;
  private boolean unreviewedOnly;

  private Long systemId;
  private List<String> scopes = new ArrayList<>();
  private String purpose;
  private LocalDateTime from;
  private LocalDateTime until;

  private Long sessionSystemId;
  private String sessionScope;
  private String operator;
  private String sessionPurpose;
  private boolean emergency;
  private String reason;

  private Long selectedSession;
  private String note;

  @PostConstruct
  void init() {
    AccessPage self = this;
    grantModel =
        new PagedModel<>(
            request -> self.grants.list(null, self.state, request),
            Set.of("at"),
            "at",
            AccessGrant::id);
    sessionModel =
        new PagedModel<>(
            request -> self.sessions.list(null, self.unreviewedOnly, request),
            Set.of("at"),
            "at",
            AccessSession::id);
  }

  /** Art. 20: the provider's request, or the unit's grant without being asked. */
  public void ask() {
    FacesFeedback.attempt(
        "grant-form",
        () -> {
          Instant start = from == null ? null : from.atZone(Clocks.ZONE).toInstant();
          Instant end = until == null ? null : until.atZone(Clocks.ZONE).toInstant();
          List<Scope> chosen = scopes.stream().map(Scope::valueOf).toList();
          grants.ask(new GrantDraft(systemId, chosen, purpose, start, end), new Violations());
          FacesFeedback.info(isDecider() ? "access.granted" : "access.requested");
          systemId = null;
          scopes = new ArrayList<>();
          purpose = null;
          from = null;
          until = null;
        });
  }

  public void approve(long id) {
    act(id, GrantAction.APPROVE);
  }

  public void refuse(long id) {
    act(id, GrantAction.REFUSE);
  }

  public void revoke(long id) {
    act(id, GrantAction.REVOKE);
  }

  private void act(long id, GrantAction action) {
    FacesFeedback.attempt(
        "grants-form",
        () -> {
          try {
            grants.act(id, action);
            FacesFeedback.info("access.done");
          } catch (GrantConflict e) {
            error(e.detail(FacesFeedback::domain));
          }
        });
  }

  /** Art. 20: records an access; refused with the reason when no grant covers it. */
  public void record() {
    FacesFeedback.attempt(
        "session-form",
        () -> {
          try {
            Scope scope = sessionScope == null ? null : Scope.valueOf(sessionScope);
            sessions.start(
                new SessionDraft(
                    sessionSystemId,
                    scope,
                    operator,
                    sessionPurpose,
                    emergency,
                    emergency ? reason : null),
                new Violations());
            FacesFeedback.info("access.recorded");
            operator = null;
            sessionPurpose = null;
            reason = null;
            emergency = false;
          } catch (AccessRefused e) {
            domainError(e.messageKey());
          }
        });
  }

  public void select(long id) {
    selectedSession = id;
    note = null;
  }

  /** Art. 20: ends the selected access with its summary. */
  public void end() {
    closeSession(() -> sessions.end(selectedSession, note));
  }

  /** Art. 20: the review of the selected emergency access. */
  public void review() {
    closeSession(() -> sessions.review(selectedSession, note));
  }

  private void closeSession(Runnable step) {
    FacesFeedback.attempt(
        "note-form",
        () -> {
          try {
            step.run();
            FacesFeedback.info("access.done");
            selectedSession = null;
            note = null;
          } catch (InvalidInputException e) {
            FacesFeedback.invalid(e, field -> "note-form:note");
          } catch (Conflict e) {
            domainError(e.messageKey());
          }
        });
  }

  private static void domainError(String key) {
    error(FacesFeedback.domain(key));
  }

  private static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  /** The systems the actor may name, the 100 changed last. */
  public Map<String, Long> getSystems() {
    PageRequest first = new PageRequest(0, 100, "updatedAt", true, null);
    return systems.list(first).items().stream()
        .collect(
            Collectors.toMap(
                AppSystem::getName, AppSystem::getId, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  public List<Scope> getScopeValues() {
    return List.of(Scope.values());
  }

  public List<String> getStates() {
    return List.of("REQUESTED", "APPROVED", "REFUSED", "REVOKED", "EXPIRED");
  }

  public boolean isProvider() {
    return actor.get().has(Role.PROVIDER_OPERATOR);
  }

  public boolean isDecider() {
    return actor.get().hasAny(Role.UNIT_SECURITY_OFFICER, Role.UNIT_APPLICANT);
  }

  public boolean isReviewer() {
    return actor.get().hasAny(Role.UNIT_SECURITY_OFFICER, Role.REVIEWER);
  }

  /** The state as shown, EXPIRED for an approved grant past its window. */
  public String shown(AccessGrant grant) {
    return grant.shownState(clock.instant());
  }

  public String scopeNames(AccessGrant grant) {
    return grant.scopes().stream()
        .map(scope -> FacesFeedback.domain(scope.nameKey()))
        .collect(Collectors.joining("、"));
  }

  public boolean may(AccessGrant grant, String action) {
    GrantAction chosen = GrantAction.valueOf(action);
    return isDecider() && !grant.expired(clock.instant()) && chosen.allowedFrom(grant.state());
  }

  public PagedModel<AccessGrant> getGrantModel() {
    return grantModel;
  }

  public PagedModel<AccessSession> getSessionModel() {
    return sessionModel;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state != null && getStates().contains(state) ? state : null;
  }

  public boolean isUnreviewedOnly() {
    return unreviewedOnly;
  }

  public void setUnreviewedOnly(boolean unreviewedOnly) {
    this.unreviewedOnly = unreviewedOnly;
  }

  public Long getSystemId() {
    return systemId;
  }

  public void setSystemId(Long systemId) {
    this.systemId = systemId;
  }

  public List<String> getScopes() {
    return scopes;
  }

  public void setScopes(List<String> scopes) {
    this.scopes = scopes == null ? new ArrayList<>() : new ArrayList<>(scopes);
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public LocalDateTime getFrom() {
    return from;
  }

  public void setFrom(LocalDateTime from) {
    this.from = from;
  }

  public LocalDateTime getUntil() {
    return until;
  }

  public void setUntil(LocalDateTime until) {
    this.until = until;
  }

  public Long getSessionSystemId() {
    return sessionSystemId;
  }

  public void setSessionSystemId(Long sessionSystemId) {
    this.sessionSystemId = sessionSystemId;
  }

  public String getSessionScope() {
    return sessionScope;
  }

  public void setSessionScope(String sessionScope) {
    this.sessionScope = sessionScope;
  }

  public String getOperator() {
    return operator;
  }

  public void setOperator(String operator) {
    this.operator = operator;
  }

  public String getSessionPurpose() {
    return sessionPurpose;
  }

  public void setSessionPurpose(String sessionPurpose) {
    this.sessionPurpose = sessionPurpose;
  }

  public boolean isEmergency() {
    return emergency;
  }

  public void setEmergency(boolean emergency) {
    this.emergency = emergency;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Long getSelectedSession() {
    return selectedSession;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
