package cn.gov.zj.cloud.publicportal.interconnect;

import cn.gov.zj.cloud.domain.interconnect.ZoneKey;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Art. 24: the keys of the messages between the zones ({@link ZoneKey}, 32 bytes in Base64). This
 * zone signs its submissions with {@code ZJ_ZONE_SIGNING_KEY} and accepts only publications signed
 * with {@code ZJ_PEER_VERIFY_KEY}, the private zone's key. Without them keys of this process alone
 * are used and a warning logged: the other zone then refuses every message, which its channel page
 * shows.
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
  private ZoneKey privateZone;

  @PostConstruct
  void init() {
    own = ZoneKey.configured(signing, "ZJ_ZONE_SIGNING_KEY");
    privateZone = ZoneKey.configured(peer, "ZJ_PEER_VERIFY_KEY");
  }

  ZoneKey own() {
    return own;
  }

  ZoneKey privateZone() {
    return privateZone;
  }
}
