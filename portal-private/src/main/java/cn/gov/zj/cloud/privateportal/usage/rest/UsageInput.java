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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  /** A parsed batch and how its rows are named in errors. */
  record Batch(List<SampleDraft> drafts, List<String> rowNames) {}

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
    List<String> names = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      String row = "samples[" + i + "]";
      names.add(row);
      drafts.add(draft(array.get(i), row, violations));
    }
    violations.throwIfAny();
    return new Batch(drafts, names);
  }

  private static SampleDraft draft(JsonValue value, String row, Violations violations) {
    Map<String, String> values = new HashMap<>();
    if (!(value instanceof JsonObject object)) {
      violations.add(row, "validation.notAnObject");
      return new SampleDraft(values);
    }
    for (Map.Entry<String, JsonValue> field : object.entrySet()) {
      if (!DailySample.COLUMNS.contains(field.getKey())) {
        violations.add(row + "." + field.getKey(), "validation.unknownField");
      } else {
        text(field.getValue()).ifPresent(text -> values.put(field.getKey(), text));
      }
    }
    return new SampleDraft(values);
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
    List<SampleDraft> drafts = new ArrayList<>(rows.size());
    List<String> names = new ArrayList<>(rows.size());
    for (SheetReader.Row row : rows.subList(1, rows.size())) {
      String name = "rows[" + row.number() + "]";
      if (row.cells().size() != DailySample.COLUMNS.size()) {
        violations.add(name, "usage.sample.columns", DailySample.COLUMNS.size());
      }
      Map<String, String> values = new HashMap<>();
      for (int c = 0; c < DailySample.COLUMNS.size(); c++) {
        String cell = row.cell(c);
        if (cell != null) {
          values.put(DailySample.COLUMNS.get(c), cell);
        }
      }
      drafts.add(new SampleDraft(values));
      names.add(name);
    }
    violations.throwIfAny();
    return new Batch(drafts, names);
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
