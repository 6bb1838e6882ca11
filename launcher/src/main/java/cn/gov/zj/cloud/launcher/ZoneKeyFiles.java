package cn.gov.zj.cloud.launcher;

import cn.gov.zj.cloud.domain.interconnect.ZoneKey;
import java.nio.file.Path;
import java.util.Map;

/**
 * Art. 24, generated per installation: the key of each direction of the interconnection
 * (submissions of the public zone, publications of the private zone), made once in {@code
 * data/keys} and kept across restarts. A zone signs with its own direction's key and checks with
 * the other's.
 */
final class ZoneKeyFiles {

  private static final String SUBMISSIONS = "submissions";
  private static final String PUBLICATIONS = "publications";

  private ZoneKeyFiles() {}

  /** {@code ZJ_ZONE_SIGNING_KEY} and {@code ZJ_PEER_VERIFY_KEY} of the private zone. */
  static Map<String, String> privateZone(Path dataDirectory) {
    return Map.of(
        "ZJ_ZONE_SIGNING_KEY", key(dataDirectory, PUBLICATIONS),
        "ZJ_PEER_VERIFY_KEY", key(dataDirectory, SUBMISSIONS));
  }

  /** {@code ZJ_ZONE_SIGNING_KEY} and {@code ZJ_PEER_VERIFY_KEY} of the public zone. */
  static Map<String, String> publicZone(Path dataDirectory) {
    return Map.of(
        "ZJ_ZONE_SIGNING_KEY", key(dataDirectory, SUBMISSIONS),
        "ZJ_PEER_VERIFY_KEY", key(dataDirectory, PUBLICATIONS));
  }

  /** The key of one direction, made on first use, readable by its owner only. */
  static String key(Path dataDirectory, String direction) {
    return SecretFiles.readOrCreate(
        dataDirectory.resolve("keys").resolve(direction + ".key"), ZoneKey::generate);
  }
}
