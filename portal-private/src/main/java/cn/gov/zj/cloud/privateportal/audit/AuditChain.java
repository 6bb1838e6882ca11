package cn.gov.zj.cloud.privateportal.audit;

import cn.gov.zj.cloud.domain.audit.ChainWalk;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.tenant.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Art. 18, 20: verifies a tenant's audit hash chain and names the first record that a change or a
 * removal behind the application's back broke. The tenant's {@code security-supervisor} verifies
 * its own tenant, the {@code province-admin} any tenant (Art. 4); every verification is recorded in
 * the verifier's own log, with its verdict.
 */
@ApplicationScoped
public class AuditChain {

  @Inject private CurrentActor actor;
  @Inject private Tenants tenants;
  @Inject private ChainRows rows;
  @Inject private AuditReads reads;

  /**
   * Verifies the chain of {@code tenant} (a tenant id; empty for the actor's own). 403 for other
   * roles; 404 for another tenant unless the actor is the province administrator, or for a tenant
   * that does not exist.
   */
  public ChainWalk.Verdict verify(String tenant) {
    Actor who = actor.get();
    who.require(Role.SECURITY_SUPERVISOR, Role.PROVINCE_ADMIN);
    Tenant target = target(who, tenant);
    ChainWalk.Verdict verdict =
        target.id().equals(who.tenant().id())
            ? rows.walk(target.id())
            : rows.walkOverseen(who.tenant().id(), target.id());
    reads.record(AuditAction.AUDIT_VERIFY, target.id().value(), described(verdict));
    return verdict;
  }

  private Tenant target(Actor who, String tenant) {
    if (tenant == null || tenant.isBlank() || tenant.equals(who.tenant().id().value())) {
      return who.tenant();
    }
    if (!who.has(Role.PROVINCE_ADMIN) || tenant.length() > 32) {
      throw new NotFound("tenant", "?");
    }
    return tenants.find(tenant).orElseThrow(() -> new NotFound("tenant", "?"));
  }

  private static Map<String, Object> described(ChainWalk.Verdict verdict) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("intact", verdict.intact());
    details.put("checked", verdict.checked());
    if (verdict.firstBroken() != null) {
      details.put("firstBroken", verdict.firstBroken());
    }
    if (verdict.reason() != null) {
      details.put("reason", verdict.reason().name());
    }
    return details;
  }
}
