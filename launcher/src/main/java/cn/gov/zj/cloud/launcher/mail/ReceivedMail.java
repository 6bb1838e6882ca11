package cn.gov.zj.cloud.launcher.mail;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One message the SMTP sink accepted.
 *
 * @param id sorts by arrival; names the {@code .eml} file and the reader's {@code /messages/<id>}
 * @param from the envelope sender ({@code MAIL FROM}); empty for the null sender {@code <>}
 * @param to the envelope recipients ({@code RCPT TO}), Bcc included, in the order given
 * @param subject the {@code Subject} header with RFC 2047 encoded-words decoded; empty if none
 * @param file the raw message as received (after dot-unstuffing)
 */
public record ReceivedMail(
    String id, String from, List<String> to, Instant receivedAt, String subject, Path file) {

  public ReceivedMail {
    to = List.copyOf(to);
  }

  /** Whether {@code address} is one of the envelope recipients, ignoring case. */
  public boolean sentTo(String address) {
    String wanted = address.strip().toLowerCase(Locale.ROOT);
    return to.stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).equals(wanted));
  }
}
