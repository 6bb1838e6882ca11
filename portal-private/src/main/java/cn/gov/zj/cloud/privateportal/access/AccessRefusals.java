package cn.gov.zj.cloud.privateportal.access;

import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.paging.NativePage;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

/**
 * Art. 20: the accesses refused for want of a grant. Each refusal is recorded, and audited, in a
 * transaction of its own, so that it stays on record while the refused request itself (403) leaves
 * nothing; the unit sees its systems' refusals beside their sessions, nobody outside the tenant.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
@TenantBound
public class AccessRefusals {

  private static final String FROM =
      " from access_refusal r left join app_system s on s.tenant_id = r.tenant_id"
          + " and s.id = r.system_id where r.tenant_id = ?1"
          + " and (cast(?2 as bigint) is null or r.unit_id = cast(?2 as bigint))"
          + " and (cast(?3 as bigint) is null or r.system_id = cast(?3 as bigint))"
          + " and (cast(?4 as varchar) is null or strpos(lower(coalesce(s.name, '') || ' '"
          + " || coalesce(r.operator, '') || ' ' || coalesce(r.purpose, '')),"
          + " lower(cast(?4 as varchar))) > 0)";

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private Systems systems;
  @Inject private AuditLog audit;

  /** Art. 20: records (and audits) the refusal of {@code draft} for {@code reason}, committed. */
  public void record(
      AppSystem system,
      SessionDraft draft,
      String operator,
      String purpose,
      String reason,
      Instant at) {
    Actor who = actor.get();
    Number id =
        (Number)
            em.createNativeQuery(
                    "insert into access_refusal (tenant_id, system_id, unit_id, scope, operator,"
                        + " purpose, reason, recorded_by, refused_at) values (?1, ?2, ?3, ?4, ?5,"
                        + " ?6, ?7, ?8, ?9) returning id")
                .setParameter(1, who.tenant().id().value())
                .setParameter(2, system.getId())
                .setParameter(3, system.getUnitId())
                .setParameter(4, draft.scope().name())
                .setParameter(5, operator)
                .setParameter(6, purpose)
                .setParameter(7, reason)
                .setParameter(8, who.username())
                .setParameter(9, Timestamp.from(at))
                .getSingleResult();
    audit.record(
        who,
        AuditAction.ACCESS_SESSION_REFUSED,
        "access-refusal",
        id,
        null,
        Map.of(
            "systemId",
            system.getId(),
            "scope",
            draft.scope().name(),
            "operator",
            operator,
            "reason",
            reason));
  }

  /** Art. 20: the refusals the actor sees (a unit: its own systems'), newest first. */
  @Transactional(TxType.REQUIRED)
  public Page<AccessRefusal> list(Long systemId, PageRequest request) {
    Actor who = actor.get();
    who.require(AccessPolicy.READERS);
    String search =
        request.search() == null || request.search().isBlank() ? null : request.search().strip();
    Long unit = systems.visibleUnit();
    return new NativePage(
            em,
            AccessRefusal.COLUMNS,
            FROM,
            query ->
                query
                    .setParameter(1, who.tenant().id().value())
                    .setParameter(2, unit)
                    .setParameter(3, systemId)
                    .setParameter(4, search))
        .page("r.refused_at desc, r.id desc", 5, request, AccessRefusal::of);
  }
}
