package cn.gov.zj.cloud.privateportal.registry;

import static cn.gov.zj.cloud.privateportal.Deployments.actAs;
import static cn.gov.zj.cloud.privateportal.Deployments.demoUnit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.application.ActionInput;
import cn.gov.zj.cloud.domain.application.ApplicationState;
import cn.gov.zj.cloud.domain.application.ResourceDraft;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.registry.CloudEntry;
import cn.gov.zj.cloud.domain.registry.CloudStatus;
import cn.gov.zj.cloud.domain.registry.SystemDetails;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.AuditProbe;
import cn.gov.zj.cloud.privateportal.Deployments;
import cn.gov.zj.cloud.privateportal.application.ApplicationActions;
import cn.gov.zj.cloud.privateportal.application.Applications;
import cn.gov.zj.cloud.privateportal.application.Attachments;
import cn.gov.zj.cloud.privateportal.application.CloudApplication;
import cn.gov.zj.cloud.privateportal.rest.Conflict;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 3, 10–12: the registry follows the lifecycle inside Payara Micro on the real database: the
 * system's cloud status, its date, how it came on the cloud and its MLPS level.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryLifecycleIT {

  private static final String TENANT = "lishui";

  private static final List<ResourceDraft> HOSTS =
      List.of(
          new ResourceDraft(
              "CLOUD_HOST",
              2,
              8,
              32,
              100,
              500,
              "openEuler 22.03",
              null,
              null,
              null,
              null,
              null,
              null));

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Inject HttpServletRequest request;
  @Inject Systems systems;
  @Inject Applications applications;
  @Inject ApplicationActions actions;
  @Inject Attachments attachments;
  @Inject AuditProbe audit;

  private AppSystem register(CloudStatus status, int level) {
    actAs(request, TENANT, demoUnit(TENANT), Role.UNIT_APPLICANT);
    return systems.register(
        null,
        new SystemDetails.Draft(
            "跟随-" + UUID.randomUUID(), null, level, "刘八", status, null, null, false));
  }

  private void upload(CloudApplication application, String... kinds) {
    actAs(request, TENANT, demoUnit(TENANT), Role.UNIT_APPLICANT);
    for (String kind : kinds) {
      attachments.upload(
          application.getId(), kind, kind.toLowerCase() + ".pdf", new ByteArrayInputStream(PDF));
    }
  }

  private void fire(Role role, CloudApplication application, String action, ActionInput input) {
    actAs(request, TENANT, role == Role.UNIT_APPLICANT ? demoUnit(TENANT) : null, role);
    actions.fire(application.getId(), action, input);
  }

  /** Art. 7–10: an application of the system, carried to activation. */
  private CloudApplication activate(AppSystem system) {
    actAs(request, TENANT, demoUnit(TENANT), Role.UNIT_APPLICANT);
    CloudApplication application = applications.open(system.getId(), HOSTS, null, new Violations());
    upload(application, "CONSTRUCTION_PLAN", "SELF_TEST_REPORT");
    fire(Role.UNIT_APPLICANT, application, "submit", ActionInput.NONE);
    fire(Role.REVIEWER, application, "accept", ActionInput.NONE);
    fire(Role.REVIEWER, application, "approve", ActionInput.opinion("同意"));
    fire(
        Role.PROVIDER_OPERATOR,
        application,
        "provide-trial",
        ActionInput.builder().trial(15, "10.0.0.8, 账号 app01").build());
    upload(
        application, "FUNCTIONAL_TEST_REPORT", "PERFORMANCE_TEST_REPORT", "SECURITY_TEST_REPORT");
    fire(Role.UNIT_APPLICANT, application, "submit-test-results", ActionInput.NONE);
    fire(Role.REVIEWER, application, "final-approve", ActionInput.NONE);
    return application;
  }

  private AppSystem reread(AppSystem system) {
    actAs(request, TENANT, null, Role.TENANT_ADMIN);
    return systems.get(system.getId());
  }

  @Test
  @DisplayName(
      "Art. 3, 10, 11, 12: activation puts a planned system on the cloud as new with its date, an approved change sets its MLPS level, termination takes it off")
  void art3_art10_art11_art12_systemFollowsItsApplication() {
    AppSystem system = register(CloudStatus.PLANNED, 1);
    CloudApplication application = activate(system);

    AppSystem active = reread(system);
    assertEquals(CloudStatus.ON_CLOUD, active.getCloudStatus());
    assertEquals(CloudEntry.NEW, active.getCloudEntry());
    assertEquals(OfficialCalendar.dateOf(Instant.now()), active.getOnCloudSince());

    upload(
        application,
        "CONSTRUCTION_PLAN",
        "SELF_TEST_REPORT",
        "PERFORMANCE_TEST_REPORT",
        "SECURITY_TEST_REPORT");
    fire(
        Role.UNIT_APPLICANT,
        application,
        "request-change",
        ActionInput.builder().resources(HOSTS).mlpsLevel(2).build());
    assertEquals(1, reread(system).getMlpsLevel(), "a requested change changes nothing yet");
    fire(Role.REVIEWER, application, "approve-change", ActionInput.NONE);
    assertEquals(2, reread(system).getMlpsLevel());
    fire(Role.PROVIDER_OPERATOR, application, "execute-change", ActionInput.NONE);

    upload(application, "BACKUP_CONFIRMATION");
    fire(
        Role.UNIT_APPLICANT,
        application,
        "request-termination",
        ActionInput.builder().confirmations(true, true, true).build());
    fire(Role.REVIEWER, application, "approve-termination", ActionInput.NONE);
    assertEquals(CloudStatus.ON_CLOUD, reread(system).getCloudStatus(), "on cloud until reclaimed");
    fire(Role.PROVIDER_OPERATOR, application, "reclaim", ActionInput.NONE);

    AppSystem off = reread(system);
    assertEquals(CloudStatus.OFF_CLOUD, off.getCloudStatus());
    assertNull(off.getOnCloudSince());
    assertNull(off.getCloudEntry());
    assertEquals(
        List.of(
            "system.lifecycle",
            "system.level.change",
            "system.lifecycle",
            "system.lifecycle",
            "system.register"),
        audit.actionsAbout("system", system.getId()));
    List<SystemApplication> listed = systems.applications(system.getId());
    assertEquals(1, listed.size());
    assertEquals(ApplicationState.TERMINATED, listed.get(0).state());
  }

  @Test
  @DisplayName("Art. 3, 10: activation of a system that ran elsewhere makes it migrated")
  void art3_activationOfAnExistingSystemIsAMigration() {
    AppSystem system = register(CloudStatus.NOT_MIGRATED, 2);
    activate(system);
    AppSystem active = reread(system);
    assertEquals(CloudStatus.ON_CLOUD, active.getCloudStatus());
    assertEquals(CloudEntry.MIGRATED, active.getCloudEntry());
    assertTrue(active.getOnCloudSince() != null);
  }

  @Test
  @DisplayName(
      "Art. 3, 7: a retired system takes no new application; one with an open application cannot be retired (409)")
  void art3_retiredSystemTakesNoApplication() {
    AppSystem open = register(CloudStatus.NOT_MIGRATED, 2);
    actAs(request, TENANT, demoUnit(TENANT), Role.UNIT_APPLICANT);
    applications.open(open.getId(), HOSTS, null, new Violations());
    assertThrows(Conflict.class, () -> systems.retire(open.getId(), "系统整合"));

    AppSystem system = register(CloudStatus.NOT_MIGRATED, 2);
    actAs(request, TENANT, demoUnit(TENANT), Role.UNIT_APPLICANT);
    assertTrue(systems.applicable().stream().anyMatch(s -> s.getId().equals(system.getId())));
    systems.retire(system.getId(), "已并入市一体化平台");
    assertTrue(systems.applicable().stream().noneMatch(s -> s.getId().equals(system.getId())));
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> applications.open(system.getId(), HOSTS, null, new Violations()));
    assertEquals("systemId", refused.errors().get(0).field());
    assertEquals(
        List.of("system.retire", "system.register"), audit.actionsAbout("system", system.getId()));
  }
}
