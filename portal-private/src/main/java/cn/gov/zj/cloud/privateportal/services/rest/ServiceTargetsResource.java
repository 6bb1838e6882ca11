package cn.gov.zj.cloud.privateportal.services.rest;

import static cn.gov.zj.cloud.privateportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.domain.services.ServiceTargets;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.rest.JsonInput;
import cn.gov.zj.cloud.privateportal.services.ServiceRules;
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
import java.util.Set;

/**
 * Art. 14, Art. 25: {@code GET|PUT /api/v1/tenants/<t>/services/targets}: the service targets in
 * force; the tenant's administrator sets the tenant's own ({@code {"responseWorkingDays": 0,
 * "sessionsPerQuarter": 2}}; a field left out keeps the provincial default), 400 naming a longer
 * response or fewer sessions.
 */
@Path("tenants/{tenant}/services/targets")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceTargetsResource {

  private static final Set<String> FIELDS = ServiceTargets.PROVINCIAL.values().keySet();

  @Inject private ServiceRules rules;

  @GET
  public String get() {
    return json(rules.targets());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public String put(String body) {
    Violations violations = new Violations();
    JsonInput json = JsonInput.parse(body, FIELDS, violations);
    Map<String, Integer> values = new HashMap<>();
    FIELDS.forEach(field -> values.put(field, json.integer(field)));
    ServiceTargets.local(values, violations); // every fault named at once, with the unknown ones
    violations.throwIfAny();
    return json(rules.change(values));
  }

  private static String json(ServiceTargets targets) {
    JsonObjectBuilder json = JSON.createObjectBuilder();
    targets.values().forEach(json::add);
    ServiceTargets.PROVINCIAL
        .values()
        .forEach((field, value) -> json.add(field + "Provincial", value));
    return json.build().toString();
  }
}
