package cn.gov.zj.cloud.privateportal.hardening;

import cn.gov.zj.cloud.domain.security.RequiredSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Art. 24, Art. 25 (silent development secret): the private portal's deployment fails, naming the
 * variable, when a client secret or a zone key is missing outside demo mode ({@code ZJ_DEMO=true}).
 */
@ApplicationScoped
public class SecretsCheck {

  /** The Keycloak client's secret, the interconnection account's, and both zone keys. */
  public static final RequiredSecrets REQUIRED =
      new RequiredSecrets(
          "ZJ_PRIVATE_CLIENT_SECRET",
          "ZJ_INTERCONNECT_CLIENT_SECRET",
          "ZJ_ZONE_SIGNING_KEY",
          "ZJ_PEER_VERIFY_KEY");

  void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    Config config = ConfigProvider.getConfig();
    REQUIRED.check(name -> config.getOptionalValue(name, String.class));
  }
}
