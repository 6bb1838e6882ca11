package cn.gov.zj.cloud.privateportal.interconnect;

import cn.gov.zj.cloud.domain.interconnect.ZoneKey;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Art. 24: this zone signs its publications with {@code ZJ_ZONE_SIGNING_KEY} and accepts only
 * submissions signed with {@code ZJ_PEER_VERIFY_KEY}, the public zone's key ({@link ZoneKey}, 32
 * bytes in Base64). Without them keys of this process alone are used and a warning logged: every
 * message is then refused, as the channel page shows.
 */
@ApplicationScoped
public class ZoneKeys {

  @Inject
  @ConfigProperty(name = "ZJ_ZONE_SIGNING_KEY", defaultValue = " ")
  String signing;

  @Inject
  @ConfigProperty(name = "ZJ_PEER_VERIFY_KEY", defaultValue = " ")
  String peer;

  private ZoneKey own;
  private ZoneKey publicZone;

  @PostConstruct
  void init() {
    own = ZoneKey.configured(signing, "ZJ_ZONE_SIGNING_KEY");
    publicZone = ZoneKey.configured(peer, "ZJ_PEER_VERIFY_KEY");
  }

  ZoneKey own() {
    return own;
  }

  ZoneKey publicZone() {
    return publicZone;
  }
}
