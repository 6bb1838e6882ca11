package cn.gov.zj.cloud.launcher.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One message GreenMail accepted over SMTP.
 *
 * @param id sorts by arrival; names the {@code .eml} file and the reader's {@code /messages/<id>}
 * @param from the envelope sender ({@code MAIL FROM})
 * @param to the envelope recipients ({@code RCPT TO}), Bcc included, sorted
 * @param message the message as GreenMail parsed it (Jakarta Mail decodes its headers and body)
 * @param file the raw message as received
 */
public record ReceivedMail(
    String id, String from, List<String> to, Instant receivedAt, MimeMessage message, Path file) {

  public ReceivedMail {
    to = List.copyOf(to);
  }

  /** The {@code Subject} with RFC 2047 encoded-words decoded; empty when there is none. */
  public String subject() {
    try {
      String subject = message.getSubject();
      return subject == null ? "" : subject;
    } catch (MessagingException unreadable) {
      return "";
    }
  }

  /** The message as received: its headers (GreenMail's {@code Received} first) and body. */
  public byte[] raw() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      message.writeTo(out);
    } catch (IOException | MessagingException e) {
      throw new UncheckedIOException(new IOException("cannot write message " + id, e));
    }
    return out.toByteArray();
  }

  /** Whether {@code address} is one of the envelope recipients, ignoring case. */
  public boolean sentTo(String address) {
    String wanted = address.strip().toLowerCase(Locale.ROOT);
    return to.stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).equals(wanted));
  }
}
