package cn.gov.zj.cloud.publicportal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Art. 24: the public zone's typed audit actions keep the codes the audit trail already holds. */
class AuditActionTest {

  /** Every action string the public zone stored before the actions were typed. */
  private static final List<String> STORED =
      List.of(
          "consultation.submit",
          "interconnect.queued",
          "interconnect.acked",
          "interconnect.refused-by-peer",
          "interconnect.requeued",
          "interconnect.received",
          "interconnect.refused");

  @Test
  void art24_everyActionTheTrailHoldsIsStillOneOfTheList() {
    for (String code : STORED) {
      assertTrue(AuditAction.ofCode(code).isPresent(), code);
    }
  }

  @Test
  void art24_twoActionsNeverShareACode() {
    Set<String> codes =
        Arrays.stream(AuditAction.values()).map(AuditAction::code).collect(Collectors.toSet());
    assertEquals(AuditAction.values().length, codes.size());
  }

  @Test
  void art24_aCodeIsPlainTextThatFitsTheColumn() {
    for (AuditAction action : AuditAction.values()) {
      assertTrue(action.code().matches("[a-z]+(\\.[a-z-]+)+"), action.code());
      assertTrue(action.code().length() <= 64, action.code());
    }
  }
}
