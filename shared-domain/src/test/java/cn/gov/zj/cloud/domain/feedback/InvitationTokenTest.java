package cn.gov.zj.cloud.domain.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class InvitationTokenTest {

  private final SecureRandom random = new SecureRandom();

  @Test
  void art23_aNewTokenParsesBackAndHashesToSixtyFourHexDigits() {
    InvitationToken token = InvitationToken.next(random);
    assertEquals(token, InvitationToken.parse(" " + token.value() + " ").orElseThrow());
    assertTrue(token.hash().matches("[0-9a-f]{64}"));
    assertNotEquals(token.hash(), InvitationToken.next(random).hash());
  }

  @Test
  void art23_theHashIsSha256OfTheTokenText() {
    InvitationToken token = new InvitationToken("A".repeat(43));
    assertEquals("0f007385b6f9d4b7eeb2748605afe1a984a0a3bfa3f014d09e2a784ce9e5cd1a", token.hash());
  }

  @Test
  void art23_anythingElseIsNoToken() {
    assertFalse(InvitationToken.parse(null).isPresent());
    assertFalse(InvitationToken.parse("short").isPresent());
    assertFalse(InvitationToken.parse("A".repeat(42) + "=").isPresent());
    assertFalse(InvitationToken.parse("A".repeat(44)).isPresent());
  }

  @Test
  void art23_theTokenNeverAppearsInLogs() {
    InvitationToken token = InvitationToken.next(random);
    assertFalse(token.toString().contains(token.value()));
  }
}
