package cn.gov.zj.cloud.privateportal.application;

import cn.gov.zj.cloud.domain.application.ResourceDraft;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.List;

/** Resource lines in the REST contract's JSON form, as stored with the application. */
public final class ResourceJson {

  private ResourceJson() {}

  static String write(List<ResourceDraft> lines) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (ResourceDraft line : lines) {
      JsonObjectBuilder json = Json.createObjectBuilder();
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

  public static JsonArray read(String stored) {
    try (var reader = Json.createReader(new StringReader(stored))) {
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
