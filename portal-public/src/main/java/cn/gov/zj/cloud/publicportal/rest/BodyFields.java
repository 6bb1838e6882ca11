package cn.gov.zj.cloud.publicportal.rest;

import static cn.gov.zj.cloud.publicportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.JsonShape;
import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Art. 23: a public JSON body, read with a size limit ({@value #MAX_BYTES} bytes): a JSON object
 * whose fields are all known and of the right type; every fault is named, nothing is guessed. Art.
 * 25: nesting, duplicate keys and text lengths are checked before parsing ({@link JsonShape}), and
 * no text carries a control character (NUL, which PostgreSQL refuses, included).
 */
public final class BodyFields {

  public static final int MAX_BYTES = 16 * 1024;

  private final JsonObject object;
  private final Violations violations;

  private BodyFields(JsonObject object, Violations violations) {
    this.object = object;
    this.violations = violations;
  }

  public static BodyFields read(InputStream body, Set<String> fields, Violations violations) {
    String text = text(body, violations);
    JsonObject object = JsonValue.EMPTY_JSON_OBJECT;
    Optional<FieldError> shape = JsonShape.fault(text);
    shape.ifPresent(
        fault ->
            violations.addOnce(fault.field(), fault.messageKey(), fault.arguments().toArray()));
    if (text != null && shape.isEmpty()) {
      try (var reader = JSON.createReader(new StringReader(text))) {
        object = reader.readObject();
      } catch (JsonException | IllegalStateException e) {
        violations.addOnce("body", "validation.malformedJson");
      }
    }
    object.keySet().stream()
        .filter(name -> !fields.contains(name))
        .forEach(name -> violations.addOnce(name, "validation.unknownField"));
    return new BodyFields(object, violations);
  }

  /** The text of a field; null when absent or null, with a violation when not a text. */
  public String text(String field) {
    JsonValue value = object.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString text && Texts.hasControl(text.getString(), true)) {
      violations.addOnce(field, Texts.CONTROL);
      return null;
    }
    if (value instanceof JsonString text) {
      return text.getString();
    }
    violations.addOnce(field, "validation.notAText");
    return null;
  }

  /** A whole number; null when absent or null, with a violation when not one. */
  public Long number(String field) {
    JsonValue value = object.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonNumber number && number.isIntegral()) {
      try {
        return number.longValueExact();
      } catch (ArithmeticException e) {
        violations.addOnce(field, "validation.notANumber");
        return null;
      }
    }
    violations.addOnce(field, "validation.notANumber");
    return null;
  }

  /** A whole number in the int range, as {@link #number(String)}. */
  public Integer integer(String field) {
    Long value = number(field);
    if (value != null && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
      violations.addOnce(field, "validation.notANumber");
      return null;
    }
    return value == null ? null : value.intValue();
  }

  /** A list of texts; null when absent or null, with a violation when not one. */
  public List<String> texts(String field) {
    JsonValue value = object.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonArray array
        && array.stream()
            .allMatch(
                item ->
                    item instanceof JsonString text
                        && !Texts.hasControl(text.getString(), false))) {
      return array.stream().map(item -> ((JsonString) item).getString()).toList();
    }
    violations.addOnce(field, "validation.notAnArray");
    return null;
  }

  private static String text(InputStream body, Violations violations) {
    try {
      byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        violations.addOnce("body", "validation.tooLarge", MAX_BYTES);
        return null;
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
