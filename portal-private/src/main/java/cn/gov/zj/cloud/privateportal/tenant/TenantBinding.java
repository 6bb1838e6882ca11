package cn.gov.zj.cloud.privateportal.tenant;

import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Runs inside the transaction that {@code @Transactional} opened (its priority is lower) and sets
 * the actor's tenant on it before any query.
 */
@TenantBound
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class TenantBinding {

  @Inject private CurrentActor actor;

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @AroundInvoke
  Object bind(InvocationContext invocation) throws Exception {
    RowScope.tenant(em, actor.get().tenant().id());
    return invocation.proceed();
  }
}
