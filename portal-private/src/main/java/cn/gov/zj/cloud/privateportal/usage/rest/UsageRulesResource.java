package cn.gov.zj.cloud.privateportal.usage.rest;

import static cn.gov.zj.cloud.privateportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.domain.usage.UsageRules;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.rest.JsonInput;
import cn.gov.zj.cloud.privateportal.usage.UsageThresholds;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.Map;

/**
 * Art. 15, Art. 25: {@code GET|PUT /api/v1/tenants/<t>/usage/rules}: the advice thresholds in
 * force; the tenant's administrator sets the tenant's own ({@code {"idleCpuP95Pct": 5, ...}}, every
 * threshold named as in the provincial defaults).
 */
@Path("tenants/{tenant}/usage/rules")
@Produces(MediaType.APPLICATION_JSON)
public class UsageRulesResource {

  @Inject private UsageThresholds thresholds;

  @GET
  public String get() {
    return json(thresholds.inForce());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public String put(String body) {
    Violations violations = new Violations();
    JsonInput json = JsonInput.parse(body, UsageRules.PROVINCIAL.values().keySet(), violations);
    Map<String, Integer> values = new HashMap<>();
    for (String name : UsageRules.PROVINCIAL.values().keySet()) {
      values.put(name, json.integer(name));
    }
    violations.throwIfAny();
    return json(thresholds.set(values));
  }

  private static String json(UsageRules rules) {
    JsonObjectBuilder json = JSON.createObjectBuilder();
    rules.values().forEach(json::add);
    return json.add("provincial", rules.equals(UsageRules.PROVINCIAL)).build().toString();
  }
}
