package cn.gov.zj.cloud.domain.interconnect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ZoneKeyTest {

  @Test
  void art24_aMacChecksOnlyWithTheSameKeyAndTheSameText() {
    String base64 = ZoneKey.generate();
    ZoneKey key = ZoneKey.of(base64);
    String mac = key.sign("id=1\n");
    assertTrue(ZoneKey.of(base64).verifies("id=1\n", mac));
    assertFalse(key.verifies("id=2\n", mac));
    assertFalse(ZoneKey.of(ZoneKey.generate()).verifies("id=1\n", mac));
    assertFalse(key.verifies("id=1\n", "not base64!"));
  }

  @Test
  void art24_aKeyIsThirtyTwoBytesAndNeverPrinted() {
    String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
    assertThrows(IllegalStateException.class, () -> ZoneKey.of(shortKey));
    assertThrows(IllegalStateException.class, () -> ZoneKey.of("***"));
    String base64 = ZoneKey.generate();
    assertFalse(ZoneKey.of(base64).toString().contains(base64));
  }

  @Test
  void art24_inDemoModeWithoutAConfiguredKeyAZoneUsesOneOfItsOwnThatNoPeerShares() {
    String base64 = ZoneKey.generate();
    String mac = ZoneKey.configured(base64, "ZJ_ZONE_SIGNING_KEY", false).sign("id=1\n");
    assertTrue(ZoneKey.of(base64).verifies("id=1\n", mac));
    assertFalse(ZoneKey.configured(" ", "ZJ_PEER_VERIFY_KEY", true).verifies("id=1\n", mac));
    assertFalse(ZoneKey.configured(null, "ZJ_PEER_VERIFY_KEY", true).verifies("id=1\n", mac));
  }

  @Test
  @DisplayName(
      "Art. 24, silent development secret: outside demo mode a missing zone key stops the start, named")
  void art24_outsideDemoModeAMissingKeyIsRefused() {
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> ZoneKey.configured(" ", "ZJ_PEER_VERIFY_KEY", false));
    assertTrue(refused.getMessage().contains("ZJ_PEER_VERIFY_KEY"), refused.getMessage());
  }
}
