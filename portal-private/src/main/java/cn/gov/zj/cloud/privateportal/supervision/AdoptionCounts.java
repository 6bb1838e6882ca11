package cn.gov.zj.cloud.privateportal.supervision;

import cn.gov.zj.cloud.domain.supervision.Adoption;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Art. 22 (上云率): the registry's systems that are not retired, counted as on cloud, exempt and
 * registered, per unit or per tenant. The caller has set the row scope ({@code RowScope.tenant} for
 * its own tenant, {@code RowScope.oversight} for the province), which decides the rows counted.
 */
public final class AdoptionCounts {

  private static final String COUNTS =
      "select %s, count(*) filter (where cloud_status = 'ON_CLOUD'), count(*),"
          + " count(*) filter (where cloud_status = 'EXEMPT')"
          + " from app_system where retired_at is null group by %1$s order by %1$s";

  private AdoptionCounts() {}

  /** Art. 22: per unit id, of the units in scope that have a system that is not retired. */
  public static Map<Long, Adoption> byUnit(EntityManager em) {
    Map<Long, Adoption> counts = new LinkedHashMap<>();
    for (Object[] row : rows(em, "unit_id")) {
      counts.put(((Number) row[0]).longValue(), adoption(row));
    }
    return counts;
  }

  /** Art. 4, 22: per tenant id, of the tenants in scope. */
  public static Map<String, Adoption> byTenant(EntityManager em) {
    Map<String, Adoption> counts = new LinkedHashMap<>();
    for (Object[] row : rows(em, "tenant_id")) {
      counts.put((String) row[0], adoption(row));
    }
    return counts;
  }

  /** Art. 22: every system in scope together. */
  public static Adoption total(EntityManager em) {
    return byTenant(em).values().stream().reduce(Adoption.none(), Adoption::plus);
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(EntityManager em, String groupedBy) {
    return em.createNativeQuery(String.format(COUNTS, groupedBy)).getResultList();
  }

  private static Adoption adoption(Object[] row) {
    return new Adoption(
        ((Number) row[1]).longValue(),
        ((Number) row[2]).longValue(),
        ((Number) row[3]).longValue());
  }
}
