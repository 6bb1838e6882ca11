package cn.gov.zj.cloud.privateportal.filing;

import cn.gov.zj.cloud.domain.filing.FilingAction;
import cn.gov.zj.cloud.domain.filing.FilingLifecycle;
import cn.gov.zj.cloud.domain.filing.FilingOutcome;
import cn.gov.zj.cloud.domain.filing.FilingState;
import cn.gov.zj.cloud.domain.filing.PlatformPlan;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.TenantId;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.application.Attachments;
import cn.gov.zj.cloud.privateportal.application.FileStore;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.paging.Listing;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.rest.Conflict;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.tenant.RowScope;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import cn.gov.zj.cloud.privateportal.tenant.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Art. 5: a city's platform filings. The city's tenant administrator files the construction plan
 * with its document and files a returned one again, corrected; the province's decision is written
 * here too, in the city's row scope ({@link #decide}, reached through {@link FilingDecisions}).
 * Every change is audited and told to the other side.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Filings {

  /** Sort fields of the filing lists and the JPQL path of each. */
  public static final Map<String, String> SORTABLE =
      Map.of(
          "filedAt", "f.filedAt",
          "platformName", "f.platformName",
          "state", "f.state",
          "tenant", "f.tenantId",
          "id", "f.id");

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private Attachments attachments;
  @Inject private FileStore store;
  @Inject private AuditLog audit;
  @Inject private Tenants tenants;
  @Inject private Clock clock;

  /**
   * Art. 5: the city files its platform's plan with the document; 400 naming every invalid field
   * (the document as {@code file}) with nothing stored, 409 for the province itself.
   */
  public PlatformFiling file(
      PlatformPlan.Draft draft, String fileName, InputStream document, Violations violations) {
    Actor who = cityAdmin();
    PlatformPlan plan = PlatformPlan.check(draft, violations);
    Attachments.Received received = attachments.receive(fileName, document, violations);
    violations.throwIfAny();
    PlatformFiling filing = new PlatformFiling(who.tenant().id().value(), plan, received);
    Instant now = clock.instant();
    filing.filed(who.username(), now);
    em.persist(filing);
    em.flush();
    em.persist(new FilingEvent(filing, "file", who.username(), now));
    audit.record(who, AuditAction.FILING_SUBMIT, "filing", filing.getId(), null, filing.snapshot());
    FilingNotices.toProvince(em, tenants.province().id(), filing, who, now);
    return filing;
  }

  /**
   * Art. 5: a returned filing filed again, corrected; a new document replaces the old one when
   * given ({@code document} null keeps it). 403 / 409 before the input is looked at.
   */
  public PlatformFiling resubmit(
      long id,
      PlatformPlan.Draft draft,
      String fileName,
      InputStream document,
      Violations violations) {
    Actor who = cityAdmin();
    PlatformFiling filing = locked(id);
    transition(who, filing, FilingAction.RESUBMIT, null);
    PlatformPlan plan = PlatformPlan.check(draft, violations);
    Attachments.Received received =
        document == null ? null : attachments.receive(fileName, document, violations);
    violations.throwIfAny();
    Map<String, Object> before = filing.snapshot();
    filing.describe(plan, received);
    Instant now = clock.instant();
    filing.filed(who.username(), now);
    store(who.username(), filing, FilingAction.RESUBMIT, before, now);
    FilingNotices.toProvince(em, tenants.province().id(), filing, who, now);
    return filing;
  }

  /**
   * Art. 5: the province's decision on a city's filing, written in that city's row scope: {@code
   * city} comes from the province's oversight read ({@link FilingReviews#cityOf}), never from a
   * path; a filing not in that city is 404 all the same.
   */
  public PlatformFiling decide(TenantId city, long id, FilingAction action, String opinion) {
    Actor who = actor.get();
    who.require(Role.PROVINCE_ADMIN);
    RowScope.tenant(em, city);
    PlatformFiling filing = locked(id);
    String checked = transition(who, filing, action, opinion);
    Map<String, Object> before = filing.snapshot();
    Instant now = clock.instant();
    filing.decided(action.to(), checked, who.username(), now);
    store(who.username(), filing, action, before, now);
    FilingNotices.toCity(em, filing, action, who, now);
    return filing;
  }

  /** Art. 5: one of the city's filings; another city's is 404 (row-level security hides it). */
  public PlatformFiling get(long id) {
    cityReader();
    return find(id);
  }

  /** Art. 5: a filing's history, oldest first, for whoever may read the filing. */
  public List<FilingEvent> history(long id) {
    find(id);
    return history(em, id);
  }

  /** A filing's history under the row scope the caller set. */
  static List<FilingEvent> history(EntityManager em, long id) {
    return em.createQuery(
            "select e from FilingEvent e where e.filingId = :id order by e.id", FilingEvent.class)
        .setParameter("id", id)
        .getResultList();
  }

  /** Art. 5: the actions {@code who} may take on the filing now: the buttons and the JSON. */
  public static List<FilingAction> available(Actor who, PlatformFiling filing) {
    return FilingLifecycle.available(filing.getState(), held(who));
  }

  private static Set<Role> held(Actor who) {
    return Arrays.stream(Role.values()).filter(who::has).collect(Collectors.toUnmodifiableSet());
  }

  /** Art. 5: the city's filings in a state (all when null); the search matches the name. */
  public Page<PlatformFiling> list(FilingState state, PageRequest request) {
    Actor who = cityReader();
    return page(em, who.tenant().id().value(), state, request);
  }

  /** Art. 5: the city's register: its accepted filings, the latest decision first. */
  public List<PlatformFiling> register() {
    cityReader();
    return em.createQuery(
            "select f from PlatformFiling f where f.state = :accepted order by f.decidedAt desc",
            PlatformFiling.class)
        .setParameter("accepted", FilingState.ACCEPTED)
        .getResultList();
  }

  /**
   * Art. 5: one page of filings of {@code tenant} (every tenant the scope shows when null) under
   * the row scope the caller set: its own tenant, or the province's oversight.
   */
  static Page<PlatformFiling> page(
      EntityManager em, String tenant, FilingState state, PageRequest request) {
    StringBuilder where = new StringBuilder("1 = 1");
    if (tenant != null) {
      where.append(" and f.tenantId = :tenant");
    }
    if (state != null) {
      where.append(" and f.state = :state");
    }
    if (request.search() != null) {
      where.append(" and lower(f.platformName) like :q escape '\\'");
    }
    return Listing.page(
        em,
        PlatformFiling.class,
        "PlatformFiling f",
        where.toString(),
        query -> {
          if (tenant != null) {
            query.setParameter("tenant", tenant);
          }
          if (state != null) {
            query.setParameter("state", state);
          }
          if (request.search() != null) {
            query.setParameter("q", request.likePattern());
          }
        },
        request,
        SORTABLE);
  }

  /** Art. 5: the plan document of the city's own filing, audited before the bytes go out. */
  public Download plan(long id) {
    Actor who = cityReader();
    return download(who.username(), find(id));
  }

  /** Art. 5: the province reads a city's plan document: audited in that city's log. */
  public Download planOf(TenantId city, long id) {
    Actor who = actor.get();
    who.require(Role.PROVINCE_ADMIN);
    RowScope.tenant(em, city);
    return download(who.username(), find(id));
  }

  /** A filing's plan document and where its bytes are. */
  public record Download(PlatformFiling filing, Path file) {}

  private Download download(String username, PlatformFiling filing) {
    audit.record(
        filing.getTenantId(),
        username,
        AuditAction.FILING_PLAN_DOWNLOAD,
        "filing",
        filing.getId(),
        null,
        Map.of("sha256", filing.getPlanSha256()));
    return new Download(filing, store.path(filing.getTenantId(), filing.getPlanSha256()));
  }

  /** The lifecycle's verdict: 403 for the wrong role, 409 for the wrong state; the opinion. */
  private String transition(Actor who, PlatformFiling filing, FilingAction action, String text) {
    FilingOutcome outcome = FilingLifecycle.fire(filing.getState(), action, held(who), text);
    if (outcome instanceof FilingOutcome.Refusal refusal) {
      if (refusal.wrongRole()) {
        throw new AccessDenied(action.role());
      }
      throw new FilingRefused(refusal.state(), action);
    }
    return ((FilingOutcome.Transition) outcome).opinion();
  }

  private void store(
      String username,
      PlatformFiling filing,
      FilingAction action,
      Map<String, Object> before,
      Instant now) {
    em.flush();
    em.persist(new FilingEvent(filing, action.restName(), username, now));
    audit.record(
        filing.getTenantId(),
        username,
        AuditAction.FILING_ACTION,
        "filing",
        filing.getId(),
        before,
        filing.snapshot());
  }

  private PlatformFiling find(long id) {
    PlatformFiling filing = em.find(PlatformFiling.class, id);
    if (filing == null) {
      throw new NotFound("filing", id);
    }
    return filing;
  }

  private PlatformFiling locked(long id) {
    PlatformFiling filing = find(id);
    em.lock(filing, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(filing);
    return filing;
  }

  /** Art. 5: a city's tenant administrator; the province files nothing with itself (409). */
  private Actor cityAdmin() {
    Actor who = cityReader();
    if (who.tenant().isProvince()) {
      throw new Conflict("filing.cityOnly");
    }
    return who;
  }

  private Actor cityReader() {
    Actor who = actor.get();
    who.require(Role.TENANT_ADMIN);
    return who;
  }
}
