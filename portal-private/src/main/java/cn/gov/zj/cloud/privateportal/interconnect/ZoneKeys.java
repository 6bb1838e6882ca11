package cn.gov.zj.cloud.privateportal.interconnect;

import cn.gov.zj.cloud.domain.interconnect.ZoneKey;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Art. 24: this zone signs its publications with {@code ZJ_ZONE_SIGNING_KEY} (Ed25519, PKCS#8 in
 * Base64) and accepts only submissions signed by the key whose public half is {@code
 * ZJ_PEER_VERIFY_KEY} (X.509 in Base64). Without them a key pair of this process alone is used and
 * a warning logged: every message is then refused, as the channel page shows.
 */
@ApplicationScoped
public class ZoneKeys {

  private static final Logger LOG = Logger.getLogger(ZoneKeys.class.getName());

  @Inject
  @ConfigProperty(name = "ZJ_ZONE_SIGNING_KEY", defaultValue = " ")
  String signing;

  @Inject
  @ConfigProperty(name = "ZJ_PEER_VERIFY_KEY", defaultValue = " ")
  String peer;

  private PrivateKey own;
  private PublicKey publicZone;

  @PostConstruct
  void init() {
    String[] spare = ZoneKey.generate();
    own = ZoneKey.privateKey(configured(signing, "ZJ_ZONE_SIGNING_KEY", spare[0]));
    publicZone = ZoneKey.publicKey(configured(peer, "ZJ_PEER_VERIFY_KEY", spare[1]));
  }

  PrivateKey own() {
    return own;
  }

  PublicKey publicZone() {
    return publicZone;
  }

  private static String configured(String value, String name, String spare) {
    if (value != null && !value.isBlank()) {
      return value.strip();
    }
    LOG.warning(name + " is not set: the interconnection's messages will be refused");
    return spare;
  }
}
