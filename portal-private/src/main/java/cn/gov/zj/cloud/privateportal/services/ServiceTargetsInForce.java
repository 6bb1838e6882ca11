package cn.gov.zj.cloud.privateportal.services;

import cn.gov.zj.cloud.domain.calendar.WorkingDays;
import cn.gov.zj.cloud.domain.services.ServiceTargets;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * Art. 14, Art. 25: the service targets a tenant works under: its local rule (table {@code
 * service_targets}, set on the rules page), kept stricter-only by {@link ServiceTargets#inForce},
 * or the provincial defaults. Read under the tenant's row scope.
 */
final class ServiceTargetsInForce {

  private ServiceTargetsInForce() {}

  static ServiceTargets of(EntityManager em, String tenant) {
    return ServiceTargets.inForce(ServiceTargets.PROVINCIAL, local(em, tenant));
  }

  /** The tenant's own targets as stored, if it set any. */
  static Optional<ServiceTargets> local(EntityManager em, String tenant) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select response_days, sessions_per_quarter from service_targets"
                    + " where tenant_id = ?1")
            .setParameter(1, tenant)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            row ->
                new ServiceTargets(
                    WorkingDays.of(((Number) row[0]).intValue()), ((Number) row[1]).intValue()));
  }
}
