package cn.gov.zj.cloud.launcher.mail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The reader's HTML list, the newest message first. Every value from a message is escaped. */
final class MailPage {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  private MailPage() {}

  static String of(List<ReceivedMail> messages, int smtpPort) {
    StringBuilder page = new StringBuilder();
    page.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">")
        .append("<title>开发邮件 Development mail</title><style>")
        .append("body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}")
        .append("th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left}</style></head>")
        .append("<body><h1>开发邮件 Development mail</h1>")
        .append("<p>SMTP localhost:")
        .append(smtpPort)
        .append(" · ")
        .append(messages.size())
        .append(" 封 messages · nothing is delivered 不投递</p>\n")
        .append("<table><thead><tr><th>收到 Received</th><th>发件人 From</th>")
        .append("<th>收件人 To</th><th>主题 Subject</th></tr></thead><tbody>\n");
    messages.forEach(mail -> row(page, mail));
    return page.append("</tbody></table></body></html>\n").toString();
  }

  private static void row(StringBuilder page, ReceivedMail mail) {
    String subject = mail.subject().isBlank() ? "(无主题 no subject)" : mail.subject();
    page.append("<tr><td>")
        .append(TIME.format(mail.receivedAt().atZone(ZoneId.systemDefault())))
        .append("</td><td>")
        .append(escape(mail.from()))
        .append("</td><td>")
        .append(escape(String.join(", ", mail.to())))
        .append("</td><td><a href=\"/messages/")
        .append(escape(mail.id()))
        .append("\">")
        .append(escape(subject))
        .append("</a></td></tr>\n");
  }

  /** Text for HTML content and quoted attribute values. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
