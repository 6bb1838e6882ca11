package cn.gov.zj.cloud.privateportal.security;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.privateportal.tenant.Tenants;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies Keycloak's tokens of one tenant's realm: signature by that realm's keys (JWKS cached per
 * realm), issuer of that realm exactly, audience {@code portal-private}, not expired with at most
 * {@link #CLOCK_SKEW} of clock skew. An access token must be of type Bearer (an ID token is no
 * access token); a logout token must carry the back-channel logout event, a session or a subject,
 * and no nonce (OpenID Connect Back-Channel Logout 1.0, 2.6).
 */
@ApplicationScoped
public class TokenVerifier {

  /** Art. 25: the most the portal's and Keycloak's clocks may differ on a token's expiry. */
  public static final Duration CLOCK_SKEW = Duration.ofSeconds(10);

  static final String BACKCHANNEL_LOGOUT_EVENT =
      "http://schemas.openid.net/event/backchannel-logout";

  /** The oldest logout token accepted: Keycloak's own expire after two minutes. */
  private static final Duration LOGOUT_TOKEN_AGE = Duration.ofMinutes(5);

  @Inject private PortalSettings settings;
  @Inject private Tenants tenants;
  @Inject private Clock clock;

  private final Map<String, JWKSource<SecurityContext>> keys = new ConcurrentHashMap<>();
  private final Map<String, DefaultJWTProcessor<SecurityContext>> accessProcessors =
      new ConcurrentHashMap<>();
  private final Map<String, DefaultJWTProcessor<SecurityContext>> logoutProcessors =
      new ConcurrentHashMap<>();

  /** The actor the token speaks for, or {@link InvalidToken} saying why not. */
  public Actor verify(String token, Tenant tenant) {
    return actor(claims(token, tenant), tenant);
  }

  /** The verified claims of an access token of that tenant's realm. */
  JWTClaimsSet claims(String token, Tenant tenant) {
    String issuer = settings.issuer(tenant.id().value());
    requireIssuer(token, issuer);
    try {
      JWTClaimsSet claims =
          accessProcessors.computeIfAbsent(issuer, this::accessProcessor).process(token, null);
      if (!"Bearer".equals(claims.getStringClaim("typ"))) {
        throw new InvalidToken("not an access token");
      }
      return claims;
    } catch (InvalidToken e) {
      throw e;
    } catch (Exception e) {
      throw new InvalidToken("token refused: " + e.getMessage());
    }
  }

  /**
   * A back-channel logout token: signed by the realm its issuer names, of a known tenant only,
   * addressed to {@code portal-private}; else {@link InvalidToken}.
   */
  LogoutToken verifyLogout(String token) {
    Tenant tenant = tenantOfIssuer(token);
    String issuer = settings.issuer(tenant.id().value());
    try {
      JWTClaimsSet claims =
          logoutProcessors.computeIfAbsent(issuer, this::logoutProcessor).process(token, null);
      requireLogoutEvent(claims);
      requireRecent(claims.getIssueTime().toInstant());
      LogoutToken logout =
          new LogoutToken(tenant, claims.getStringClaim("sid"), claims.getSubject());
      if (logout.sid() == null && logout.subject() == null) {
        throw new InvalidToken("logout token names neither a session nor a subject");
      }
      return logout;
    } catch (InvalidToken e) {
      throw e;
    } catch (Exception e) {
      throw new InvalidToken("logout token refused: " + e.getMessage());
    }
  }

  private Tenant tenantOfIssuer(String token) {
    String prefix = settings.keycloakUrl() + "/realms/";
    String issuer = unverifiedIssuer(token);
    if (issuer == null || !issuer.startsWith(prefix)) {
      throw new InvalidToken("logout token of a foreign issuer: " + issuer);
    }
    return tenants
        .find(issuer.substring(prefix.length()))
        .filter(tenant -> issuer.equals(settings.issuer(tenant.id().value())))
        .orElseThrow(() -> new InvalidToken("logout token of an unknown realm: " + issuer));
  }

