package cn.gov.zj.cloud.privateportal.application;

import static cn.gov.zj.cloud.privateportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.domain.application.ResourceDraft;
import cn.gov.zj.cloud.domain.application.ResourceLine;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;

/** Resource lines in the REST contract's JSON form, as stored with the application. */
public final class ResourceJson {

  private ResourceJson() {}

  static String write(List<ResourceDraft> lines) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (ResourceDraft line : lines) {
      JsonObjectBuilder json = JSON.createObjectBuilder();
      text(json, "type", line.type());
      number(json, "quantity", line.quantity());
      number(json, "vcpu", line.vcpu());
      number(json, "memoryGiB", line.memoryGiB());
      number(json, "systemDiskGiB", line.systemDiskGiB());
      number(json, "dataDiskGiB", line.dataDiskGiB());
      text(json, "os", line.os());
      text(json, "engine", line.engine());
      number(json, "storageGiB", line.storageGiB());
      text(json, "kind", line.kind());
      number(json, "capacityGiB", line.capacityGiB());
      text(json, "service", line.service());
      number(json, "mbps", line.mbps());
      array.add(json);
    }
    return array.build().toString();
  }

  /** The stored lines as drafts again (they were valid when stored). */
  static List<ResourceDraft> drafts(JsonArray lines) {
    return lines.stream().map(JsonValue::asJsonObject).map(ResourceJson::draft).toList();
  }

  /** A valid line as the draft it came from. */
  static ResourceDraft draft(ResourceLine line) {
    if (line instanceof ResourceLine.CloudHost h) {
      return new ResourceDraft(
          "CLOUD_HOST",
          h.quantity(),
          h.vcpu(),
          h.memoryGiB(),
          h.systemDiskGiB(),
          h.dataDiskGiB(),
          h.os(),
          null,
          null,
          null,
          null,
          null,
          null);
    }
    if (line instanceof ResourceLine.CloudDatabase d) {
      return new ResourceDraft(
          "CLOUD_DATABASE",
          null,
          d.vcpu(),
          d.memoryGiB(),
          null,
          null,
          null,
          d.engine(),
          d.storageGiB(),
          null,
          null,
          null,
          null);
    }
    if (line instanceof ResourceLine.CloudStorage s) {
      return new ResourceDraft(
          "CLOUD_STORAGE",
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          s.kind().name(),
          s.capacityGiB(),
          null,
          null);
    }
    if (line instanceof ResourceLine.CloudSecurity c) {
      return new ResourceDraft(
          "CLOUD_SECURITY",
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          c.service().name(),
          null);
    }
    ResourceLine.Bandwidth b = (ResourceLine.Bandwidth) line;
    return new ResourceDraft(
        "BANDWIDTH", null, null, null, null, null, null, null, null, null, null, null, b.mbps());
  }

  private static ResourceDraft draft(JsonObject json) {
    return new ResourceDraft(
        json.getString("type", null),
        number(json, "quantity"),
        number(json, "vcpu"),
        number(json, "memoryGiB"),
        number(json, "systemDiskGiB"),
        number(json, "dataDiskGiB"),
        json.getString("os", null),
        json.getString("engine", null),
        number(json, "storageGiB"),
        json.getString("kind", null),
        number(json, "capacityGiB"),
        json.getString("service", null),
        number(json, "mbps"));
  }

  private static Integer number(JsonObject json, String name) {
    return json.containsKey(name) ? json.getInt(name) : null;
  }

  public static JsonArray read(String stored) {
    try (var reader = JSON.createReader(new StringReader(stored))) {
      return reader.readArray();
    }
  }

  private static void text(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value.strip());
    }
  }

  private static void number(JsonObjectBuilder json, String name, Integer value) {
    if (value != null) {
      json.add(name, value);
    }
  }
}
