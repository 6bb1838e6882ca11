package cn.gov.zj.cloud.publicportal.interconnect;

import cn.gov.zj.cloud.domain.interconnect.ZoneAccount;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Art. 24: the interconnection's caller is the private zone's service account and nobody else: an
 * access token of the province's realm (signature by its keys, issuer exactly), audience {@value
 * ZoneAccount#AUDIENCE}, issued to the client {@value ZoneAccount#CLIENT_ID}, not expired.
 */
@ApplicationScoped
public class ZoneToken {

  @Inject
  @ConfigProperty(name = "ZJ_KEYCLOAK_URL", defaultValue = "http://localhost:8180")
  String keycloakUrl;

  private DefaultJWTProcessor<SecurityContext> processor;

  @PostConstruct
  void init() {
    String base =
        keycloakUrl.endsWith("/")
            ? keycloakUrl.substring(0, keycloakUrl.length() - 1)
            : keycloakUrl;
    String issuer = base + "/realms/" + TenantDirectory.load().province().id().value();
    try {
      processor = new DefaultJWTProcessor<>();
      processor.setJWSKeySelector(
          new JWSVerificationKeySelector<>(
              JWSAlgorithm.RS256,
              JWKSourceBuilder.create(URI.create(issuer + "/protocol/openid-connect/certs").toURL())
                  .retrying(true)
                  .build()));
      processor.setJWTClaimsSetVerifier(
          new DefaultJWTClaimsVerifier<>(
              ZoneAccount.AUDIENCE,
              new JWTClaimsSet.Builder()
                  .issuer(issuer)
                  .claim("azp", ZoneAccount.CLIENT_ID)
                  .claim("typ", "Bearer")
                  .build(),
              Set.of("exp", "iat")));
    } catch (MalformedURLException e) {
      throw new IllegalStateException("bad ZJ_KEYCLOAK_URL " + keycloakUrl, e);
    }
  }

  /** True only for a valid token of the private zone's service account. */
  public boolean accepts(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return false;
    }
    try {
      processor.process(authorization.substring("Bearer ".length()).strip(), null);
      return true;
    } catch (Exception e) {
      java.util.logging.Logger.getLogger(ZoneToken.class.getName())
          .warning("interconnection call refused: " + e.getMessage());
      return false;
    }
  }
}
