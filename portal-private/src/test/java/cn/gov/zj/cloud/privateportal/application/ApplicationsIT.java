package cn.gov.zj.cloud.privateportal.application;

import static cn.gov.zj.cloud.privateportal.Deployments.actAs;
import static cn.gov.zj.cloud.privateportal.Deployments.demoUnit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.application.ApplicationState;
import cn.gov.zj.cloud.domain.application.ElasticRange;
import cn.gov.zj.cloud.domain.application.ResourceDraft;
import cn.gov.zj.cloud.domain.registry.CloudStatus;
import cn.gov.zj.cloud.domain.registry.SystemDetails;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.Deployments;
import cn.gov.zj.cloud.privateportal.SheetRows;
import cn.gov.zj.cloud.privateportal.application.web.ApplicationDisplay;
import cn.gov.zj.cloud.privateportal.application.web.ApplicationRow;
import cn.gov.zj.cloud.privateportal.application.web.ApplicationSheets;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.web.PagedModel;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Art. 6, 7: application drafts in the private zone's database, inside Payara Micro. */
@ExtendWith(ArquillianExtension.class)
class ApplicationsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Inject HttpServletRequest request;
  @Inject Applications applications;
  @Inject Systems systems;
  @Inject ApplicationDisplay display;

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
              null),
          new ResourceDraft(
              "BANDWIDTH", null, null, null, null, null, null, null, null, null, null, null, 50));

  private AppSystem newSystem(String tenant) {
    actAs(request, tenant, demoUnit(tenant), Role.UNIT_APPLICANT);
    return systems.register(
        null,
        new SystemDetails.Draft(
            "申请-" + UUID.randomUUID(), null, 2, "刘八", CloudStatus.NOT_MIGRATED, null, null, false));
  }

  private static PageRequest firstPage() {
    return PageRequest.strict("0", "100", null, null, Applications.SORTABLE.keySet(), "dueDate");
  }

  @Test
  @DisplayName(
      "Art. 7: a unit applicant opens a draft with resource lines and an elastic range; history records it")
  void openDraft() {
    AppSystem system = newSystem("hangzhou");
    CloudApplication draft =
        applications.open(system.getId(), HOSTS, new ElasticRange.Draft(2, 6), new Violations());
    assertEquals(ApplicationState.DRAFT, draft.getState());
    assertEquals(6, applications.get(draft.getId()).getElasticMax());
    assertEquals(
        List.of("create"),
        applications.history(draft.getId()).stream().map(ApplicationEvent::getAction).toList());
    assertTrue(
        applications.list(ApplicationState.DRAFT, firstPage()).items().stream()
            .anyMatch(a -> a.getId().equals(draft.getId())));
  }

  @Test
  @DisplayName(
      "Art. 7: bad resource lines are named by path and nothing is stored; one open application per system")
  void badInput() {
    AppSystem system = newSystem("ningbo");
    List<ResourceDraft> bad =
        List.of(
            new ResourceDraft(
                "CLOUD_HOST", 2, 0, 32, 100, 500, "openEuler", null, null, null, null, null, null));
    InvalidInputException invalid =
        assertThrows(
            InvalidInputException.class,
            () -> applications.open(system.getId(), bad, null, new Violations()));
    assertTrue(
        invalid.errors().stream().map(FieldError::field).anyMatch("resources[0].vcpu"::equals),
        invalid.getMessage());
    long before = applications.list(null, firstPage()).total();

    applications.open(system.getId(), HOSTS, null, new Violations());
    InvalidInputException second =
        assertThrows(
            InvalidInputException.class,
            () -> applications.open(system.getId(), HOSTS, null, new Violations()));
    assertEquals("application.system.hasOpen", second.errors().get(0).messageKey());
    assertEquals(before + 1, applications.list(null, firstPage()).total());
  }

  @Test
  @DisplayName(
      "Art. 20: an application of another tenant is not found; a system of another tenant cannot be applied for")
  void tenantIsolation() {
    AppSystem system = newSystem("wenzhou");
    CloudApplication draft = applications.open(system.getId(), HOSTS, null, new Violations());
    actAs(request, "jiaxing", demoUnit("jiaxing"), Role.UNIT_APPLICANT);
    assertThrows(NotFound.class, () -> applications.get(draft.getId()));
    InvalidInputException invalid =
        assertThrows(
            InvalidInputException.class,
            () -> applications.open(system.getId(), HOSTS, null, new Violations()));
    assertEquals("application.system.unknown", invalid.errors().get(0).messageKey());
    actAs(request, "jiaxing", null, Role.REVIEWER);
    assertThrows(NotFound.class, () -> applications.get(draft.getId()));
  }

  @Test
  @DisplayName(
      "art7_ a draft's system and resource lines are revised; the open application of a system is found for step 1; another tenant's draft is not found")
  void art7_draftRevised() {
    AppSystem first = newSystem("wenzhou");
    AppSystem second = newSystem("wenzhou");
    CloudApplication draft = applications.open(first.getId(), HOSTS, null, new Violations());
    assertEquals(Optional.of(draft.getId()), applications.openApplicationOf(first.getId()));
    assertEquals(Optional.empty(), applications.openApplicationOf(second.getId()));

    applications.revise(draft.getId(), second.getId(), HOSTS.subList(1, 2), null, new Violations());
    CloudApplication revised = applications.get(draft.getId());
    assertEquals(second.getId(), revised.getSystemId());
    assertEquals(1, PlanJson.asked(revised).lines().size());
    assertEquals(Optional.empty(), applications.openApplicationOf(first.getId()));

    applications.open(first.getId(), HOSTS, null, new Violations());
    InvalidInputException taken =
        assertThrows(
            InvalidInputException.class,
            () -> applications.revise(draft.getId(), first.getId(), HOSTS, null, new Violations()));
    assertEquals("application.system.hasOpen", taken.errors().get(0).messageKey());
    assertEquals(second.getId(), applications.get(draft.getId()).getSystemId(), "unchanged");

    actAs(request, "jiaxing", demoUnit("jiaxing"), Role.UNIT_APPLICANT);
    assertThrows(
        NotFound.class,
        () -> applications.revise(draft.getId(), second.getId(), HOSTS, null, new Violations()));
  }

  @Test
  @DisplayName(
      "Issue 11, Art. 6: the applications list exports to XLSX as searched on the page, headed in"
          + " Chinese; another tenant's applications with the same name are not in it")
  void art6_applicationsExportAsListed() {
    String token = "导出-" + UUID.randomUUID().toString().substring(0, 8);
    CloudApplication theirs =
        applications.open(
            newSystem("huzhou", token + "-湖州").getId(), HOSTS, null, new Violations());
    List<Long> mine = new ArrayList<>();
    for (String name : List.of(token + "-甲", token + "-乙")) {
      mine.add(
          applications
              .open(newSystem("lishui", name).getId(), HOSTS, null, new Violations())
              .getId());
    }
    applications.open(newSystem("lishui").getId(), HOSTS, null, new Violations());
    PagedModel<ApplicationRow> model =
        new PagedModel<>(
            request -> display.rows(applications.list(null, false, request)),
            Applications.SORTABLE.keySet(),
            "dueDate",
            ApplicationRow::getId);
    List<ApplicationRow> shown = model.load(0, 20, Map.of(), SheetRows.searching(token));
    byte[] file =
        ApplicationSheets.write(
            "nav.applications", model.all(), SheetRows.ui(), SheetRows.domain());
    List<List<String>> rows = SheetRows.read(file);
    assertEquals("上云申请", SheetRows.sheetName(file));
    assertEquals(List.of("申请编号", "系统名称", "状态"), rows.get(0).subList(0, 3));
    List<String> ids = rows.subList(1, rows.size()).stream().map(row -> row.get(0)).toList();
    assertEquals(shown.stream().map(row -> String.valueOf(row.getId())).toList(), ids);
    assertEquals(Set.of(String.valueOf(mine.get(0)), String.valueOf(mine.get(1))), Set.copyOf(ids));
    assertFalse(ids.contains(String.valueOf(theirs.getId())), "another tenant's application");
    assertEquals("草稿", rows.get(1).get(2));
    assertTrue(rows.get(1).get(1).startsWith(token), rows.toString());
  }

  private AppSystem newSystem(String tenant, String name) {
    actAs(request, tenant, demoUnit(tenant), Role.UNIT_APPLICANT);
    return systems.register(
        null,
        new SystemDetails.Draft(name, null, 2, "刘八", CloudStatus.NOT_MIGRATED, null, null, false));
  }
}
