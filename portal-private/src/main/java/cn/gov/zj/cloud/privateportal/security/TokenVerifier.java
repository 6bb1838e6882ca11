package cn.gov.zj.cloud.privateportal.security;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
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
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies Keycloak access tokens of one tenant's realm: signature by that realm's keys, issuer of
 * that realm exactly, audience {@code portal-private}, not expired, and of type Bearer (an ID token
 * is no access token).
 */
@ApplicationScoped
public class TokenVerifier {

  @Inject private PortalSettings settings;

  private final Map<String, DefaultJWTProcessor<SecurityContext>> processors =
      new ConcurrentHashMap<>();

  /** The actor the token speaks for, or {@link InvalidToken} saying why not. */
  public Actor verify(String token, Tenant tenant) {
    String issuer = settings.issuer(tenant.id().value());
    requireIssuer(token, issuer);
    try {
      JWTClaimsSet claims = processor(issuer).process(token, null);
      if (!"Bearer".equals(claims.getStringClaim("typ"))) {
        throw new InvalidToken("not an access token");
      }
      return actor(claims, tenant);
    } catch (InvalidToken e) {
      throw e;
    } catch (Exception e) {
      throw new InvalidToken("token refused: " + e.getMessage());
    }
  }

  /** Cheap check before any key is fetched: a token of another realm is refused at once. */
  private static void requireIssuer(String token, String issuer) {
    try {
      String claimed = JWTParser.parse(token).getJWTClaimsSet().getIssuer();
      if (!issuer.equals(claimed)) {
        throw new InvalidToken("token of another issuer: " + claimed);
      }
    } catch (ParseException e) {
      throw new InvalidToken("malformed token");
    }
  }

  private DefaultJWTProcessor<SecurityContext> processor(String issuer) {
    return processors.computeIfAbsent(issuer, TokenVerifier::newProcessor);
  }

  private static DefaultJWTProcessor<SecurityContext> newProcessor(String issuer) {
    try {
      JWKSource<SecurityContext> keys =
          JWKSourceBuilder.create(URI.create(issuer + "/protocol/openid-connect/certs").toURL())
              .retrying(true)
              .build();
      DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
      processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
      processor.setJWTClaimsSetVerifier(
          new DefaultJWTClaimsVerifier<>(
              PortalSettings.CLIENT_ID,
              new JWTClaimsSet.Builder().issuer(issuer).build(),
              Set.of("sub", "exp", "iat", "preferred_username")));
      return processor;
    } catch (MalformedURLException e) {
      throw new IllegalStateException("bad Keycloak URL " + issuer, e);
    }
  }

  static Actor actor(JWTClaimsSet claims, Tenant tenant) throws ParseException {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Map<String, Object> realmAccess = claims.getJSONObjectClaim("realm_access");
    if (realmAccess != null && realmAccess.get("roles") instanceof Collection<?> names) {
      names.forEach(name -> Role.ofRealmRole(String.valueOf(name)).ifPresent(roles::add));
    }
    String username = claims.getStringClaim("preferred_username");
    String name = claims.getStringClaim("name");
    return new Actor(
        tenant, username, name == null ? username : name, roles, claims.getStringClaim("unit"));
  }
}
