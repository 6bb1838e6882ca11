package cn.gov.zj.cloud.privateportal.tenant;

import cn.gov.zj.cloud.domain.tenant.TenantId;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Wall 4: the one place of the private zone that sets the row scope on the database transaction,
 * where the row-level security policies of every tenant table read it. Settings are local to the
 * transaction, so a pooled connection never carries them to the next request. The {@link
 * TenantBound} interceptor, the scheduled jobs ({@code DeadlineScan}, {@code MailBatch}), the
 * interconnection's intake and the demo seed all come here, through JPA or, for the batched JDBC
 * writers, on their connection.
 */
public final class RowScope {

  private static final String TENANT =
      "select set_config('app.tenant', ?1, true), set_config('app.oversight', '', true)";

  private static final String OVERSIGHT =
      "select set_config('app.tenant', ?1, true), set_config('app.oversight', 'on', true),"
          + " set_config('transaction_read_only', 'on', true)";

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
    em.createNativeQuery(TENANT).setParameter(1, tenant.value()).getSingleResult();
    remember(scope);
  }

  /**
   * Rows of this tenant only, on a JDBC connection of the batched writers (the interconnection's
   * intake, the demo seed). The JPA round-trip saving is forgotten: the next JPA call sets its
   * scope again.
   */
  public static void tenant(Connection connection, TenantId tenant) throws SQLException {
    try (PreparedStatement set = connection.prepareStatement(TENANT.replace("?1", "?"))) {
      set.setString(1, tenant.value());
      set.execute();
    }
    remember("set on a connection");
  }

  /** Art. 4: the province reads every tenant's rows; the transaction becomes read-only. */
  public static void oversight(EntityManager em, TenantId province) {
    remember("oversight:" + province.value());
    em.createNativeQuery(OVERSIGHT).setParameter(1, province.value()).getSingleResult();
  }

  /**
   * Art. 25: the province administrator's change of the provincial deadline defaults may be written
   * (the policy {@code rules_insert} reads {@code app.province_admin}); the caller checked the
   * role.
   */
  public static void provincialRules(EntityManager em) {
    em.createNativeQuery("select set_config('app.province_admin', 'on', true)").getSingleResult();
  }

  /**
   * Art. 21: the demo seed writes the provincial price catalogue on its JDBC connection as the
   * province administrator would ({@code on}), then drops the setting again ({@code false}).
   */
  public static void provincialRules(Connection connection, boolean on) throws SQLException {
    try (PreparedStatement set =
        connection.prepareStatement("select set_config('app.province_admin', ?, true)")) {
      set.setString(1, on ? "on" : "");
      set.execute();
    }
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
