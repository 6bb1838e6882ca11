package cn.gov.zj.cloud.privateportal.services;

import cn.gov.zj.cloud.domain.services.ServiceTargets;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import java.util.Optional;

/**
 * Art. 14, Art. 25: the service targets a tenant works under. The tenants' local rules for these
 * targets are not stored yet (the rules page keeps the statutory steps of Art. 8–12 only), so every
 * tenant works under the provincial defaults; {@link ServiceTargets#inForce} keeps a local rule
 * stricter-only once it is.
 */
final class ServiceTargetsInForce {

  private ServiceTargetsInForce() {}

  static ServiceTargets of(Tenant tenant) {
    return ServiceTargets.inForce(ServiceTargets.PROVINCIAL, Optional.empty());
  }
}
