package cn.gov.zj.cloud.privateportal.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A browser session signed in to one tenant's realm. Art. 25: it follows its Keycloak session: the
 * access token is refreshed when it is about to expire (and the roles read again from it), a
 * refresh Keycloak refuses ends the portal session, and no session outlives the absolute lifetime
 * counted from {@code signedInAt}.
 *
 * @param idToken ends the Keycloak session at sign-out
 * @param refreshToken renews the access token
 * @param accessExpiry when the current access token expires
 * @param signedInAt when the user signed in (refreshes do not move it)
 * @param sid the Keycloak session, which back-channel logout names
 * @param subject the Keycloak user id, which a logout token may name instead
 */
record BrowserLogin(
    Actor actor,
    String idToken,
    String refreshToken,
    Instant accessExpiry,
    Instant signedInAt,
    String sid,
    String subject)
    implements Serializable {

  static final String ATTRIBUTE = BrowserLogin.class.getName();

  private static final long serialVersionUID = 2L;

  /** Refreshed once the access token has less than the clock skew left to live. */
  boolean refreshDue(Instant now) {
    return !now.isBefore(accessExpiry.minus(TokenVerifier.CLOCK_SKEW));
  }

  boolean outlived(Instant now, Duration lifetime) {
    return !now.isBefore(signedInAt.plus(lifetime));
  }
}
