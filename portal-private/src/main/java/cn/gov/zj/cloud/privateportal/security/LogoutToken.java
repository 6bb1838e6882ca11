package cn.gov.zj.cloud.privateportal.security;

import cn.gov.zj.cloud.domain.tenant.Tenant;

/**
 * What a verified back-channel logout token ends: the Keycloak session {@code sid} of that tenant's
 * realm, or when it names none, every session of the user {@code subject} there.
 */
record LogoutToken(Tenant tenant, String sid, String subject) {}
