package cn.gov.zj.cloud.domain.inspection;

import cn.gov.zj.cloud.domain.security.Role;
import java.util.Set;

/**
 * Art. 17: who inspects: the competent department ({@code reviewer}) with the security authority
 * ({@code security-supervisor}); they plan inspections, record findings and verify or reopen them.
 */
public final class Inspectors {

  public static final Set<Role> ROLES = Set.of(Role.REVIEWER, Role.SECURITY_SUPERVISOR);

  private Inspectors() {}
}
