package cn.gov.zj.cloud.publicportal.interconnect;

import cn.gov.zj.cloud.domain.interconnect.ZoneKey;
import cn.gov.zj.cloud.domain.security.RequiredSecrets;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Art. 24: the keys of the messages between the zones ({@link ZoneKey}, 32 bytes in Base64). This
 * zone signs its submissions with {@code ZJ_ZONE_SIGNING_KEY} and accepts only publications signed
 * with {@code ZJ_PEER_VERIFY_KEY}, the private zone's key. Without them the portal does not start,
 * except in demo mode ({@code ZJ_DEMO=true}), where keys of this process alone are used and a
 * warning logged: the other zone then refuses every message, which its channel page shows.
 */
@ApplicationScoped
public class ZoneKeys {

  @Inject
  @ConfigProperty(name = "ZJ_ZONE_SIGNING_KEY", defaultValue = " ")
  String signing;

  @Inject
  @ConfigProperty(name = "ZJ_PEER_VERIFY_KEY", defaultValue = " ")
  String peer;

  @Inject
  @ConfigProperty(name = RequiredSecrets.DEMO_VARIABLE, defaultValue = "false")
  boolean demo;

  private ZoneKey own;
  private ZoneKey privateZone;

  @PostConstruct
  void init() {
    own = ZoneKey.configured(signing, "ZJ_ZONE_SIGNING_KEY", demo);
    privateZone = ZoneKey.configured(peer, "ZJ_PEER_VERIFY_KEY", demo);
  }

  ZoneKey own() {
    return own;
  }

  ZoneKey privateZone() {
    return privateZone;
  }
}
