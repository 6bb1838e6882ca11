package cn.gov.zj.cloud.privateportal.rules.rest;

import cn.gov.zj.cloud.domain.rules.DeadlineRules;
import cn.gov.zj.cloud.domain.rules.RuleInForce;
import cn.gov.zj.cloud.domain.rules.RuleOrigin;
import cn.gov.zj.cloud.domain.rules.RuleVersion;
import cn.gov.zj.cloud.domain.rules.RulesDraft;
import cn.gov.zj.cloud.domain.rules.RulesInForce;
import cn.gov.zj.cloud.domain.rules.StatutoryStep;
import cn.gov.zj.cloud.domain.rules.TrialInForce;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.rest.JsonInput;
import cn.gov.zj.cloud.privateportal.rules.DeadlineRuleBook;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Set;

/** Art. 25: the deadline rules in force for the tenant, and their changes. */
@Path("tenants/{tenant}/rules")
@Produces(MediaType.APPLICATION_JSON)
public class RulesResource {

  private static final Set<String> FIELDS =
      Set.of("limits", "trialMin", "trialMax", "effectiveFrom");

  @Inject private DeadlineRuleBook rules;

  /** The rule of each step for a step starting now, with where it comes from. */
  @GET
  public String inForce() {
    RulesInForce now = rules.inForceNow();
    JsonArrayBuilder steps = Json.createArrayBuilder();
    for (StatutoryStep step : StatutoryStep.values()) {
      RuleInForce rule = now.step(step);
      steps.add(
          origin(
              Json.createObjectBuilder()
                  .add("step", step.name())
                  .add("article", step.article())
                  .add("workingDays", rule.limit().value()),
              rule.origin()));
    }
    TrialInForce trial = now.trial();
    JsonObjectBuilder trialJson =
        Json.createObjectBuilder()
            .add("min", trial.bounds().minDays())
            .add("max", trial.bounds().maxDays());
    return Json.createObjectBuilder()
        .add("steps", steps)
        .add("trial", origin(trialJson, trial.origin()))
        .add("provincial", rules(now.provincial().rules()))
        .build()
        .toString();
  }

  /** Art. 25: the tenant administrator's local rules, never longer than the provincial ones. */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public String changeLocal(String body) {
    Change change = Change.read(body);
    return version(rules.changeLocal(change.draft(), change.effectiveFrom())).toString();
  }

  /** Art. 25: the province administrator's defaults for every tenant. */
  @PUT
  @Path("provincial")
  @Consumes(MediaType.APPLICATION_JSON)
  public String changeProvincial(String body) {
    Change change = Change.read(body);
    return version(rules.changeProvincial(change.draft(), change.effectiveFrom())).toString();
  }

  /** A rules change as the body gives it; a body with faults of shape is refused at once. */
  private record Change(RulesDraft draft, Instant effectiveFrom) {
    static Change read(String body) {
      Violations violations = new Violations();
      JsonInput json = JsonInput.parse(body, FIELDS, violations);
      RulesDraft draft =
          new RulesDraft(
              json.integers("limits"), json.integer("trialMin"), json.integer("trialMax"));
      Instant effectiveFrom = json.instant("effectiveFrom");
      violations.throwIfAny();
      return new Change(draft, effectiveFrom);
    }
  }

  private static JsonObject version(RuleVersion version) {
    return Json.createObjectBuilder()
        .add("version", version.number())
        .add("effectiveFrom", version.effectiveFrom().toString())
        .add("rules", rules(version.rules()))
        .build();
  }

  private static JsonObject rules(DeadlineRules rules) {
    JsonObjectBuilder limits = Json.createObjectBuilder();
    rules.limitDays().forEach((step, days) -> limits.add(step.name(), days));
    return Json.createObjectBuilder()
        .add("limits", limits)
        .add("trialMin", rules.trial().minDays())
        .add("trialMax", rules.trial().maxDays())
        .build();
  }

  private static JsonObjectBuilder origin(JsonObjectBuilder json, RuleOrigin origin) {
    return json.add("source", origin.source().name())
        .add("version", origin.version())
        .add("effectiveFrom", origin.effectiveFrom().toString());
  }
}
