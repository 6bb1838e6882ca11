package cn.gov.zj.cloud.privateportal.registry;

import static cn.gov.zj.cloud.privateportal.Deployments.actAs;
import static cn.gov.zj.cloud.privateportal.Deployments.demoUnit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.registry.CloudStatus;
import cn.gov.zj.cloud.domain.registry.CreditCode;
import cn.gov.zj.cloud.domain.registry.SystemDetails;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.AuditProbe;
import cn.gov.zj.cloud.privateportal.Deployments;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The registry services inside Payara Micro against the real private database. */
@ExtendWith(ArquillianExtension.class)
class RegistryIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Inject HttpServletRequest request;
  @Inject Units units;
  @Inject Systems systems;
  @Inject Oversight oversight;
  @Inject AuditProbe auditProbe;

  private static PageRequest firstPage(String search) {
    return PageRequest.parse(
        "0", "100", null, search, Systems.SORTABLE.keySet(), "name", new Violations());
  }

  private static SystemDetails.Draft draft(String name, int level) {
    return new SystemDetails.Draft(
        name, "测试", level, "李四", CloudStatus.ON_CLOUD, LocalDate.of(2025, 3, 1), null, true);
  }

  private static String freshCode() {
    String first17 =
        "12330100"
            + String.format(
                "%09d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
    return first17 + CreditCode.checkCharacter(first17);
  }

  @Test
  @DisplayName("Art. 3, Art. 4: a tenant admin registers a unit, audited with its state")
  void tenantAdminCreatesUnit() {
    actAs(request, "hangzhou", null, Role.TENANT_ADMIN);
    String code = freshCode();
    UsingUnit unit = units.create("杭州市测试局", code, "0571-88888888");
    assertEquals(code, units.get(unit.getId()).getCreditCode());
    List<String> actions = auditProbe.actionsAbout("unit", unit.getId());
    assertEquals(List.of("unit.create"), actions);
  }

  @Test
  @DisplayName(
      "Art. 3: a duplicate or invalid credit code is refused by name and nothing is stored")
  void badUnitInputStoresNothing() {
    actAs(request, "hangzhou", null, Role.TENANT_ADMIN);
    long before = units.list(firstPage(null)).total();
    InvalidInputException invalid =
        assertThrows(
            InvalidInputException.class, () -> units.create("X", demoUnit("hangzhou"), "c"));
    assertEquals("registry.unit.creditCode.taken", invalid.errors().get(0).messageKey());
    invalid = assertThrows(InvalidInputException.class, () -> units.create("", "123", null));
    assertEquals(
        List.of("name", "contact", "creditCode"),
        invalid.errors().stream().map(FieldError::field).toList());
    assertEquals(before, units.list(firstPage(null)).total());
  }

  @Test
  @DisplayName("Art. 25: only the tenant admin manages units")
  void applicantCannotCreateUnits() {
    actAs(request, "hangzhou", demoUnit("hangzhou"), Role.UNIT_APPLICANT);
    assertThrows(AccessDenied.class, () -> units.create("X", freshCode(), "c"));
  }

  @Test
  @DisplayName(
      "Art. 3, Art. 18: an applicant registers a system of their own unit; another tenant sees nothing of it")
  void systemsStayInTheirTenant() {
    actAs(request, "hangzhou", demoUnit("hangzhou"), Role.UNIT_APPLICANT);
    String name = "政务系统-" + UUID.randomUUID();
    AppSystem system = systems.register(null, draft(name, 3));
    assertEquals(1, systems.list(firstPage(name)).total());

    actAs(request, "ningbo", demoUnit("ningbo"), Role.UNIT_APPLICANT);
    assertEquals(0, systems.list(firstPage(name)).total());
    assertThrows(NotFound.class, () -> systems.get(system.getId()));
    assertThrows(NotFound.class, () -> systems.update(system.getId(), null, draft("改名", 2)));

    actAs(request, "ningbo", null, Role.REVIEWER);
    assertThrows(NotFound.class, () -> systems.get(system.getId()));
  }

  @Test
  @DisplayName("Art. 3: a system of another unit of the same tenant is refused by name")
  void otherUnitRefused() {
    actAs(request, "hangzhou", null, Role.TENANT_ADMIN);
    UsingUnit other = units.create("杭州市另一局", freshCode(), "0571-1");
    actAs(request, "hangzhou", demoUnit("hangzhou"), Role.UNIT_APPLICANT);
    InvalidInputException invalid =
        assertThrows(
            InvalidInputException.class, () -> systems.register(other.getId(), draft("X", 2)));
    assertEquals("registry.system.unit.notYours", invalid.errors().get(0).messageKey());
  }

  @Test
  @DisplayName("Art. 18: an invalid MLPS level stores nothing")
  void invalidLevelStoresNothing() {
    actAs(request, "hangzhou", demoUnit("hangzhou"), Role.UNIT_APPLICANT);
    String name = "无效级别-" + UUID.randomUUID();
    assertThrows(InvalidInputException.class, () -> systems.register(null, draft(name, 6)));
    assertEquals(0, systems.list(firstPage(name)).total());
  }

  @Test
  @DisplayName("Art. 3: an edit is audited with the state before and after")
  void editIsAudited() {
    actAs(request, "hangzhou", demoUnit("hangzhou"), Role.UNIT_APPLICANT);
    AppSystem system = systems.register(null, draft("审计-" + UUID.randomUUID(), 2));
    systems.update(system.getId(), null, draft("审计已改", 3));
    assertEquals(
        List.of("system.update", "system.register"),
        auditProbe.actionsAbout("system", system.getId()));
    assertTrue(auditProbe.lastBefore("system", system.getId()).contains("\"mlpsLevel\":2"));
  }

  @Test
  @DisplayName("Art. 4: the province admin reads every tenant's systems; a city admin cannot")
  void provinceOversight() {
    actAs(request, "wenzhou", demoUnit("wenzhou"), Role.UNIT_APPLICANT);
    String name = "温州系统-" + UUID.randomUUID();
    systems.register(null, draft(name, 1));

    actAs(request, "zhejiang", null, Role.PROVINCE_ADMIN);
    assertEquals(1, oversight.systems("wenzhou", firstPage(name)).total());
    assertEquals(0, oversight.systems("ningbo", firstPage(name)).total());

    actAs(request, "hangzhou", null, Role.TENANT_ADMIN, Role.PROVINCE_ADMIN);
    assertThrows(AccessDenied.class, () -> oversight.systems(null, firstPage(name)));
  }
}
