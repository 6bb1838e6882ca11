package cn.gov.zj.cloud.privateportal.staff;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Art. 18: what the tenant's realm says of an account named as a system's security officer. The
 * realm is asked as the registry saves the system; when it cannot answer the name is kept unchecked
 * (logged), since the officer still decides only with the {@code unit-security-officer} role of
 * their token and only within their own unit's systems.
 */
@ApplicationScoped
public class OfficerDirectory {

  private static final Logger LOG = Logger.getLogger(OfficerDirectory.class.getName());

  @Inject private RealmDirectory directory;

  /**
   * True when {@code username} is an enabled {@code unit-security-officer} of the unit with {@code
   * unitCode}, false when the realm says otherwise, empty when the realm does not answer.
   */
  public Optional<Boolean> isOfficerOf(TenantId tenant, String username, String unitCode) {
    try {
      return Optional.of(
          directory
              .byUsername(tenant, username)
              .filter(StaffAccount::enabled)
              .filter(account -> unitCode.equals(account.unitCode()))
              .filter(account -> account.roles().contains(Role.UNIT_SECURITY_OFFICER))
              .isPresent());
    } catch (DirectoryUnavailable e) {
      LOG.warning(() -> "officer account " + username + " kept unchecked: " + e.getMessage());
      return Optional.empty();
    }
  }
}
