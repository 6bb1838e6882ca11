package cn.gov.zj.cloud.publicportal.interconnect;

import cn.gov.zj.cloud.domain.interconnect.Direction;
import cn.gov.zj.cloud.domain.interconnect.Message;
import cn.gov.zj.cloud.domain.interconnect.MessageCheck;
import cn.gov.zj.cloud.domain.interconnect.MessageType;
import cn.gov.zj.cloud.domain.interconnect.ZoneKey;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import java.time.Instant;
import java.util.Map;

/**
 * The private zone as the tests play it, inside the container: it signs publications with the
 * private zone's test key and reads this zone's submissions with this zone's public test key (both
 * from the build's environment, see the pom).
 */
public final class Peer {

  private Peer() {}

  public static Message publication(MessageType type, String tenant, Map<String, String> fields) {
    return Message.signed(
        type, tenant, fields, Instant.now(), ZoneKey.of(System.getenv("ZJ_IT_PEER_SIGNING_KEY")));
  }

  /** A submission of this zone, checked as the private zone checks it. */
  public static Message read(String text) {
    return MessageCheck.read(
        text,
        Direction.SUBMISSION,
        t -> TenantDirectory.load().find(t).isPresent(),
        ZoneKey.of(System.getenv("ZJ_IT_ZONE_VERIFY_KEY")));
  }
}
