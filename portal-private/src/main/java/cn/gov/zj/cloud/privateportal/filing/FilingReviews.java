package cn.gov.zj.cloud.privateportal.filing;

import cn.gov.zj.cloud.domain.filing.FilingState;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.TenantId;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.tenant.RowScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Art. 4, 5: the province reads every city's filings, their history and the cities' competent
 * departments under its read-only oversight, as it reads their registries ({@code Oversight}).
 */
@ApplicationScoped
@Transactional
public class FilingReviews {

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;

  /** Art. 5: filings of every city, or of {@code city} when given, in a state when given. */
  public Page<PlatformFiling> list(String city, FilingState state, PageRequest request) {
    oversee();
    return Filings.page(em, city, state, request);
  }

  /** Art. 5: any city's filing; 404 when there is none. */
  public PlatformFiling get(long id) {
    oversee();
    PlatformFiling filing = em.find(PlatformFiling.class, id);
    if (filing == null) {
      throw new NotFound("filing", id);
    }
    return filing;
  }

  /** Art. 5: the city a filing belongs to, where the province's decision is written. */
  public TenantId cityOf(long id) {
    return new TenantId(get(id).getTenantId());
  }

  /** Art. 5: a filing's history, oldest first. */
  public List<FilingEvent> history(long id) {
    get(id);
    return Filings.history(em, id);
  }

  /** Art. 4, 5: every tenant's competent department and platform, as recorded. */
  public List<TenantProfile> profiles() {
    oversee();
    return em.createQuery("select p from TenantProfile p order by p.tenantId", TenantProfile.class)
        .getResultList();
  }

  /** Art. 5: the register: every accepted filing, by city. */
  public List<PlatformFiling> register() {
    oversee();
    return em.createQuery(
            "select f from PlatformFiling f where f.state = :accepted"
                + " order by f.tenantId, f.decidedAt",
            PlatformFiling.class)
        .setParameter("accepted", FilingState.ACCEPTED)
        .getResultList();
  }

  private void oversee() {
    Actor who = actor.get();
    who.require(Role.PROVINCE_ADMIN);
    RowScope.oversight(em, who.tenant().id());
  }
}
