package cn.gov.zj.cloud.privateportal.usage.rest;

import cn.gov.zj.cloud.domain.usage.DailySample;
import cn.gov.zj.cloud.domain.usage.SampleDraft;
import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.domain.validation.JsonShape;
import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.sheet.SheetReader;
import cn.gov.zj.cloud.privateportal.usage.UsageIntake;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Art. 15: a usage batch as received: JSON {@code {"samples": [...]}} (rows named {@code
 * samples[i]}) or CSV with a header row of the same columns (rows named {@code rows[n]}, n the
 * record's number in the file). A body above {@link #MAX_BYTES} or with more than {@link
 * UsageIntake#MAX_SAMPLES} samples is 413.
 */
final class UsageInput {

  /** Room for the largest batch in either form. */
  static final int MAX_BYTES = 8 * 1024 * 1024;

  private UsageInput() {}

  /** A parsed batch and how its {@code i}-th row is named in errors (built only for an error). */
  record Batch(List<SampleDraft> drafts, IntFunction<String> rowName) {}

  static String text(InputStream body, String unreadable) {
    try {
      byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw tooLarge();
      }
      return Texts.utf8(bytes).orElseThrow(() -> invalid("body", unreadable));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Batch json(String body) {
    JsonShape.fault(body)
        .ifPresent(
            fault -> {
              throw new InvalidInputException(List.of(fault));
            });
    JsonObject object;
    try (var reader = Json.createReader(new StringReader(body))) {
      object = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw invalid("body", "validation.malformedJson");
    }
    Violations violations = new Violations();
    object.keySet().stream()
        .filter(key -> !key.equals("samples"))
        .sorted()
        .forEach(key -> violations.add(key, "validation.unknownField"));
    JsonValue samples = object.get("samples");
    if (!(samples instanceof JsonArray array)) {
      violations.add("samples", samples == null ? "validation.required" : "validation.notAnArray");
      violations.throwIfAny();
      return null;
    }
    limit(array.size());
    List<SampleDraft> drafts = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      drafts.add(draft(array.get(i), jsonRow(i), violations));
    }
    violations.throwIfAny();
    return new Batch(drafts, UsageInput::jsonRow);
  }

  private static String jsonRow(int index) {
    return "samples[" + index + "]";
  }

  private static SampleDraft draft(JsonValue value, String row, Violations violations) {
    Map<String, String> values = new HashMap<>();
    if (!(value instanceof JsonObject object)) {
      violations.add(row, "validation.notAnObject");
      return SampleDraft.of(values);
    }
    for (Map.Entry<String, JsonValue> field : object.entrySet()) {
      if (!DailySample.COLUMNS.contains(field.getKey())) {
        violations.add(row + "." + field.getKey(), "validation.unknownField");
      } else {
        text(field.getValue()).ifPresent(text -> values.put(field.getKey(), text));
      }
    }
    return SampleDraft.of(values);
  }

  /** A number or a text as text (the domain checks it); anything else as missing. */
  private static Optional<String> text(JsonValue value) {
    if (value instanceof JsonNumber number) {
      return Optional.of(number.toString());
    }
    if (value instanceof JsonString string) {
      return Optional.of(string.getString());
    }
    return Optional.empty();
  }

  static Batch csv(String body) {
    List<SheetReader.Row> rows = SheetReader.csvRows(body, UsageIntake.MAX_SAMPLES + 2);
    Violations violations = new Violations();
    if (rows.isEmpty() || !DailySample.COLUMNS.equals(header(rows.get(0)))) {
      String expected = String.join(",", DailySample.COLUMNS);
      throw invalid("rows[1]", "usage.sample.header", expected);
    }
    limit(rows.size() - 1);
    int columns = DailySample.COLUMNS.size();
    List<SampleDraft> drafts = new ArrayList<>(rows.size());
    int[] numbers = new int[rows.size() - 1];
    for (SheetReader.Row row : rows.subList(1, rows.size())) {
      numbers[drafts.size()] = row.number();
      if (row.cells().size() != columns) {
        violations.add("rows[" + row.number() + "]", "usage.sample.columns", columns);
      }
      String[] cells = new String[columns];
      for (int c = 0; c < columns; c++) {
        cells[c] = row.cell(c);
      }
      drafts.add(new SampleDraft(Arrays.asList(cells)));
    }
    violations.throwIfAny();
    return new Batch(drafts, i -> "rows[" + numbers[i] + "]");
  }

  private static List<String> header(SheetReader.Row row) {
    return row.cells().stream().map(cell -> cell == null ? "" : cell).toList();
  }

  private static void limit(int samples) {
    if (samples > UsageIntake.MAX_SAMPLES) {
      throw tooLarge();
    }
  }

  private static WebApplicationException tooLarge() {
    return new WebApplicationException(
        "at most " + UsageIntake.MAX_SAMPLES + " samples and " + MAX_BYTES + " bytes per batch",
        413);
  }

  private static InvalidInputException invalid(String field, String key, Object... arguments) {
    return new InvalidInputException(List.of(FieldError.of(field, key, arguments)));
  }
}
