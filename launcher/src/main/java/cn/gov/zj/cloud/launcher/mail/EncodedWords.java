package cn.gov.zj.cloud.launcher.mail;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes RFC 2047 encoded-words ({@code =?UTF-8?B?...?=}, {@code =?GB18030?Q?...?=}) in a header
 * value. Adjacent words in one charset are joined as bytes before decoding, since an encoder may
 * split a Chinese character between two words; the white space between them goes (RFC 2047 6.2). A
 * word in an unknown charset stays as it is.
 */
final class EncodedWords {

  private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?=");

  private EncodedWords() {}

  static String decode(String value) {
    Matcher word = WORD.matcher(value);
    StringBuilder out = new StringBuilder();
    Pending pending = new Pending(out);
    int end = 0;
    while (word.find()) {
      String gap = value.substring(end, word.start());
      if (!pending.active() || !gap.isBlank()) {
        pending.flush();
        out.append(gap);
      }
      Charset charset = charset(word.group(1));
      byte[] bytes = charset == null ? null : bytes(word.group(2), word.group(3));
      if (bytes == null) {
        pending.flush();
        out.append(word.group());
      } else {
        pending.add(charset, bytes);
      }
      end = word.end();
    }
    pending.flush();
    return out.append(value.substring(end)).toString();
  }

  /** The charset of a word; RFC 2231 may add a language after {@code *}. */
  private static Charset charset(String name) {
    int language = name.indexOf('*');
    try {
      return Charset.forName(language < 0 ? name : name.substring(0, language));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /** The word's bytes; null when its B text is no Base64. */
  private static byte[] bytes(String encoding, String text) {
    if (!encoding.equalsIgnoreCase("B")) {
      return quotedPrintable(text);
    }
    try {
      return Base64.getMimeDecoder().decode(text);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  /** The Q encoding: {@code _} is a space, {@code =XX} a byte, anything else itself. */
  private static byte[] quotedPrintable(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '_') {
        out.write(' ');
      } else if (c == '=' && i + 2 < text.length() && isHex(text, i + 1) && isHex(text, i + 2)) {
        out.write(HexFormat.fromHexDigits(text, i + 1, i + 3));
        i += 2;
      } else {
        out.writeBytes(String.valueOf(c).getBytes(US_ASCII));
      }
    }
    return out.toByteArray();
  }

  private static boolean isHex(String text, int index) {
    return HexFormat.isHexDigit(text.charAt(index));
  }

  /** The bytes of adjacent words in one charset, not yet decoded. */
  private static final class Pending {
    private final StringBuilder out;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Charset charset;

    Pending(StringBuilder out) {
      this.out = out;
    }

    boolean active() {
      return charset != null;
    }

    void add(Charset wordCharset, byte[] wordBytes) {
      if (!wordCharset.equals(charset)) {
        flush();
        charset = wordCharset;
      }
      bytes.writeBytes(wordBytes);
    }

    void flush() {
      if (charset != null) {
        out.append(new String(bytes.toByteArray(), charset));
      }
      bytes.reset();
      charset = null;
    }
  }
}
