package cn.gov.zj.cloud.privateportal.showback;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.showback.Money;
import cn.gov.zj.cloud.domain.showback.PriceCatalogue;
import cn.gov.zj.cloud.domain.showback.PriceChange;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.RowScope;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Art. 21, Art. 25: the price catalogue of the actor's tenant: the provincial prices the province
 * administrator sets from an effective date, and the tenant's own, which its administrator may set
 * lower, never higher. Every change is audited.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class PriceBook {

  /** Who reads the catalogue: the tenant's staff and the province administrator. */
  static final Role[] READERS = Role.values();

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** Art. 21: the provincial and the tenant's prices. */
  public PriceCatalogue catalogue() {
    actor.get().require(READERS);
    return load(actor.get());
  }

  private PriceCatalogue load(Actor who) {
    return new PriceCatalogue(
        PriceStore.entries(em, PriceStore.PROVINCE),
        PriceStore.entries(em, who.tenant().id().value()));
  }

  /** Art. 21: the province administrator sets provincial prices from their effective date. */
  public PriceChange setProvincial(PriceChange change) {
    Actor who = actor.get();
    who.require(Role.PROVINCE_ADMIN);
    RowScope.provincialRules(em);
    store(who, PriceStore.PROVINCE, change, AuditAction.PRICES_PROVINCIAL_CHANGE);
    return change;
  }

  /**
   * Art. 25: the tenant administrator lowers prices for the tenant from their effective date; a
   * price above the provincial one then in force is refused naming {@code prices.<ITEM>}.
   *
   * @throws cn.gov.zj.cloud.domain.validation.InvalidInputException nothing stored
   */
  public PriceChange lowerLocal(PriceChange change) {
    Actor who = actor.get();
    who.require(Role.TENANT_ADMIN);
    Violations violations = new Violations();
    load(who).checkLocal(change, violations);
    violations.throwIfAny();
    store(who, who.tenant().id().value(), change, AuditAction.PRICES_LOCAL_CHANGE);
    return change;
  }

  private void store(Actor who, String scope, PriceChange change, AuditAction action) {
    PriceStore.append(em, scope, change.entries(), who.username(), clock.instant());
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("effectiveFrom", change.effectiveFrom().toString());
    change.entries().forEach(entry -> after.put(entry.item().name(), Money.text(entry.amount())));
    audit.record(who, action, "prices", scope + "@" + change.effectiveFrom(), null, after);
  }
}
