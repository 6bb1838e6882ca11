package cn.gov.zj.cloud.launcher.mail;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads lines as bytes, never holding more of one line than a limit: SMTP lines end with CRLF (a
 * bare LF is taken too), and a message may carry any bytes, UTF-8 among them.
 */
final class LineInput {

  private final InputStream in;

  LineInput(InputStream in) {
    this.in = new BufferedInputStream(in);
  }

  /**
   * The next line without its line end; null when the client closed the connection, even within a
   * line. A line longer than {@code limit} bytes is read to its end, and kept only up to the limit.
   */
  Line read(int limit) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean overflow = false;
    int b;
    while ((b = in.read()) != '\n') {
      if (b == -1) {
        return null;
      }
      if (line.size() <= limit) {
        line.write(b);
      } else {
        overflow = true;
      }
    }
    byte[] bytes = line.toByteArray();
    int length =
        bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    return new Line(Arrays.copyOf(bytes, Math.min(length, limit)), overflow || length > limit);
  }

  /** One line; {@code tooLong} when it had more than the limit, which {@code bytes} then holds. */
  record Line(byte[] bytes, boolean tooLong) {

    String text() {
      return new String(bytes, UTF_8);
    }

    /** Whether the line is exactly {@code .}, the end of the message data. */
    boolean endsData() {
      return bytes.length == 1 && bytes[0] == '.' && !tooLong;
    }
  }
}
