package cn.gov.zj.cloud.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Art. 18, 20: one record of a tenant's audit hash chain, as far as its hash covers it. The
 * canonical form (version 1) is one line per field, in this order: tenant, position in the chain,
 * time in microseconds since the epoch, actor, action, entity type, entity id, state before, state
 * after, previous record's hash; a field is its length in UTF-8 bytes, a colon and the text, or
 * {@code -} when absent, so that no two records share a form. The hash is SHA-256 of the form's
 * UTF-8 bytes, in lower-case hex. The database's trigger ({@code audit_link_hash}, migration V16)
 * writes the same form; the verifier recomputes it here, independently of the database.
 *
 * @param seq the record's position in its tenant's chain, from 1
 * @param previousHash the hash of the record before, {@link #GENESIS} for the first
 */
public record ChainLink(
    String tenant,
    long seq,
    Instant occurredAt,
    String actor,
    String action,
    String entityType,
    String entityId,
    String beforeState,
    String afterState,
    String previousHash) {

  /** What the first record of a chain names as its previous hash. */
  public static final String GENESIS = "0".repeat(64);

  private static final String VERSION = "zj-audit-v1";

  /** The text that is hashed. */
  public String canonical() {
    StringBuilder form = new StringBuilder(VERSION).append('\n');
    for (String field : fields()) {
      form.append(field == null ? "-" : utf8Length(field) + ":" + field).append('\n');
    }
    return form.toString();
  }

  /** SHA-256 of the canonical form, lower-case hex. */
  public String hash() {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(canonical().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Microseconds since the epoch: the database keeps no finer time. */
  static long micros(Instant at) {
    return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000);
  }

  private List<String> fields() {
    return java.util.Arrays.asList(
        tenant,
        Long.toString(seq),
        occurredAt == null ? null : Long.toString(micros(occurredAt)),
        actor,
        action,
        entityType,
        entityId,
        beforeState,
        afterState,
        previousHash);
  }

  private static int utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
