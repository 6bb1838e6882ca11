package cn.gov.zj.cloud.privateportal;

import cn.gov.zj.cloud.privateportal.audit.AuditEvent;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads the audit log in a transaction of the current actor's tenant, for assertions. */
@ApplicationScoped
@Transactional
@TenantBound
public class AuditProbe {

  @Inject private AuditLog audit;

  public List<String> actionsAbout(String type, Object id) {
    return audit.about(type, id).stream().map(AuditEvent::getAction).toList();
  }

  public String lastBefore(String type, Object id) {
    return audit.about(type, id).get(0).getBeforeState();
  }

  public String lastAfter(String type, Object id) {
    return audit.about(type, id).get(0).getAfterState();
  }
}
