package cn.gov.zj.cloud.privateportal.application;

import static cn.gov.zj.cloud.privateportal.Deployments.actAs;
import static cn.gov.zj.cloud.privateportal.Deployments.demoUnit;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.registry.CloudStatus;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.AuditProbe;
import cn.gov.zj.cloud.privateportal.Deployments;
import cn.gov.zj.cloud.privateportal.TenantRows;
import cn.gov.zj.cloud.privateportal.access.AccessRefused;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.rest.Conflict;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 20 least privilege: a unit shares one material with the provider without a grant and stops
 * sharing it (audited), and the provider's download follows; the attacks: another tenant's material
 * 404, the provider or the reviewer deciding 403, a provider-task material 409, and nothing stored
 * on any refusal.
 */
@ExtendWith(ArquillianExtension.class)
class MaterialSharesIT {

  private static final String TENANT = "wenzhou";
  private static final byte[] PDF = Deployments.PDF;

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal().addClass(TenantRows.class);
  }

  @Inject HttpServletRequest request;
  @Inject Applications applications;
  @Inject Attachments attachments;
  @Inject MaterialShares shares;
  @Inject Systems systems;
  @Inject AuditProbe audit;

  @Resource(lookup = "java:app/jdbc/private")
  DataSource dataSource;

  private record Materials(long application, long plan, long backup) {}

  private Materials materials() {
    AppSystem system =
        Deployments.system(request, systems, TENANT, "共享-", CloudStatus.NOT_MIGRATED);
    CloudApplication draft =
        applications.open(
            system.getId(), List.of(Deployments.bandwidth(20)), null, new Violations());
    ApplicationAttachment plan =
        attachments.upload(
            draft.getId(), "CONSTRUCTION_PLAN", "方案.pdf", new ByteArrayInputStream(PDF));
    ApplicationAttachment backup =
        attachments.upload(
            draft.getId(), "BACKUP_CONFIRMATION", "备份.pdf", new ByteArrayInputStream(PDF));
    return new Materials(draft.getId(), plan.getId(), backup.getId());
  }

  private long rows(long attachment) throws Exception {
    return TenantRows.count(
        dataSource,
        TENANT,
        "select count(*) from material_share where attachment_id = ?",
        attachment);
  }

  private void provider() {
    actAs(request, TENANT, null, Role.PROVIDER_OPERATOR);
  }

  @Test
  @DisplayName(
      "Art. 20: the unit shares its construction plan with the provider, who reads it without a"
          + " grant; after unsharing 403 again; both changes audited")
  void art20_sharedMaterialReadableWithoutGrant() {
    Materials m = materials();
    provider();
    assertThrows(AccessRefused.class, () -> attachments.download(m.application(), m.plan()));
    actAs(request, TENANT, demoUnit(TENANT), Role.UNIT_SECURITY_OFFICER);
    assertTrue(shares.share(m.application(), m.plan(), true));
    provider();
    assertDoesNotThrow(() -> attachments.download(m.application(), m.plan()));
    assertTrue(shares.shared(m.application(), m.plan()));
    actAs(request, TENANT, demoUnit(TENANT), Role.UNIT_APPLICANT);
    assertFalse(shares.share(m.application(), m.plan(), false));
    provider();
    assertThrows(AccessRefused.class, () -> attachments.download(m.application(), m.plan()));
    assertEquals(
        2,
        audit.actionsAbout("attachment", m.plan()).stream()
            .filter("material.share"::equals)
            .count());
  }

  @Test
  @DisplayName(
      "Attack: another tenant's material 404, provider or reviewer deciding 403, a provider-task"
          + " material 409; nothing stored")
  void attacks() throws Exception {
    Materials m = materials();
    actAs(request, "lishui", demoUnit("lishui"), Role.UNIT_APPLICANT);
    assertThrows(NotFound.class, () -> shares.share(m.application(), m.plan(), true));
    provider();
    assertThrows(AccessDenied.class, () -> shares.share(m.application(), m.plan(), true));
    actAs(request, TENANT, null, Role.REVIEWER);
    assertThrows(AccessDenied.class, () -> shares.share(m.application(), m.plan(), true));
    actAs(request, TENANT, demoUnit(TENANT), Role.UNIT_APPLICANT);
    assertThrows(Conflict.class, () -> shares.share(m.application(), m.backup(), true));
    assertThrows(NotFound.class, () -> shares.share(m.application(), Long.MAX_VALUE, true));
    assertEquals(0, rows(m.plan()));
    assertEquals(0, rows(m.backup()));
  }
}
