package cn.gov.zj.cloud.privateportal.rules;

import static cn.gov.zj.cloud.privateportal.Deployments.actAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.rules.DeadlineRules;
import cn.gov.zj.cloud.domain.rules.RuleSource;
import cn.gov.zj.cloud.domain.rules.RulesDraft;
import cn.gov.zj.cloud.domain.rules.StatutoryStep;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.privateportal.AuditProbe;
import cn.gov.zj.cloud.privateportal.Deployments;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Art. 25: deadline rules stored per tenant under row-level security, inside Payara Micro. */
@ExtendWith(ArquillianExtension.class)
class DeadlineRulesIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Inject HttpServletRequest request;
  @Inject DeadlineRuleBook rules;
  @Inject AuditProbe audit;

  /** The provincial defaults with acceptance changed and the trial window narrowed to 15–25. */
  private static RulesDraft acceptanceIn(int days) {
    Map<String, Integer> limits =
        new HashMap<>(RulesDraft.of(DeadlineRules.provincialDefaults()).limits());
    limits.put("ACCEPTANCE", days);
    return new RulesDraft(limits, 15, 25);
  }

  @Test
  @DisplayName(
      "Art. 25: a city shortens acceptance to 2 working days; only that city's steps follow it; audited")
  void cityShortensAStep() {
    actAs(request, "huzhou", null, Role.TENANT_ADMIN);
    var version = rules.changeLocal(acceptanceIn(2), null);
    var now = rules.inForceNow();
    assertEquals(2, now.step(StatutoryStep.ACCEPTANCE).limit().value());
    assertEquals(RuleSource.LOCAL, now.step(StatutoryStep.ACCEPTANCE).origin().source());
    assertEquals(25, now.trial().bounds().maxDays());
    assertTrue(
        audit.actionsAbout("rules", "huzhou#" + version.number()).contains("rules.local.change"));

    actAs(request, "shaoxing", null, Role.TENANT_ADMIN);
    assertEquals(3, rules.inForceNow().step(StatutoryStep.ACCEPTANCE).limit().value());
  }

  @Test
  @DisplayName(
      "Art. 25: a city may not make a step longer than the provincial default; nothing is stored")
  void cityCannotLengthen() {
    actAs(request, "zhoushan", null, Role.TENANT_ADMIN);
    InvalidInputException invalid =
        assertThrows(InvalidInputException.class, () -> rules.changeLocal(acceptanceIn(4), null));
    assertEquals("limits.ACCEPTANCE", invalid.errors().get(0).field());
    assertTrue(rules.book().local().versions().isEmpty());
  }

  @Test
  @DisplayName(
      "Art. 25: only the tenant admin sets local rules, only the province admin the defaults")
  void roles() {
    actAs(request, "taizhou", null, Role.REVIEWER);
    assertThrows(AccessDenied.class, () -> rules.changeLocal(acceptanceIn(2), null));
    actAs(request, "taizhou", null, Role.TENANT_ADMIN);
    assertThrows(AccessDenied.class, () -> rules.changeProvincial(acceptanceIn(2), null));
  }
}
