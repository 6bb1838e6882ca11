package cn.gov.zj.cloud.privateportal.usage;

import cn.gov.zj.cloud.domain.usage.UsageRules;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Art. 15, Art. 25: the advice thresholds in force for a tenant: its own, or the provincial. */
public final class UsageRulesStore {

  private UsageRulesStore() {}

  public static UsageRules inForce(EntityManager em, String tenant) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select idle_cpu_p95, idle_mem, idle_days, min_days, over_pct, under_pct,"
                    + " target_pct from usage_rules where tenant_id = ?1")
            .setParameter(1, tenant)
            .getResultList();
    if (rows.isEmpty()) {
      return UsageRules.PROVINCIAL;
    }
    Object[] row = rows.get(0);
    return new UsageRules(
        number(row[0]),
        number(row[1]),
        number(row[2]),
        number(row[3]),
        number(row[4]),
        number(row[5]),
        number(row[6]));
  }

  private static int number(Object value) {
    return ((Number) value).intValue();
  }
}
