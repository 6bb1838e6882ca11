package cn.gov.zj.cloud.privateportal.application.rest;

import cn.gov.zj.cloud.domain.application.ElasticRange;
import cn.gov.zj.cloud.domain.application.ResourceDraft;
import cn.gov.zj.cloud.privateportal.rest.JsonInput;
import java.util.List;
import java.util.Set;

/** Art. 7, 10, 11: resource lines and the elastic range as the REST bodies give them. */
final class ResourceInput {

  static final Set<String> LINE_FIELDS =
      Set.of(
          "type",
          "quantity",
          "vcpu",
          "memoryGiB",
          "systemDiskGiB",
          "dataDiskGiB",
          "os",
          "engine",
          "storageGiB",
          "kind",
          "capacityGiB",
          "service",
          "mbps");

  private ResourceInput() {}

  /** The {@code resources} array's lines; null when absent. */
  static List<ResourceDraft> lines(JsonInput json) {
    List<JsonInput> lines = json.objects("resources", LINE_FIELDS);
    return lines == null ? null : lines.stream().map(ResourceInput::line).toList();
  }

  /** The {@code elastic} object; null when absent. */
  static ElasticRange.Draft elastic(JsonInput json) {
    JsonInput elastic = json.object("elastic", Set.of("min", "max"));
    return elastic == null
        ? null
        : new ElasticRange.Draft(elastic.integer("min"), elastic.integer("max"));
  }

  private static ResourceDraft line(JsonInput line) {
    return new ResourceDraft(
        line.text("type"),
        line.integer("quantity"),
        line.integer("vcpu"),
        line.integer("memoryGiB"),
        line.integer("systemDiskGiB"),
        line.integer("dataDiskGiB"),
        line.text("os"),
        line.text("engine"),
        line.integer("storageGiB"),
        line.text("kind"),
        line.integer("capacityGiB"),
        line.text("service"),
        line.integer("mbps"));
  }
}
