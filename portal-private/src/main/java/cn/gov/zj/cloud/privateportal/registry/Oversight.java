package cn.gov.zj.cloud.privateportal.registry;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.paging.Page;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.RowScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Art. 4: the province's read-only view of every tenant's registry. */
@ApplicationScoped
@Transactional
public class Oversight {

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;

  /** Art. 4: systems of every tenant, or of one when {@code tenant} is given; read-only. */
  public Page<AppSystem> systems(String tenant, PageRequest request) {
    Actor who = actor.get();
    who.require(Role.PROVINCE_ADMIN);
    RowScope.oversight(em, who.tenant().id());
    return new SystemQuery(null, tenant).page(em, request);
  }
}
