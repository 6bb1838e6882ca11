package cn.gov.zj.cloud.launcher.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * The message after {@code DATA}, up to the line with a single dot: dot-unstuffed (RFC 5321 4.5.2),
 * lines ending in CRLF. The data is always read to its end, so that the session stays in step with
 * the client even when the message is refused.
 */
final class MessageData {

  /** RFC 5321 4.5.3.1.6: a text line holds at most 1000 octets with its CRLF. */
  static final int TEXT_LINE_LIMIT = 998;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private String refusal;

  private MessageData() {}

  /** Reads to the terminating dot; empty when the client went away before it. */
  static Optional<MessageData> read(LineInput in, long maxBytes) throws IOException {
    MessageData data = new MessageData();
    for (LineInput.Line line = in.read(TEXT_LINE_LIMIT); ; line = in.read(TEXT_LINE_LIMIT)) {
      if (line == null) {
        return Optional.empty();
      }
      if (line.endsData()) {
        return Optional.of(data);
      }
      data.append(line, maxBytes);
    }
  }

  private void append(LineInput.Line line, long maxBytes) {
    byte[] text = line.bytes();
    int start = text.length > 0 && text[0] == '.' ? 1 : 0;
    if (line.tooLong()) {
      refuse("552 5.3.4 Line too long: more than 1000 octets with CRLF (RFC 5321 4.5.3.1.6)");
    } else if (bytes.size() + (text.length - start) + 2L > maxBytes) {
      refuse("552 5.3.4 Message too big: more than " + maxBytes + " octets");
    }
    if (refusal == null) {
      bytes.write(text, start, text.length - start);
      bytes.write('\r');
      bytes.write('\n');
    }
  }

  private void refuse(String reply) {
    if (refusal == null) {
      refusal = reply;
      bytes.reset();
    }
  }

  /** The reply that refuses the message, when a limit was passed. */
  Optional<String> refusal() {
    return Optional.ofNullable(refusal);
  }

  byte[] bytes() {
    return bytes.toByteArray();
  }
}
