package cn.gov.zj.cloud.privateportal.application;

import static cn.gov.zj.cloud.privateportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.domain.application.ElasticRange;
import cn.gov.zj.cloud.domain.application.ResourceDraft;
import cn.gov.zj.cloud.domain.application.ResourcePlan;
import cn.gov.zj.cloud.domain.validation.Violations;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.List;

/**
 * Art. 8, 10, 11: a resource plan as stored and shown: {@code {"resources": [lines in the REST
 * contract's form], "elastic": {"min": n, "max": m} | null}}.
 */
public final class PlanJson {

  private PlanJson() {}

  public static String write(ResourcePlan plan) {
    return json(plan).toString();
  }

  public static JsonObject json(ResourcePlan plan) {
    List<ResourceDraft> lines = plan.lines().stream().map(ResourceJson::draft).toList();
    JsonObjectBuilder json =
        JSON.createObjectBuilder().add("resources", ResourceJson.read(ResourceJson.write(lines)));
    plan.elastic()
        .ifPresentOrElse(
            range ->
                json.add(
                    "elastic",
                    JSON.createObjectBuilder().add("min", range.min()).add("max", range.max())),
            () -> json.addNull("elastic"));
    return json.build();
  }

  /** A stored plan, or null when none is stored. */
  public static ResourcePlan read(String stored) {
    if (stored == null) {
      return null;
    }
    JsonObject json;
    try (var reader = JSON.createReader(new StringReader(stored))) {
      json = reader.readObject();
    }
    ElasticRange.Draft elastic = null;
    if (!json.isNull("elastic")) {
      JsonObject range = json.getJsonObject("elastic");
      elastic = new ElasticRange.Draft(range.getInt("min"), range.getInt("max"));
    }
    return valid(ResourceJson.drafts(json.getJsonArray("resources")), elastic);
  }

  /** Art. 7: the resources the unit asked for in its application. */
  public static ResourcePlan asked(CloudApplication application) {
    ElasticRange.Draft elastic =
        application.getElasticMin() == null
            ? null
            : new ElasticRange.Draft(application.getElasticMin(), application.getElasticMax());
    return valid(ResourceJson.drafts(ResourceJson.read(application.getResources())), elastic);
  }

  private static ResourcePlan valid(List<ResourceDraft> lines, ElasticRange.Draft elastic) {
    Violations violations = new Violations();
    ResourcePlan plan = ResourcePlan.from(lines, elastic, violations);
    if (!violations.isEmpty()) {
      throw new IllegalStateException("a stored plan is no longer valid: " + violations.errors());
    }
    return plan;
  }
}
