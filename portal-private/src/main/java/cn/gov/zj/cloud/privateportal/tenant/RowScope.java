package cn.gov.zj.cloud.privateportal.tenant;

import cn.gov.zj.cloud.domain.tenant.TenantId;
import jakarta.persistence.EntityManager;

/**
 * Wall 4: sets the tenant on the database transaction, where the row-level security policies of
 * every tenant table read it. Settings are local to the transaction, so a pooled connection never
 * carries them to the next request.
 */
public final class RowScope {

  private RowScope() {}

  /** Rows of this tenant only, for reading and writing. */
  public static void tenant(EntityManager em, TenantId tenant) {
    em.createNativeQuery(
            "select set_config('app.tenant', ?1, true), set_config('app.oversight', '', true)")
        .setParameter(1, tenant.value())
        .getSingleResult();
  }

  /** Art. 4: the province reads every tenant's rows; the transaction becomes read-only. */
  public static void oversight(EntityManager em, TenantId province) {
    em.createNativeQuery(
            "select set_config('app.tenant', ?1, true), set_config('app.oversight', 'on', true),"
                + " set_config('transaction_read_only', 'on', true)")
        .setParameter(1, province.value())
        .getSingleResult();
  }
}
