package cn.gov.zj.cloud.launcher.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client portal-private uses: Jakarta Mail (Angus), built into Payara Micro, sending as its
 * mail outbox does (one message, the recipients by Bcc). In the launcher's tests it comes with
 * keycloak-admin-client (resteasy-multipart-provider).
 */
class JakartaMailTest {

  private static final String SUBJECT = "审核期限：还剩 2 个工作日 (Art. 10)";
  private static final String BODY = "您的申请 ZJ-2025-0001 将于 2 个工作日后到期。\r\n.\r\n";

  @RegisterExtension final RunningMailServer server = new RunningMailServer();

  @Test
  @DisplayName(
      "Art. 8–12: a notification sent with Jakarta Mail arrives once for To and Bcc, its Chinese subject and body decoded, in the reader's JSON and page")
  void readsWhatJakartaMailSends() throws Exception {
    MimeMessage message = new MimeMessage(server.session("noreply@zjzwy.gov.cn"));
    message.setFrom(new InternetAddress("noreply@zjzwy.gov.cn", "浙江政务云", "UTF-8"));
    message.setRecipients(Message.RecipientType.TO, "hangzhou.unit-applicant@hz.example");
    message.setRecipients(Message.RecipientType.BCC, "hangzhou.reviewer@hz.example");
    message.setSubject(SUBJECT, "UTF-8");
    message.setText(BODY, "UTF-8");
    Transport.send(message);

    List<ReceivedMail> received = server.mailbox().newestFirst();
    assertEquals(1, received.size());
    ReceivedMail mail = received.get(0);
    assertEquals(SUBJECT, mail.subject());
    assertEquals(BODY, mail.message().getContent());
    assertEquals("noreply@zjzwy.gov.cn", mail.from());
    assertEquals(
        List.of("hangzhou.reviewer@hz.example", "hangzhou.unit-applicant@hz.example"), mail.to());
    String raw = Files.readString(mail.file());
    assertTrue(raw.contains("Subject: =?UTF-8?"), raw);
    assertFalse(raw.contains("Bcc:"), raw);

    String json = server.request("GET", "/api/messages?to=hangzhou.reviewer%40hz.example").body();
    assertTrue(json.contains("\"subject\":\"" + SUBJECT + "\""), json);
    String page = server.request("GET", "/").body();
    assertTrue(page.contains(">" + SUBJECT + "</a>"), page);
  }
}
