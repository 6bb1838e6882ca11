package cn.gov.zj.cloud.privateportal.rest;

import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.domain.validation.JsonShape;
import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a JSON body field by field, so that a value of the wrong type is named like any other
 * invalid field instead of failing the whole body.
 */
public final class JsonInput {

  private final JsonObject object;
  private final Violations violations;
  private final String prefix;

  private JsonInput(JsonObject object, Violations violations, String prefix) {
    this.object = object;
    this.violations = violations;
    this.prefix = prefix;
  }

  /**
   * Parses the body; anything but a JSON object is an invalid {@code body}, thrown at once, and so
   * is a body nested too deep, with a key given twice, or with an over-long text ({@link
   * JsonShape}, Art. 25: checked before the parser recurses).
   */
  public static JsonInput parse(String body, Set<String> fields, Violations violations) {
    JsonShape.fault(body)
        .ifPresent(
            fault -> {
              throw new InvalidInputException(List.of(fault));
            });
    JsonObject object;
    try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
      object = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new InvalidInputException(List.of(FieldError.of("body", "validation.malformedJson")));
    }
    JsonInput input = new JsonInput(object, violations, "");
    input.refuseUnknown(fields);
    return input;
  }

  private void refuseUnknown(Set<String> fields) {
    object.keySet().stream()
        .filter(key -> !fields.contains(key))
        .sorted()
        .forEach(key -> violations.add(prefix + key, "validation.unknownField"));
  }

  /**
   * An array of objects, each read with faults named {@code field[i].name}; null when absent, a
   * fault when not an array of objects.
   */
  public List<JsonInput> objects(String field, Set<String> fields) {
    JsonValue value = value(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof jakarta.json.JsonArray array)) {
      violations.addOnce(prefix + field, "validation.notAnArray");
      return List.of();
    }
    List<JsonInput> items = new java.util.ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String path = prefix + field + "[" + i + "].";
      if (array.get(i) instanceof JsonObject item) {
        JsonInput child = new JsonInput(item, violations, path);
        child.refuseUnknown(fields);
        items.add(child);
      } else {
        violations.addOnce(prefix + field + "[" + i + "]", "validation.notAnObject");
      }
    }
    return items;
  }

  /** A nested object read with faults named {@code field.name}; null when absent. */
  public JsonInput object(String field, Set<String> fields) {
    JsonValue value = value(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonObject nested)) {
      violations.addOnce(prefix + field, "validation.notAnObject");
      return null;
    }
    JsonInput child = new JsonInput(nested, violations, prefix + field + ".");
    child.refuseUnknown(fields);
    return child;
  }

  private JsonValue value(String field) {
    JsonValue value = object.get(field);
    return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
  }

  public String text(String field) {
    JsonValue value = value(field);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonString text && Texts.hasControl(text.getString(), true)) {
      violations.addOnce(prefix + field, Texts.CONTROL);
      return null;
    }
    if (value instanceof JsonString text) {
      return text.getString();
    }
    violations.addOnce(prefix + field, "validation.notAText");
    return null;
  }

  public Integer integer(String field) {
    JsonValue value = value(field);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonNumber number && number.isIntegral()) {
      try {
        return number.intValueExact();
      } catch (ArithmeticException e) {
        violations.addOnce(prefix + field, "validation.notANumber");
        return null;
      }
    }
    violations.addOnce(prefix + field, "validation.notANumber");
    return null;
  }

  public Long id(String field) {
    JsonValue value = value(field);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonNumber number && number.isIntegral()) {
      try {
        return number.longValueExact();
      } catch (ArithmeticException e) {
        violations.addOnce(prefix + field, "validation.notANumber");
        return null;
      }
    }
    violations.addOnce(prefix + field, "validation.notANumber");
    return null;
  }

  public Boolean bool(String field) {
    JsonValue value = value(field);
    if (value == null) {
      return null;
    }
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    violations.addOnce(prefix + field, "validation.notABoolean");
    return null;
  }

  public LocalDate date(String field) {
    String text = text(field);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      violations.addOnce(prefix + field, "validation.notADate");
      return null;
    }
  }

  /** An object of whole numbers, e.g. {@code {"ACCEPTANCE": 2}}; faults named {@code field.key}. */
  public java.util.Map<String, Integer> integers(String field) {
    JsonValue value = value(field);
    if (value == null) {
      return java.util.Map.of();
    }
    if (!(value instanceof JsonObject entries)) {
      violations.addOnce(prefix + field, "validation.notAnObject");
      return java.util.Map.of();
    }
    java.util.Map<String, Integer> numbers = new java.util.LinkedHashMap<>();
    entries.forEach(
        (key, entry) -> {
          if (entry instanceof JsonNumber number
              && number.isIntegral()
              && number.bigIntegerValue().bitLength() < Integer.SIZE) {
            numbers.put(key, number.intValue());
          } else {
            violations.addOnce(prefix + field + "." + key, "validation.notANumber");
          }
        });
    return numbers;
  }

  public java.time.Instant instant(String field) {
    String text = text(field);
    if (text == null) {
      return null;
    }
    try {
      return java.time.OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      violations.addOnce(prefix + field, "validation.notAnInstant");
      return null;
    }
  }

  public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    String text = text(field);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      String allowed =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      violations.addOnce(prefix + field, "validation.unknownValue", allowed);
      return null;
    }
  }

  /** An array of texts; null when absent, a fault when not an array of texts. */
  public List<String> texts(String field) {
    JsonValue value = value(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof jakarta.json.JsonArray array)
        || !array.stream().allMatch(JsonString.class::isInstance)) {
      violations.addOnce(prefix + field, "validation.notAnArray");
      return List.of();
    }
    List<String> texts =
        array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    if (texts.stream().anyMatch(text -> Texts.hasControl(text, false))) {
      violations.addOnce(prefix + field, Texts.CONTROL);
      return List.of();
    }
    return texts;
  }

  /** The one text field of a JSON body; 400 naming it (or an unknown one) otherwise. */
  public static String onlyText(String body, String field) {
    Violations violations = new Violations();
    String text = parse(body, Set.of(field), violations).text(field);
    violations.throwIfAny();
    return text;
  }

  /** The most digits a decimal's plain text is written out with; prices need eleven. */
  private static final int PLAIN_DIGITS = 40;

  /**
   * Art. 21: a decimal as given, a JSON number or a string, read exactly (never through a float);
   * null when absent. A number with a large exponent ({@code 1e999999999}) keeps its short
   * scientific form, which the caller's check names, rather than a plain text of a billion digits.
   */
  public String decimal(String field) {
    if (!(value(field) instanceof JsonNumber number)) {
      return text(field);
    }
    BigDecimal exact = number.bigDecimalValue();
    return Math.abs(exact.scale()) <= PLAIN_DIGITS && exact.precision() <= PLAIN_DIGITS
        ? exact.toPlainString()
        : exact.toString();
  }
}
