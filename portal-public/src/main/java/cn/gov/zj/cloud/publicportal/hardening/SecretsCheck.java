package cn.gov.zj.cloud.publicportal.hardening;

import cn.gov.zj.cloud.domain.security.RequiredSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Art. 23, Art. 24 (silent development secret): the public portal's deployment fails, naming the
 * variable, when the contact key or a zone key is missing outside demo mode ({@code ZJ_DEMO=true}).
 */
@ApplicationScoped
public class SecretsCheck {

  /** The key sealing citizens' contacts, and both zone keys. */
  public static final RequiredSecrets REQUIRED =
      new RequiredSecrets("ZJ_PUBLIC_CONTACT_KEY", "ZJ_ZONE_SIGNING_KEY", "ZJ_PEER_VERIFY_KEY");

  void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    Config config = ConfigProvider.getConfig();
    REQUIRED.check(name -> config.getOptionalValue(name, String.class));
  }
}