  private static void requireLogoutEvent(JWTClaimsSet claims) throws ParseException {
    Map<String, Object> events = claims.getJSONObjectClaim("events");
    if (events == null || !(events.get(BACKCHANNEL_LOGOUT_EVENT) instanceof Map<?, ?>)) {
      throw new InvalidToken("logout token without the back-channel logout event");
    }
  }

  private void requireRecent(Instant issued) {
    Instant now = clock.instant();
    if (issued.isAfter(now.plus(CLOCK_SKEW)) || issued.isBefore(now.minus(LOGOUT_TOKEN_AGE))) {
      throw new InvalidToken("logout token issued at " + issued);
    }
  }

  /** Cheap check before any key is fetched: a token of another realm is refused at once. */
  private static void requireIssuer(String token, String issuer) {
    String claimed = unverifiedIssuer(token);
    if (!issuer.equals(claimed)) {
      throw new InvalidToken("token of another issuer: " + claimed);
    }
  }

  private static String unverifiedIssuer(String token) {
    try {
      return JWTParser.parse(token).getJWTClaimsSet().getIssuer();
    } catch (ParseException | RuntimeException e) {
      throw new InvalidToken("malformed token");
    }
  }

  private DefaultJWTProcessor<SecurityContext> accessProcessor(String issuer) {
    return processor(
        issuer,
        new DefaultJWTClaimsVerifier<>(
            PortalSettings.CLIENT_ID,
            new JWTClaimsSet.Builder().issuer(issuer).build(),
            Set.of("sub", "exp", "iat", "preferred_username")));
  }

  private DefaultJWTProcessor<SecurityContext> logoutProcessor(String issuer) {
    DefaultJWTProcessor<SecurityContext> processor =
        processor(
            issuer,
            new DefaultJWTClaimsVerifier<>(
                // mutable sets: the verifier asks them whether they hold null
                new HashSet<>(Set.of(PortalSettings.CLIENT_ID)),
                new JWTClaimsSet.Builder().issuer(issuer).build(),
                new HashSet<>(Set.of("iat", "jti", "events")),
                new HashSet<>(Set.of("nonce"))));
    processor.setJWSTypeVerifier(
        new DefaultJOSEObjectTypeVerifier<>(
            new JOSEObjectType("logout+jwt"), JOSEObjectType.JWT, null));
    return processor;
  }

  private DefaultJWTProcessor<SecurityContext> processor(
      String issuer, DefaultJWTClaimsVerifier<SecurityContext> claims) {
    claims.setMaxClockSkew((int) CLOCK_SKEW.toSeconds());
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(
            JWSAlgorithm.RS256, keys.computeIfAbsent(issuer, TokenVerifier::keysOf)));
    processor.setJWTClaimsSetVerifier(claims);
    return processor;
  }

  private static JWKSource<SecurityContext> keysOf(String issuer) {
    try {
      return JWKSourceBuilder.create(URI.create(issuer + "/protocol/openid-connect/certs").toURL())
          .retrying(true)
          .outageTolerant(true) // issue 15: the cached keys serve while Keycloak is down
          .build();
    } catch (MalformedURLException e) {
      throw new IllegalStateException("bad Keycloak URL " + issuer, e);
    }
  }

  static Actor actor(JWTClaimsSet claims, Tenant tenant) {
    try {
      Set<Role> roles = EnumSet.noneOf(Role.class);
      Map<String, Object> realmAccess = claims.getJSONObjectClaim("realm_access");
      if (realmAccess != null && realmAccess.get("roles") instanceof Collection<?> names) {
        names.forEach(name -> Role.ofRealmRole(String.valueOf(name)).ifPresent(roles::add));
      }
      String username = claims.getStringClaim("preferred_username");
      String name = claims.getStringClaim("name");
      return new Actor(
          tenant, username, name == null ? username : name, roles, claims.getStringClaim("unit"));
    } catch (ParseException e) {
      throw new InvalidToken("token claims malformed: " + e.getMessage());
    }
  }
}
