package cn.gov.zj.cloud.domain.interconnect;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Art. 24: one typed, versioned, signed message between the zones, with a unique id (delivery is at
 * least once, its effect exactly once: receivers remember ids). Its text form is also what is
 * signed: a header line per attribute, then one {@code name=value} line per field in name order,
 * values URL-encoded, then the HMAC-SHA256 ({@link ZoneKey}) of everything above it.
 */
public record Message(
    UUID id,
    MessageType type,
    int version,
    String tenant,
    Instant createdAt,
    SortedMap<String, String> fields,
    String signature) {

  public Message {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(createdAt, "createdAt");
    fields = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(fields));
  }

  /**
   * A new message of the current version, checked against its type's whitelist, signed with the
   * writing zone's key.
   */
  public static Message signed(
      MessageType type, String tenant, Map<String, String> fields, Instant at, ZoneKey key) {
    Message unsigned =
        new Message(
            UUID.randomUUID(), type, type.version(), tenant, at, new TreeMap<>(fields), null);
    MessageCheck.fields(type, unsigned.fields());
    return unsigned.withSignature(key.sign(unsigned.signedText()));
  }

  public String field(String name) {
    return fields.get(name);
  }

  /** The message as it travels and is stored: the signed text and its signature line. */
  public String text() {
    return signedText() + "signature=" + signature + "\n";
  }

  String signedText() {
    StringBuilder text =
        new StringBuilder()
            .append("id=")
            .append(id)
            .append('\n')
            .append("type=")
            .append(type.name())
            .append('\n')
            .append("version=")
            .append(version)
            .append('\n')
            .append("tenant=")
            .append(tenant)
            .append('\n')
            .append("createdAt=")
            .append(createdAt)
            .append('\n');
    fields.forEach(
        (name, value) ->
            text.append("f.")
                .append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8))
                .append('\n'));
    return text.toString();
  }

  private Message withSignature(String value) {
    return new Message(id, type, version, tenant, createdAt, fields, value);
  }
}
