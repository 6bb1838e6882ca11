package cn.gov.zj.cloud.privateportal.rules.rest;

import static cn.gov.zj.cloud.privateportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.domain.rules.SecurityLimits;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.rest.JsonInput;
import cn.gov.zj.cloud.privateportal.rules.SecurityRules;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Art. 17, 20, Art. 25: {@code GET|PUT /api/v1/tenants/<t>/security/rules}: the rectification
 * deadlines (working days) and the longest access grant (days) in force, beside the provincial
 * defaults; the tenant's administrator shortens them ({@code {"deadlines.HIGH": 3, "grant.maxDays":
 * 5}}; a field left out keeps the default; a longer one is 400 naming it).
 */
@Path("tenants/{tenant}/security/rules")
@Produces(MediaType.APPLICATION_JSON)
public class SecurityRulesResource {

  private static final Set<String> FIELDS = SecurityLimits.provincial().inForce().keySet();

  @Inject private SecurityRules rules;
  @Inject private CurrentActor actor;

  @GET
  public String get() {
    actor.get().require(Role.tenantStaff());
    return json(rules.limits());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public String put(String body) {
    Violations violations = new Violations();
    JsonInput json = JsonInput.parse(body, FIELDS, violations);
    Map<String, Integer> values = new LinkedHashMap<>();
    for (String field : FIELDS) {
      Integer value = json.integer(field);
      if (value != null) {
        values.put(field, value);
      }
    }
    violations.throwIfAny();
    return json(rules.change(values));
  }

  private static String json(SecurityLimits limits) {
    JsonObjectBuilder provincial = JSON.createObjectBuilder();
    SecurityLimits.provincial().inForce().forEach(provincial::add);
    JsonObjectBuilder json = JSON.createObjectBuilder();
    limits.inForce().forEach(json::add);
    return json.add("provincial", provincial).build().toString();
  }
}
