package cn.gov.zj.cloud.domain.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Art. 25 (hostile input): the shape of a JSON body, checked in one flat pass before any parser
 * builds it (parsers build nested values recursively, and a body nested a few thousand levels deep
 * once ended in a 500): nesting deeper than {@value #MAX_DEPTH} levels, a key given twice in one
 * object (which value counts would be the parser's guess), and texts longer than {@value #MAX_TEXT}
 * characters are faults naming the body or the field. Syntax is left to the parser.
 */
public final class JsonShape {

  /** The deepest nesting of objects and arrays any body of the portals needs, with room. */
  public static final int MAX_DEPTH = 32;

  /** The longest text of any field; the domain's own limits are lower. */
  public static final int MAX_TEXT = 65_536;

  private JsonShape() {}

  private static final class Frame {
    final boolean object;
    final String name;
    final Set<String> keys = new HashSet<>();
    int index;
    boolean expectKey;
    String key;

    Frame(boolean object, String name) {
      this.object = object;
      this.name = name;
      this.expectKey = object;
    }

    String child() {
      return object ? join(name, key) : name + "[" + index + "]";
    }
  }

  /** The first fault of the body's shape, if any. */
  public static Optional<FieldError> fault(String json) {
    if (json == null) {
      return Optional.empty();
    }
    Deque<Frame> frames = new ArrayDeque<>();
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      Frame frame = frames.peek();
      if (c == '{' || c == '[') {
        if (frames.size() >= MAX_DEPTH) {
          return Optional.of(FieldError.of("body", "validation.tooDeep", MAX_DEPTH));
        }
        frames.push(new Frame(c == '{', frame == null ? "" : frame.child()));
      } else if (c == '}' || c == ']') {
        frames.poll();
      } else if (c == ',' && frame != null) {
        frame.expectKey = frame.object;
        frame.index++;
      } else if (c == '"') {
        StringBuilder text = new StringBuilder();
        i = string(json, i + 1, text);
        Optional<FieldError> fault = text(frame, text.toString());
        if (fault.isPresent()) {
          return fault;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<FieldError> text(Frame frame, String text) {
    boolean isKey = frame != null && frame.expectKey;
    if (isKey) {
      frame.expectKey = false;
      frame.key = text;
      if (!frame.keys.add(text)) {
        return Optional.of(FieldError.of(join(frame.name, text), "validation.duplicateField"));
      }
    }
    if (text.length() > MAX_TEXT) {
      String field = frame == null ? "body" : frame.child();
      return Optional.of(FieldError.of(field, "validation.tooLong", MAX_TEXT));
    }
    return Optional.empty();
  }

  /** Reads a string's content from {@code start} into {@code text}; the index of its end quote. */
  private static int string(String json, int start, StringBuilder text) {
    int i = start;
    while (i < json.length()) {
      char c = json.charAt(i);
      if (c == '"') {
        return i;
      }
      if (c == '\\' && i + 1 < json.length()) {
        i = escape(json, i + 1, text);
      } else {
        text.append(c);
      }
      i++;
    }
    return i;
  }

  private static int escape(String json, int at, StringBuilder text) {
    char e = json.charAt(at);
    if (e == 'u' && at + 4 < json.length()) {
      try {
        text.append((char) Integer.parseInt(json.substring(at + 1, at + 5), 16));
        return at + 4;
      } catch (NumberFormatException ignored) {
        // the parser names the malformed escape
      }
    }
    text.append(
        switch (e) {
          case 'n' -> '\n';
          case 't' -> '\t';
          case 'r' -> '\r';
          case 'b' -> '\b';
          case 'f' -> '\f';
          default -> e;
        });
    return at;
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
