package cn.gov.zj.cloud.privateportal.interconnect;

import cn.gov.zj.cloud.domain.interconnect.Direction;
import cn.gov.zj.cloud.domain.interconnect.Message;
import cn.gov.zj.cloud.domain.interconnect.MessageCheck;
import cn.gov.zj.cloud.domain.interconnect.MessageType;
import cn.gov.zj.cloud.domain.interconnect.ZoneKey;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The public zone as the tests play it, inside the container: it signs submissions with the public
 * zone's test key and reads this zone's publications with this zone's public test key (both from
 * the build's environment, see the pom).
 */
final class PublicPeer {

  private static long seq = System.nanoTime();

  private PublicPeer() {}

  static Message submission(MessageType type, String tenant, Map<String, String> fields) {
    return Message.signed(
        type, tenant, fields, Instant.now(), ZoneKey.of(System.getenv("ZJ_IT_PEER_SIGNING_KEY")));
  }

  /** As the public zone hands texts out: with a place in its queue. */
  static synchronized List<PublicZone.Pulled.Item> pulled(String... texts) {
    return java.util.Arrays.stream(texts)
        .map(text -> new PublicZone.Pulled.Item(++seq, text))
        .toList();
  }

  /** A publication of this zone, checked as the public zone checks it. */
  static Message read(String text) {
    return MessageCheck.read(
        text,
        Direction.PUBLICATION,
        t -> TenantDirectory.load().find(t).isPresent(),
        ZoneKey.of(System.getenv("ZJ_IT_ZONE_VERIFY_KEY")));
  }
}
