package cn.gov.zj.cloud.privateportal.terms;

import static cn.gov.zj.cloud.privateportal.Deployments.actAs;
import static cn.gov.zj.cloud.privateportal.Deployments.freshCreditCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.access.GrantAction;
import cn.gov.zj.cloud.domain.access.GrantState;
import cn.gov.zj.cloud.domain.access.Scope;
import cn.gov.zj.cloud.domain.application.ActionInput;
import cn.gov.zj.cloud.domain.application.ApplicationState;
import cn.gov.zj.cloud.domain.registry.CloudStatus;
import cn.gov.zj.cloud.domain.registry.CnasAssessment;
import cn.gov.zj.cloud.domain.registry.SystemDetails;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.AuditProbe;
import cn.gov.zj.cloud.privateportal.Deployments;
import cn.gov.zj.cloud.privateportal.access.AccessGrant;
import cn.gov.zj.cloud.privateportal.access.AccessGrants;
import cn.gov.zj.cloud.privateportal.access.AccessRefused;
import cn.gov.zj.cloud.privateportal.access.GrantDraft;
import cn.gov.zj.cloud.privateportal.application.ApplicationActions;
import cn.gov.zj.cloud.privateportal.application.Applications;
import cn.gov.zj.cloud.privateportal.application.Attachments;
import cn.gov.zj.cloud.privateportal.application.CloudApplication;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.Assessments;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.registry.Units;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 16 and Art. 18 in Payara Micro on PostgreSQL: the terms of lawful use accepted once before a
 * unit's first submission, the named security officer deciding on access grants, officer and level
 * changes audited, the CNAS assessment; with the attacks (another tenant, another unit, wrong role,
 * bad input: nothing stored).
 */
@ExtendWith(ArquillianExtension.class)
class TermsAndOfficersIT {

  private static final String TENANT = "jiaxing";
  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Inject HttpServletRequest request;
  @Inject TermsAcceptances terms;
  @Inject Units units;
  @Inject Systems systems;
  @Inject Applications applications;
  @Inject Attachments attachments;
  @Inject ApplicationActions actions;
  @Inject AccessGrants grants;
  @Inject Assessments assessments;
  @Inject AuditProbe audit;

  /** A unit registered just now, which has accepted nothing; its credit code. */
  private String freshUnit() {
    actAs(request, TENANT, null, Role.TENANT_ADMIN);
    String code = freshCreditCode("12330400");
    units.create("条款测试单位-" + UUID.randomUUID(), code, "0573-1234567");
    return code;
  }

  private long unitId(String code) {
    actAs(request, TENANT, null, Role.TENANT_ADMIN);
    return units.byCreditCode(code).orElseThrow().getId();
  }

  private void as(String username, Role role, String unit) {
    var tenant = TenantDirectory.load().find(TENANT).orElseThrow();
    request.setAttribute(
        Actor.ATTRIBUTE, new Actor(tenant, username, username, Set.of(role), unit));
  }

  private static SystemDetails.Draft details(String officer, int level) {
    return new SystemDetails.Draft(
        "安全-" + UUID.randomUUID(),
        null,
        level,
        officer,
        CloudStatus.NOT_MIGRATED,
        null,
        null,
        false);
  }

  private CloudApplication draftWithMaterials(String unit) {
    actAs(request, TENANT, unit, Role.UNIT_APPLICANT);
    AppSystem system = systems.register(null, details("周九", 2));
    CloudApplication draft =
        applications.open(
            system.getId(), List.of(Deployments.bandwidth(20)), null, new Violations());
    for (String kind : List.of("CONSTRUCTION_PLAN", "SELF_TEST_REPORT")) {
      attachments.upload(draft.getId(), kind, "f.pdf", new ByteArrayInputStream(PDF));
    }
    return draft;
  }

  private static List<String> fields(InvalidInputException e) {
    return e.errors().stream().map(FieldError::field).toList();
  }

  @Test
  @DisplayName("Art. 16: a unit accepts once; a second acceptance keeps the first, audited once")
  void art16_acceptOnceAndIdempotent() {
    String unit = freshUnit();
    as("jiaxing.applicant.a", Role.UNIT_APPLICANT, unit);
    assertTrue(terms.ofOwnUnit().isEmpty());
    TermsAcceptances.Accepted first = terms.accept("2026-1", new Violations());
    assertTrue(first.created());
    as("jiaxing.officer.b", Role.UNIT_SECURITY_OFFICER, unit);
    TermsAcceptances.Accepted second = terms.accept("2026-1", new Violations());
    assertFalse(second.created());
    assertEquals(first.acceptance(), second.acceptance());
    assertEquals("jiaxing.applicant.a", terms.ofOwnUnit().orElseThrow().acceptedBy());
    long id = unitId(unit);
    assertEquals(
        List.of("terms.accept"),
        audit.actionsAbout("unit", id).stream()
            .filter(action -> action.startsWith("terms"))
            .toList());
    actAs(request, TENANT, null, Role.REVIEWER);
    assertEquals("2026-1", terms.of(id).orElseThrow().version());
  }

