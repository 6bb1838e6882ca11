package cn.gov.zj.cloud.privateportal.tenant;

import cn.gov.zj.cloud.domain.tenant.TenantId;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Wall 4: sets the tenant on the database transaction, where the row-level security policies of
 * every tenant table read it. Settings are local to the transaction, so a pooled connection never
 * carries them to the next request.
 */
public final class RowScope {

  private RowScope() {}

  /**
   * Rows of this tenant only, for reading and writing. Set once per transaction: nested calls of
   * tenant-bound beans in the same transaction find it set and skip the round trip.
   */
  public static void tenant(EntityManager em, TenantId tenant) {
    String scope = "tenant:" + tenant.value();
    if (scope.equals(current())) {
      return;
    }
    em.createNativeQuery(
            "select set_config('app.tenant', ?1, true), set_config('app.oversight', '', true)")
        .setParameter(1, tenant.value())
        .getSingleResult();
    remember(scope);
  }

  /** Art. 4: the province reads every tenant's rows; the transaction becomes read-only. */
  public static void oversight(EntityManager em, TenantId province) {
    remember("oversight:" + province.value());
    em.createNativeQuery(
            "select set_config('app.tenant', ?1, true), set_config('app.oversight', 'on', true),"
                + " set_config('transaction_read_only', 'on', true)")
        .setParameter(1, province.value())
        .getSingleResult();
  }

  private static final String KEY = RowScope.class.getName();

  /** The scope set on the current transaction, or null (none set, or no transaction). */
  private static Object current() {
    TransactionSynchronizationRegistry registry = registry();
    return registry == null || registry.getTransactionKey() == null
        ? null
        : registry.getResource(KEY);
  }

  private static void remember(String scope) {
    TransactionSynchronizationRegistry registry = registry();
    if (registry != null && registry.getTransactionKey() != null) {
      registry.putResource(KEY, scope);
    }
  }

  private static volatile TransactionSynchronizationRegistry registry;

  private static TransactionSynchronizationRegistry registry() {
    if (registry == null) {
      try {
        registry =
            (TransactionSynchronizationRegistry)
                new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
      } catch (NamingException e) {
        return null;
      }
    }
    return registry;
  }
}
