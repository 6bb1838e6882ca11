package cn.gov.zj.cloud.launcher.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client portal-private will use: Jakarta Mail (Angus), built into Payara Micro. In the
 * launcher's tests it comes with keycloak-admin-client (resteasy-multipart-provider).
 */
class JakartaMailTest {

  @RegisterExtension final RunningMailServer server = new RunningMailServer();

  @Test
  @DisplayName("Art. 8–12: a notification sent with Jakarta Mail arrives with To and Bcc")
  void acceptsWhatJakartaMailSends() throws MessagingException, IOException {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", "localhost");
    properties.put("mail.smtp.port", Integer.toString(server.smtpPort()));
    MimeMessage message = new MimeMessage(Session.getInstance(properties));
    message.setFrom(new InternetAddress("noreply@zjzwy.gov.cn", "浙江政务云", "UTF-8"));
    message.setRecipients(Message.RecipientType.TO, "hangzhou.unit-applicant@hz.example");
    message.setRecipients(Message.RecipientType.BCC, "hangzhou.reviewer@hz.example");
    message.setSubject("审核期限：还剩 2 个工作日 (Art. 10)", "UTF-8");
    message.setText("您的申请 ZJ-2025-0001 将于 2 个工作日后到期。\r\n.\r\n", "UTF-8");
    Transport.send(message);

    ReceivedMail mail = server.mailbox().newestFirst().get(0);
    assertEquals("审核期限：还剩 2 个工作日 (Art. 10)", mail.subject());
    assertEquals("noreply@zjzwy.gov.cn", mail.from());
    assertEquals(
        List.of("hangzhou.unit-applicant@hz.example", "hangzhou.reviewer@hz.example"), mail.to());
    String raw = Files.readString(mail.file());
    assertTrue(raw.contains("Subject: =?UTF-8?"), raw);
    assertTrue(!raw.contains("Bcc:"), raw);
  }
}
