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
 * Art. 24, development only: each zone's Ed25519 message key, made once in {@code data/keys} and
 * kept across restarts. A zone gets its own private key and the other zone's public key, never the
 * other's private key.
 */
final class ZoneKeyFiles {

  private ZoneKeyFiles() {}

  /** {@code ZJ_ZONE_SIGNING_KEY} and {@code ZJ_PEER_VERIFY_KEY} of the private zone. */
  static Map<String, String> privateZone(Path dataDirectory) {
    return Map.of(
        "ZJ_ZONE_SIGNING_KEY", pair(dataDirectory, "private-zone")[0],
        "ZJ_PEER_VERIFY_KEY", pair(dataDirectory, "public-zone")[1]);
  }

  /** {@code ZJ_ZONE_SIGNING_KEY} and {@code ZJ_PEER_VERIFY_KEY} of the public zone. */
  static Map<String, String> publicZone(Path dataDirectory) {
    return Map.of(
        "ZJ_ZONE_SIGNING_KEY", pair(dataDirectory, "public-zone")[0],
        "ZJ_PEER_VERIFY_KEY", pair(dataDirectory, "private-zone")[1]);
  }

  /** {@code [private, public]} of one zone, made on first use. */
  static synchronized String[] pair(Path dataDirectory, String zone) {
    Path keys = dataDirectory.resolve("keys");
    Path privateFile = keys.resolve(zone + ".key");
    Path publicFile = keys.resolve(zone + ".pub");
    try {
      if (!Files.isRegularFile(privateFile) || !Files.isRegularFile(publicFile)) {
        Files.createDirectories(keys);
        String[] pair = ZoneKey.generate();
        write(privateFile, pair[0]);
        write(publicFile, pair[1]);
      }
      return new String[] {read(privateFile), read(publicFile)};
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the zone keys in " + keys, e);
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.US_ASCII);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the directory's permissions apply
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.US_ASCII).strip();
  }
}
