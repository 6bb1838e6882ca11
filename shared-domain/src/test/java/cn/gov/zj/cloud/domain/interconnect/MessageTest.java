package cn.gov.zj.cloud.domain.interconnect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MessageTest {

  private static final String PUBLICATIONS = ZoneKey.generate();
  private static final ZoneKey PRIVATE_SIGNS = ZoneKey.of(PUBLICATIONS);
  private static final ZoneKey PRIVATE_VERIFIES = ZoneKey.of(PUBLICATIONS);
  private static final ZoneKey PUBLIC_VERIFIES = ZoneKey.of(ZoneKey.generate());
  private static final Predicate<String> TENANTS = Set.of("hangzhou", "ningbo")::contains;
  private static final Instant AT = Instant.parse("2026-11-26T08:00:00Z");

  private static Message reply(String text) {
    return Message.signed(
        MessageType.CONSULTATION_ANSWERED,
        "hangzhou",
        Map.of("trackingNo", "ZX20261126-000001", "reply", text, "repliedAt", AT.toString()),
        AT,
        PRIVATE_SIGNS);
  }

  private static Refusal refusal(String text, Direction direction, ZoneKey key) {
    return assertThrows(
            MessageRefused.class, () -> MessageCheck.read(text, direction, TENANTS, key))
        .reason();
  }

  @Test
  @DisplayName(
      "Art. 24: a signed message reads back exactly, Chinese, line breaks and '=' included")
  void roundTrip() {
    Message sent = reply("您好：\n已转交办理=请留意&回访 100%");
    Message read = MessageCheck.read(sent.text(), Direction.PUBLICATION, TENANTS, PRIVATE_VERIFIES);
    assertEquals(sent, read);
    assertEquals("您好：\n已转交办理=请留意&回访 100%", read.field("reply"));
  }

  @Test
  @DisplayName(
      "Art. 24: a message altered in transit or at rest, or signed by the other zone, is refused")
  void tampering() {
    String text = reply("已处理").text();
    String altered = text.replace("hangzhou", "ningbo");
    assertEquals(Refusal.BAD_SIGNATURE, refusal(altered, Direction.PUBLICATION, PRIVATE_VERIFIES));
    assertEquals(Refusal.BAD_SIGNATURE, refusal(text, Direction.PUBLICATION, PUBLIC_VERIFIES));
    String extraField = text.replace("f.reply=", "f.admin=1\nf.reply=");
    assertEquals(
        Refusal.BAD_SIGNATURE, refusal(extraField, Direction.PUBLICATION, PRIVATE_VERIFIES));
  }

  @Test
  @DisplayName(
      "Art. 24: only whitelisted types in their direction, for known tenants, within their sizes")
  void whitelist() {
    String text = reply("已处理").text();
    assertEquals(Refusal.WRONG_DIRECTION, refusal(text, Direction.SUBMISSION, PRIVATE_VERIFIES));
    assertEquals(
        Refusal.UNKNOWN_TYPE,
        refusal(
            text.replace("CONSULTATION_ANSWERED", "RUN_SQL"),
            Direction.PUBLICATION,
            PRIVATE_VERIFIES));
    assertEquals(
        Refusal.UNSUPPORTED_VERSION,
        refusal(text.replace("version=1", "version=9"), Direction.PUBLICATION, PRIVATE_VERIFIES));
    assertEquals(
        Refusal.UNKNOWN_TENANT,
        refusal(text.replace("hangzhou", "atlantis"), Direction.PUBLICATION, PRIVATE_VERIFIES));
    assertEquals(
        Refusal.TOO_LARGE,
        refusal("x".repeat(MessageCheck.MAX_BYTES + 1), Direction.PUBLICATION, PRIVATE_VERIFIES));
    assertEquals(Refusal.MALFORMED, refusal("id=1\n", Direction.PUBLICATION, PRIVATE_VERIFIES));
  }

  @Test
  @DisplayName(
      "Art. 24: a message is written only with its type's fields, required ones present, none too long")
  void writingChecksFields() {
    assertEquals(
        Refusal.FIELD_TOO_LONG,
        assertThrows(MessageRefused.class, () -> reply("长".repeat(4001))).reason());
    Map<String, String> missing = new TreeMap<>(Map.of("trackingNo", "ZX20261126-000001"));
    assertEquals(
        Refusal.MISSING_FIELD,
        assertThrows(
                MessageRefused.class,
                () ->
                    Message.signed(
                        MessageType.CONSULTATION_ANSWERED, "hangzhou", missing, AT, PRIVATE_SIGNS))
            .reason());
    missing.put("secret", "x");
    assertEquals(
        Refusal.UNKNOWN_FIELD,
        assertThrows(
                MessageRefused.class,
                () ->
                    Message.signed(
                        MessageType.CONSULTATION_ANSWERED, "hangzhou", missing, AT, PRIVATE_SIGNS))
            .reason());
  }
}
