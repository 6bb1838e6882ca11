package cn.gov.zj.cloud.privateportal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Art. 8–12: the SMTP server notifications are mailed through ({@code ZJ_SMTP_HOST}, {@code
 * ZJ_SMTP_PORT}, {@code ZJ_MAIL_FROM}, optionally {@code ZJ_SMTP_USER}, {@code ZJ_SMTP_PASSWORD},
 * {@code ZJ_SMTP_STARTTLS}). Without a host no mail is sent: notifications stay in the portal.
 */
@ApplicationScoped
public class MailSettings {

  @Inject
  @ConfigProperty(name = "ZJ_SMTP_HOST", defaultValue = " ")
  String host;

  @Inject
  @ConfigProperty(name = "ZJ_SMTP_PORT", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "ZJ_MAIL_FROM", defaultValue = "noreply@zjzwy.gov.cn")
  String from;

  @Inject
  @ConfigProperty(name = "ZJ_SMTP_USER", defaultValue = " ")
  String user;

  @Inject
  @ConfigProperty(name = "ZJ_SMTP_PASSWORD", defaultValue = " ")
  String password;

  @Inject
  @ConfigProperty(name = "ZJ_SMTP_STARTTLS", defaultValue = "false")
  boolean startTls;

  public boolean enabled() {
    return host != null && !host.isBlank();
  }

  public String from() {
    return from.strip();
  }

  /** A mail session for the configured server, with bounded timeouts. */
  public Session session() {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host.strip());
    properties.put("mail.smtp.port", Integer.toString(port));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "10000");
    properties.put("mail.smtp.writetimeout", "10000");
    properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
    properties.put("mail.smtp.starttls.required", Boolean.toString(startTls));
    if (user.isBlank()) {
      return Session.getInstance(properties);
    }
    properties.put("mail.smtp.auth", "true");
    return Session.getInstance(
        properties,
        new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(user.strip(), password);
          }
        });
  }
}
