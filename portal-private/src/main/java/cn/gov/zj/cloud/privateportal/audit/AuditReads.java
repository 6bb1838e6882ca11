package cn.gov.zj.cloud.privateportal.audit;

import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * Art. 18: reading the audit log is itself audited, in the reader's tenant, in a transaction of its
 * own: a reading that the province's read-only oversight does is recorded all the same.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
@TenantBound
public class AuditReads {

  @Inject private CurrentActor actor;
  @Inject private AuditLog audit;

  /** Records that the actor read {@code tenant}'s log, with what they asked and got. */
  public void record(AuditAction action, String tenant, Map<String, ?> details) {
    audit.record(actor.get(), action, "audit", tenant, null, details);
  }
}
