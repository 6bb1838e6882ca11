package cn.gov.zj.cloud.privateportal.notification;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NoticeMailTest {

  private static final String CHINESE = "申请 #42（社保系统）：受理，当前状态“已受理（待审批）”";
  private static final String ENGLISH =
      "Application #42 (社保系统): Accept; now \"Accepted (awaiting approval)\"";
  private static final String LINK = "https://zjzwy.example/t/huzhou/application?id=42";

  @Test
  @DisplayName(
      "Art. 8–12: the mail carries the step, the deadline (Beijing date), the opinion and the link, in Chinese then English")
  void carriesStepDeadlineOpinionLink() {
    NoticeMail mail =
        new NoticeMail(CHINESE, ENGLISH, "APPROVAL", LocalDate.of(2026, 12, 9), "材料齐全", LINK);
    String body = mail.body();
    assertTrue(body.contains("申请 #42（社保系统）"), body);
    assertTrue(body.contains("当前环节："), body);
    assertTrue(body.contains("办理期限：2026-12-09 24:00 前（北京时间）"), body);
    assertTrue(body.contains("意见：材料齐全"), body);
    assertTrue(body.contains("在门户中查看：" + LINK), body);
    assertTrue(body.contains("Deadline: 2026-12-09, 24:00 Beijing time"), body);
    assertTrue(body.contains("Open it in the portal: " + LINK), body);
    assertTrue(body.indexOf("办理期限") < body.indexOf("Deadline"), "Chinese first");
    assertTrue(mail.subject().startsWith("【浙江政务云】申请 #42"), mail.subject());
    assertFalse(body.matches("(?s).*\\d{4}-\\d\\d-\\d\\dT\\d\\d:.*"), body);
  }

  @Test
  @DisplayName("Art. 8–12: lines without a value are left out; the link is always there")
  void leavesOutWhatIsMissing() {
    String body = new NoticeMail(CHINESE, ENGLISH, null, null, " ", LINK).body();
    assertFalse(body.contains("当前环节"), body);
    assertFalse(body.contains("办理期限"), body);
    assertFalse(body.contains("意见："), body);
    assertTrue(body.contains(LINK), body);
  }
}
