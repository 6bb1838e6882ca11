package cn.gov.zj.cloud.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChainLinkTest {

  static final Instant AT = Instant.parse("2026-12-07T13:31:56.123456Z");

  static ChainLink link() {
    return with(0, "hangzhou");
  }

  @Test
  @DisplayName("Art. 18: the canonical form is one length-prefixed line per field, absent as '-'")
  void art18_canonicalFormIsLengthPrefixed() {
    assertEquals(
        "zj-audit-v1\n8:hangzhou\n1:1\n16:1796650316123456\n14:hangzhou.admin\n11:unit.create\n"
            + "4:unit\n2:12\n-\n29:{\"name\":\"杭州市数据局\"}\n64:"
            + "0".repeat(64)
            + "\n",
        link().canonical());
  }

  @Test
  @DisplayName("Art. 18: the hash is SHA-256 of the form's UTF-8 bytes (pinned: sha256sum agrees)")
  void art18_hashIsPinned() {
    assertEquals("c0d1e48de1007ac2b41f6bc20ac5abef5fb07482936523b91a8c4a341a4dcb10", link().hash());
  }

  /** The record of {@link #link()} with field {@code index} (in the canonical order) replaced. */
  static ChainLink with(int index, Object value) {
    Object[] f = {
      "hangzhou",
      1L,
      AT,
      "hangzhou.admin",
      "unit.create",
      "unit",
      "12",
      null,
      "{\"name\":\"杭州市数据局\"}",
      ChainLink.GENESIS
    };
    f[index] = value;
    return new ChainLink(
        (String) f[0],
        (Long) f[1],
        (Instant) f[2],
        (String) f[3],
        (String) f[4],
        (String) f[5],
        (String) f[6],
        (String) f[7],
        (String) f[8],
        (String) f[9]);
  }

  @Test
  @DisplayName("Art. 20: a change of any one field changes the hash")
  void art20_everyFieldCounts() {
    List<Object> changed =
        Arrays.asList(
            "ningbo",
            2L,
            AT.plusNanos(1000),
            "someone.else",
            "unit.update",
            "system",
            "13",
            "{}",
            "{\"name\":\"杭州市数据局 \"}",
            "1" + ChainLink.GENESIS.substring(1));
    Set<String> hashes = new HashSet<>(List.of(link().hash()));
    for (int i = 0; i < changed.size(); i++) {
      hashes.add(with(i, changed.get(i)).hash());
    }
    assertEquals(changed.size() + 1, hashes.size());
  }

  @Test
  @DisplayName("Art. 20: an absent field and an empty one, or a moved boundary, hash apart")
  void art20_noTwoRecordsShareAForm() {
    ChainLink absent = link();
    ChainLink empty =
        new ChainLink(
            "hangzhou",
            1,
            AT,
            "hangzhou.admin",
            "unit.create",
            "unit",
            "12",
            "",
            absent.afterState(),
            ChainLink.GENESIS);
    assertNotEquals(absent.hash(), empty.hash());
    ChainLink split =
        new ChainLink("hangzhou", 1, AT, "a", "bc", "unit", "12", null, null, ChainLink.GENESIS);
    ChainLink moved =
        new ChainLink("hangzhou", 1, AT, "ab", "c", "unit", "12", null, null, ChainLink.GENESIS);
    assertNotEquals(split.hash(), moved.hash());
  }

  @Test
  @DisplayName("Art. 18: time counts to the microsecond, as the database keeps it")
  void art18_timeInMicroseconds() {
    assertEquals(1_796_650_316_123_456L, ChainLink.micros(AT));
    assertEquals(ChainLink.micros(AT), ChainLink.micros(AT.plusNanos(999)));
  }
}