  @Test
  @DisplayName(
      "Art. 16: submitting before the unit accepted is refused (409 terms.notAccepted), nothing stored; after it, submitted")
  void art16_submitRefusedBeforeAcceptance() {
    String unit = freshUnit();
    CloudApplication draft = draftWithMaterials(unit);
    int history = applications.history(draft.getId()).size();
    TermsNotAccepted refused =
        assertThrows(
            TermsNotAccepted.class, () -> actions.fire(draft.getId(), "submit", ActionInput.NONE));
    assertEquals("terms.notAccepted", refused.messageKey());
    assertEquals("terms.notAccepted", refused.members().getString("code"));
    assertEquals(ApplicationState.DRAFT, applications.get(draft.getId()).getState());
    assertEquals(history, applications.history(draft.getId()).size());
    assertFalse(audit.actionsAbout("application", draft.getId()).contains("application.submit"));
    terms.accept("2026-1", new Violations());
    CloudApplication submitted = actions.fire(draft.getId(), "submit", ActionInput.NONE);
    assertEquals(ApplicationState.SUBMITTED, submitted.getState());
  }

  @Test
  @DisplayName("Art. 16: another version than the one in force is 400 naming version, nothing kept")
  void art16_wrongVersionIsRefused() {
    String unit = freshUnit();
    as("jiaxing.applicant.c", Role.UNIT_APPLICANT, unit);
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> terms.accept("2025-1", new Violations()));
    assertEquals(List.of("version"), fields(e));
    assertThrows(InvalidInputException.class, () -> terms.accept(null, new Violations()));
    assertTrue(terms.ofOwnUnit().isEmpty());
  }

  @Test
  @DisplayName("Art. 16: only the unit's staff accept (reviewer, provider: 403), nothing kept")
  void art16_wrongRoleIsForbidden() {
    String unit = freshUnit();
    for (Role role : List.of(Role.REVIEWER, Role.PROVIDER_OPERATOR, Role.TENANT_ADMIN)) {
      as("jiaxing.other", role, unit);
      assertThrows(AccessDenied.class, () -> terms.accept("2026-1", new Violations()));
    }
    actAs(request, TENANT, null, Role.REVIEWER);
    assertTrue(terms.of(unitId(unit)).isEmpty());
  }

  @Test
  @DisplayName(
      "Art. 18: officer and MLPS level changes are audited old → new; the officer lists their systems")
  void art18_officerAndLevelChangesAudited() {
    String unit = freshUnit();
    actAs(request, TENANT, unit, Role.UNIT_APPLICANT);
    AppSystem system = systems.register(null, details("周九", 2), "jiaxing.sec.a", new Violations());
    assertEquals("jiaxing.sec.a", system.getSecurityOfficerAccount());
    systems.update(
        system.getId(), null, details("吴十", 3), Optional.of("jiaxing.sec.b"), new Violations());
    List<String> actions = audit.actionsAbout("system", system.getId());
    assertTrue(actions.contains("system.officer.change"), actions.toString());
    assertTrue(actions.contains("system.level.change"), actions.toString());
    as("jiaxing.sec.b", Role.UNIT_SECURITY_OFFICER, unit);
    PageRequest page = PageRequest.strict("0", "20", null, null, Systems.SORTABLE.keySet(), "name");
    assertEquals(
        List.of(system.getId()),
        systems.list(page, true).items().stream().map(AppSystem::getId).toList());
    as("jiaxing.sec.a", Role.UNIT_SECURITY_OFFICER, unit);
    assertTrue(systems.list(page, true).items().isEmpty());
  }

  @Test
  @DisplayName("Art. 18: an officer account with a control character is 400 naming the field")
  void art18_badOfficerAccountIsRefused() {
    String unit = freshUnit();
    actAs(request, TENANT, unit, Role.UNIT_APPLICANT);
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> systems.register(null, details("周九", 2), "a\u0007b", new Violations()));
    assertEquals(List.of("securityOfficerAccount"), fields(e));
  }

  @Test
  @DisplayName(
      "Art. 18, Art. 20: the named officer alone approves a grant; other unit staff get 403 saying so")
  void art18_officerApprovesFirst() {
    String unit = freshUnit();
    actAs(request, TENANT, unit, Role.UNIT_APPLICANT);
    AppSystem system = systems.register(null, details("周九", 2), "jiaxing.sec.c", new Violations());
    as("jiaxing.provider", Role.PROVIDER_OPERATOR, null);
    Instant from = Instant.now().minusSeconds(60);
    AccessGrant asked =
        grants.ask(
            new GrantDraft(
                system.getId(), List.of(Scope.HOST), "补丁", from, from.plus(Duration.ofDays(1))),
            new Violations());
    as("jiaxing.applicant.d", Role.UNIT_APPLICANT, unit);
    AccessRefused byApplicant =
        assertThrows(AccessRefused.class, () -> grants.act(asked.id(), GrantAction.APPROVE));
    assertEquals("OFFICER_DECIDES", byApplicant.reason());
    as("jiaxing.sec.other", Role.UNIT_SECURITY_OFFICER, unit);
    assertThrows(AccessRefused.class, () -> grants.act(asked.id(), GrantAction.REFUSE));
    as("jiaxing.sec.c", Role.UNIT_SECURITY_OFFICER, unit);
    assertEquals(GrantState.REQUESTED, grants.get(asked.id()).state());
    assertEquals(GrantState.APPROVED, grants.act(asked.id(), GrantAction.APPROVE).state());
  }

  @Test
  @DisplayName(
      "Art. 18: the CNAS assessment of a level-3 system: flagged until recorded; bad input 400, wrong role 403")
  void art18_assessmentOfLevelThree() {
    String unit = freshUnit();
    actAs(request, TENANT, unit, Role.UNIT_APPLICANT);
    AppSystem system = systems.register(null, details("周九", 3));
    assertTrue(assessments.missing(system));
    InvalidInputException bad =
        assertThrows(
            InvalidInputException.class,
            () ->
                assessments.record(
                    system.getId(),
                    new CnasAssessment.Draft("", "R-1", LocalDate.now().plusDays(3), "符合"),
                    new Violations()));
    assertEquals(List.of("institution", "reportDate"), fields(bad).stream().sorted().toList());
    assertTrue(assessments.of(system.getId()).isEmpty());
    CnasAssessment.Draft draft =
        new CnasAssessment.Draft("浙江省信息安全测评中心", "CNAS-2026-7", LocalDate.now(), "符合三级要求");
    assessments.record(system.getId(), draft, new Violations());
    assessments.attach(system.getId(), "report.pdf", new ByteArrayInputStream(PDF));
    assertFalse(assessments.missing(system));
    assertEquals("report.pdf", assessments.of(system.getId()).orElseThrow().getFile().name());
    assertTrue(audit.actionsAbout("system", system.getId()).contains("system.assessment.record"));
    actAs(request, TENANT, null, Role.REVIEWER);
    assertEquals("CNAS-2026-7", assessments.of(system.getId()).orElseThrow().reportNo());
    assertThrows(
        AccessDenied.class, () -> assessments.record(system.getId(), draft, new Violations()));
  }

  @Test
  @DisplayName(
      "Art. 18: another tenant's or another unit's system is 404 for the assessment and the officer")
  void art18_anotherTenantOrUnitIsNotFound() {
    String unit = freshUnit();
    actAs(request, TENANT, unit, Role.UNIT_APPLICANT);
    AppSystem system = systems.register(null, details("周九", 3), "jiaxing.sec.e", new Violations());
    String other = freshUnit();
    actAs(request, TENANT, other, Role.UNIT_APPLICANT);
    assertThrows(NotFound.class, () -> assessments.of(system.getId()));
    assertThrows(
        NotFound.class,
        () ->
            systems.update(
                system.getId(), null, details("x", 2), Optional.of(""), new Violations()));
    actAs(request, "huzhou", null, Role.REVIEWER);
    assertThrows(NotFound.class, () -> assessments.of(system.getId()));
    actAs(request, "huzhou", Deployments.demoUnit("huzhou"), Role.UNIT_APPLICANT);
    assertThrows(
        NotFound.class,
        () ->
            assessments.record(
                system.getId(),
                new CnasAssessment.Draft("机构", "R", LocalDate.now(), "符合"),
                new Violations()));
  }
}
