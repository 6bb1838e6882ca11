package cn.gov.zj.cloud.launcher;

import cn.gov.zj.cloud.domain.interconnect.ZoneKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Art. 24, development only: the key of each direction of the interconnection (submissions of the
 * public zone, publications of the private zone), made once in {@code data/keys} and kept across
 * restarts. A zone signs with its own direction's key and checks with the other's.
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
  static synchronized String key(Path dataDirectory, String direction) {
    Path keys = dataDirectory.resolve("keys");
    Path file = keys.resolve(direction + ".key");
    try {
      if (!Files.isRegularFile(file)) {
        Files.createDirectories(keys);
        Files.writeString(file, ZoneKey.generate(), StandardCharsets.US_ASCII);
        try {
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system: the directory's permissions apply
        }
      }
      return Files.readString(file, StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the zone keys in " + keys, e);
    }
  }
}
