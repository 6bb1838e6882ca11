package cn.gov.zj.cloud.privateportal.application;

import static cn.gov.zj.cloud.privateportal.Deployments.actAs;
import static cn.gov.zj.cloud.privateportal.Deployments.demoUnit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.application.Action;
import cn.gov.zj.cloud.domain.application.ActionInput;
import cn.gov.zj.cloud.domain.application.ApplicationState;
import cn.gov.zj.cloud.domain.application.AttachmentKind;
import cn.gov.zj.cloud.domain.application.Outcome;
import cn.gov.zj.cloud.domain.application.ResourceDraft;
import cn.gov.zj.cloud.domain.application.Step;
import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.registry.CloudStatus;
import cn.gov.zj.cloud.domain.registry.SystemDetails;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.AuditProbe;
import cn.gov.zj.cloud.privateportal.Deployments;
import cn.gov.zj.cloud.privateportal.calendar.WorkingCalendar;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 6–12: the lifecycle stored in the private zone's database, inside Payara Micro: each action
 * by its one role, steps stamped with the rule in force and a due date on the official calendar,
 * attachments checked by content, refusals that change nothing.
 */
@ExtendWith(ArquillianExtension.class)
class LifecycleIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Inject HttpServletRequest request;
  @Inject Applications applications;
  @Inject ApplicationActions actions;
  @Inject Attachments attachments;
  @Inject Systems systems;
  @Inject WorkingCalendar calendar;
  @Inject FileStore store;
  @Inject AuditProbe audit;

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

  private static final List<ResourceDraft> MORE_HOSTS =
      List.of(
          new ResourceDraft(
              "CLOUD_HOST",
              2,
              10,
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

  private CloudApplication draft(String tenant, int mlpsLevel) {
    actAs(request, tenant, demoUnit(tenant), Role.UNIT_APPLICANT);
    AppSystem system =
        systems.register(
            null,
            new SystemDetails.Draft(
                "生命周期-" + UUID.randomUUID(),
                null,
                mlpsLevel,
                "刘八",
                CloudStatus.NOT_MIGRATED,
                null,
                null,
                false));
    return applications.open(system.getId(), HOSTS, null, new Violations());
  }

  private void upload(CloudApplication application, String... kinds) {
    for (String kind : kinds) {
      attachments.upload(
          application.getId(), kind, kind.toLowerCase() + ".pdf", new ByteArrayInputStream(PDF));
    }
  }

  private CloudApplication fire(
      String tenant, Role role, CloudApplication application, String action, ActionInput input) {
    actAs(request, tenant, role == Role.UNIT_APPLICANT ? demoUnit(tenant) : null, role);
    return actions.fire(application.getId(), action, input);
  }

  /** Art. 7–9: an application of a new system at {@code level}, submitted, approved, in trial. */
  private CloudApplication inTrial(String tenant, int level, int trialDays) {
    CloudApplication application = draft(tenant, level);
    upload(application, "CONSTRUCTION_PLAN", "SELF_TEST_REPORT");
    fire(tenant, Role.UNIT_APPLICANT, application, "submit", ActionInput.NONE);
    fire(tenant, Role.REVIEWER, application, "accept", ActionInput.NONE);
    fire(tenant, Role.REVIEWER, application, "approve", ActionInput.opinion("同意"));
    CloudApplication trial =
        fire(
            tenant,
            Role.PROVIDER_OPERATOR,
            application,
            "provide-trial",
            ActionInput.builder().trial(trialDays, "10.0.0.8, 账号 app01").build());
    actAs(request, tenant, demoUnit(tenant), Role.UNIT_APPLICANT);
    upload(
        application, "FUNCTIONAL_TEST_REPORT", "PERFORMANCE_TEST_REPORT", "SECURITY_TEST_REPORT");
    return trial;
  }

  private CloudApplication activeIn(String tenant) {
    CloudApplication application = inTrial(tenant, 2, 15);
    fire(tenant, Role.UNIT_APPLICANT, application, "submit-test-results", ActionInput.NONE);
    return fire(tenant, Role.REVIEWER, application, "final-approve", ActionInput.NONE);
  }

  @Test
  @DisplayName(
      "Art. 7, 8: submission starts acceptance due in 3 working days on the official calendar, stamped with the provincial rule")
  void submissionStartsAcceptance() {
    CloudApplication application = draft("hangzhou", 2);
    upload(application, "CONSTRUCTION_PLAN", "SELF_TEST_REPORT");
    CloudApplication submitted =
        fire("hangzhou", Role.UNIT_APPLICANT, application, "submit", ActionInput.NONE);

    LocalDate today = OfficialCalendar.dateOf(Instant.now());
    assertEquals(ApplicationState.SUBMITTED, submitted.getState());
    assertEquals(Step.ACCEPTANCE.name(), submitted.getStep());
    assertEquals(3, submitted.getStepLimit());
    assertEquals(
        calendar.current().dueDate(today, Step.ACCEPTANCE.statutoryLimit()).date(),
        submitted.getDueDate());
    assertTrue(submitted.getStepRule().startsWith("PROVINCIAL v"), submitted.getStepRule());
    assertTrue(
        audit.actionsAbout("application", application.getId()).contains("application.submit"));
  }

  @Test
  @DisplayName(
      "Art. 7, 8: submit is refused while materials are incomplete; a rejection needs an opinion and returns the application for resubmission")
  void rejectionAndResubmission() {
    CloudApplication application = draft("ningbo", 2);
    upload(application, "CONSTRUCTION_PLAN");
    InvalidInputException incomplete =
        assertThrows(
            InvalidInputException.class,
            () -> fire("ningbo", Role.UNIT_APPLICANT, application, "submit", ActionInput.NONE));
    assertTrue(
        fields(incomplete).contains("attachments.SELF_TEST_REPORT"), fields(incomplete).toString());
    assertEquals(ApplicationState.DRAFT, applications.get(application.getId()).getState());

    upload(application, "SELF_TEST_REPORT");
    fire("ningbo", Role.UNIT_APPLICANT, application, "submit", ActionInput.NONE);
    InvalidInputException noOpinion =
        assertThrows(
            InvalidInputException.class,
            () -> fire("ningbo", Role.REVIEWER, application, "reject", ActionInput.NONE));
    assertEquals(List.of("opinion"), fields(noOpinion));

    CloudApplication returned =
        fire("ningbo", Role.REVIEWER, application, "reject", ActionInput.opinion("建设方案缺少网络拓扑"));
    assertEquals(ApplicationState.RETURNED, returned.getState());
    assertNull(returned.getDueDate());
    CloudApplication again =
        fire("ningbo", Role.UNIT_APPLICANT, application, "submit", ActionInput.NONE);
    assertEquals(ApplicationState.SUBMITTED, again.getState());
    List<ApplicationEvent> history = applications.history(application.getId());
    assertEquals(
        List.of("create", "submit", "reject", "submit"),
        history.stream().map(ApplicationEvent::getAction).toList());
    assertEquals("建设方案缺少网络拓扑", history.get(2).getOpinion());
    assertTrue(history.get(2).getDetails().contains("\"closedStep\""), history.get(2).getDetails());
  }

  @Test
  @DisplayName(
      "Art. 6: the wrong role is refused (403), an action the state does not allow is refused with what is allowed now (409); nothing changes")
  void refusals() {
    CloudApplication application = draft("wenzhou", 2);
    ActionRefused wrongRole =
        assertThrows(
            ActionRefused.class,
            () -> fire("wenzhou", Role.PROVIDER_OPERATOR, application, "submit", ActionInput.NONE));
    assertEquals(Outcome.Reason.WRONG_ROLE, wrongRole.refusal().reason());
    ActionRefused notNow =
        assertThrows(
            ActionRefused.class,
            () -> fire("wenzhou", Role.REVIEWER, application, "accept", ActionInput.NONE));
    assertEquals(Outcome.Reason.NOT_ALLOWED_NOW, notNow.refusal().reason());
    assertEquals(List.of(Action.SUBMIT), notNow.refusal().allowedNow());
    assertEquals(ApplicationState.DRAFT, applications.get(application.getId()).getState());
    assertEquals(1, applications.history(application.getId()).size());
  }

  @Test
  @DisplayName(
      "Art. 9: at MLPS level 3 the test results are refused without the CNAS third-party report and accepted with it")
  void level3NeedsThirdParty() {
    CloudApplication application = inTrial("jiaxing", 3, 20);
    assertEquals(OfficialCalendar.dateOf(Instant.now()).plusDays(20), application.getTrialEnds());

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                fire(
                    "jiaxing",
                    Role.UNIT_APPLICANT,
                    application,
                    "submit-test-results",
                    ActionInput.NONE));
    assertTrue(
        fields(refused).contains("attachments.THIRD_PARTY_TEST_REPORT"),
        fields(refused).toString());
    assertEquals(ApplicationState.IN_TRIAL, applications.get(application.getId()).getState());

    upload(application, "THIRD_PARTY_TEST_REPORT");
    CloudApplication submitted =
        fire(
            "jiaxing",
            Role.UNIT_APPLICANT,
            application,
            "submit-test-results",
            ActionInput.builder().thirdParty("浙江省信息安全测评中心", "CNAS L1234").build());
    assertEquals(ApplicationState.TESTS_SUBMITTED, submitted.getState());
  }

  @Test
  @DisplayName(
      "Art. 9, 10, 11, 12: extension, activation with allocation, a change executed, termination and reclamation")
  void trialToTermination() {
    CloudApplication application = inTrial("huzhou", 2, 15);
    LocalDate firstEnd = application.getTrialEnds();
    fire(
        "huzhou",
        Role.UNIT_APPLICANT,
        application,
        "request-extension",
        ActionInput.builder().opinion("联调未完成").extensionDays(10).build());
    CloudApplication extended =
        fire("huzhou", Role.REVIEWER, application, "grant-extension", ActionInput.NONE);
    assertEquals(firstEnd.plusDays(10), extended.getTrialEnds());

    fire("huzhou", Role.UNIT_APPLICANT, application, "submit-test-results", ActionInput.NONE);
    CloudApplication active =
        fire("huzhou", Role.REVIEWER, application, "final-approve", ActionInput.NONE);
    assertEquals(ApplicationState.ACTIVE, active.getState());
    assertTrue(active.getAllocatedPlan().contains("\"vcpu\":8"), active.getAllocatedPlan());

    CloudApplication requested =
        fire(
            "huzhou",
            Role.UNIT_APPLICANT,
            application,
            "request-change",
            ActionInput.builder().resources(MORE_HOSTS).build());
    assertEquals(Step.CHANGE_APPROVAL.name(), requested.getStep());
    fire("huzhou", Role.REVIEWER, application, "approve-change", ActionInput.NONE);
    CloudApplication changed =
        fire("huzhou", Role.PROVIDER_OPERATOR, application, "execute-change", ActionInput.NONE);
    assertTrue(changed.getAllocatedPlan().contains("\"vcpu\":10"), changed.getAllocatedPlan());
    assertNull(changed.getPendingPlan());

    InvalidInputException unconfirmed =
        assertThrows(
            InvalidInputException.class,
            () ->
                fire(
                    "huzhou",
                    Role.UNIT_APPLICANT,
                    application,
                    "request-termination",
                    ActionInput.NONE));
    assertTrue(
        fields(unconfirmed)
            .containsAll(List.of("systemOffline", "attachments.BACKUP_CONFIRMATION")));
    actAs(request, "huzhou", demoUnit("huzhou"), Role.UNIT_APPLICANT);
    upload(application, "BACKUP_CONFIRMATION");
    fire(
        "huzhou",
        Role.UNIT_APPLICANT,
        application,
        "request-termination",
        ActionInput.builder().confirmations(true, true, true).build());
    fire("huzhou", Role.REVIEWER, application, "approve-termination", ActionInput.NONE);
    CloudApplication terminated =
        fire("huzhou", Role.PROVIDER_OPERATOR, application, "reclaim", ActionInput.NONE);
    assertEquals(ApplicationState.TERMINATED, terminated.getState());
    assertNull(terminated.getDueDate());
    assertEquals(15, applications.history(application.getId()).size());
  }

  @Test
  @DisplayName(
      "Art. 7: an attachment is checked by content with its SHA-256 recorded; a refused one leaves no row and no file")
  void attachmentsByContent() throws Exception {
    CloudApplication application = draft("shaoxing", 2);
    attachments.upload(application.getId(), "OTHER", "说明.pdf", new ByteArrayInputStream(PDF));
    ApplicationAttachment stored = attachments.of(application.getId()).get(0);
    assertEquals(64, stored.getSha256().length());
    assertEquals(PDF.length, stored.getSizeBytes());
    assertTrue(Files.exists(store.path("shaoxing", stored.getSha256())));

    long spooled;
    try (var files = Files.list(store.spoolDirectory())) {
      spooled = files.count();
    }
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                attachments.upload(
                    application.getId(),
                    "NOT_A_KIND",
                    "evil.pdf",
                    new ByteArrayInputStream(
                        "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8))));
    assertTrue(fields(refused).containsAll(List.of("kind", "file")), fields(refused).toString());
    assertEquals(1, attachments.of(application.getId()).size());
    try (var files = Files.list(store.spoolDirectory())) {
      assertEquals(spooled, files.count());
    }
    actAs(request, "shaoxing", null, Role.REVIEWER);
    Attachments.Download download = attachments.download(application.getId(), stored.getId());
    assertNotNull(download.file());
    assertTrue(
        audit
            .actionsAbout("attachment", stored.getId())
            .contains("application.attachment.download"));
    assertFalse(stored.isNameMismatch());
  }

  @Test
  @DisplayName("Art. 20: another tenant can neither act on nor attach to an application")
  void tenantIsolation() {
    CloudApplication application = activeIn("quzhou");
    actAs(request, "lishui", null, Role.REVIEWER);
    assertThrows(
        cn.gov.zj.cloud.privateportal.tenant.NotFound.class,
        () -> actions.fire(application.getId(), "approve-change", ActionInput.NONE));
    actAs(request, "lishui", demoUnit("lishui"), Role.UNIT_APPLICANT);
    assertThrows(
        cn.gov.zj.cloud.privateportal.tenant.NotFound.class,
        () ->
            attachments.upload(
                application.getId(), "OTHER", "x.pdf", new ByteArrayInputStream(PDF)));
  }

  @Test
  @DisplayName(
      "art7_ the checklist follows the declaration (level 3 adds the CNAS report to test results); the check refuses as firing would and stores nothing")
  void art7_checklistAndCheck() {
    CloudApplication draft = draft("lishui", 3);
    upload(draft, "CONSTRUCTION_PLAN");
    assertEquals(
        List.of(
            new MaterialCheck(AttachmentKind.CONSTRUCTION_PLAN, true, false),
            new MaterialCheck(AttachmentKind.SELF_TEST_REPORT, false, false)),
        actions.checklist(draft.getId(), Action.SUBMIT));
    InvalidInputException missing =
        assertThrows(
            InvalidInputException.class,
            () -> actions.check(draft.getId(), Action.SUBMIT, ActionInput.NONE));
    assertEquals(List.of("attachments.SELF_TEST_REPORT"), fields(missing));
    upload(draft, "SELF_TEST_REPORT");
    actions.check(draft.getId(), Action.SUBMIT, ActionInput.NONE);
    assertEquals(
        ApplicationState.DRAFT, applications.get(draft.getId()).getState(), "stored nothing");

    CloudApplication trial = inTrial("lishui", 3, 15);
    List<MaterialCheck> results = actions.checklist(trial.getId(), Action.SUBMIT_TEST_RESULTS);
    assertEquals(
        List.of(false, false, false, true),
        results.stream().map(check -> !check.done()).toList(),
        "three reports uploaded, the CNAS report missing: " + results);
    assertEquals(AttachmentKind.THIRD_PARTY_TEST_REPORT, results.get(3).kind());
  }

  private static List<String> fields(InvalidInputException e) {
    return e.errors().stream().map(FieldError::field).toList();
  }
}
