package cn.gov.zj.cloud.privateportal.securityfile;

import static cn.gov.zj.cloud.privateportal.Deployments.actAs;
import static cn.gov.zj.cloud.privateportal.Deployments.demoUnit;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.inspection.FindingAction;
import cn.gov.zj.cloud.domain.inspection.FindingSeverity;
import cn.gov.zj.cloud.domain.inspection.InspectionKind;
import cn.gov.zj.cloud.domain.registry.CloudStatus;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.privateportal.AuditProbe;
import cn.gov.zj.cloud.privateportal.Deployments;
import cn.gov.zj.cloud.privateportal.TenantRows;
import cn.gov.zj.cloud.privateportal.bulletin.BulletinView;
import cn.gov.zj.cloud.privateportal.bulletin.Bulletins;
import cn.gov.zj.cloud.privateportal.bulletin.DrillDraft;
import cn.gov.zj.cloud.privateportal.bulletin.DrillView;
import cn.gov.zj.cloud.privateportal.bulletin.Drills;
import cn.gov.zj.cloud.privateportal.inspection.FindingDraft;
import cn.gov.zj.cloud.privateportal.inspection.FindingView;
import cn.gov.zj.cloud.privateportal.inspection.Findings;
import cn.gov.zj.cloud.privateportal.inspection.InspectionDraft;
import cn.gov.zj.cloud.privateportal.inspection.InspectionView;
import cn.gov.zj.cloud.privateportal.inspection.Inspections;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import cn.gov.zj.cloud.privateportal.rest.Conflict;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 17, 19: a finding's rectification evidence, a bulletin's attachments and a drill's report:
 * stored and checked as an application's files, listed and downloaded by whoever sees the item,
 * audited; and the attacks: another tenant's item 404, a wrong role 403, a finding no longer open
 * 409, a bad file 400 naming {@code file} with nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityFilesIT {

  private static final String TENANT = "taizhou";
  private static final byte[] PDF = Deployments.PDF;

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal().addClass(TenantRows.class);
  }

  @Inject HttpServletRequest request;
  @Inject SecurityFiles files;
  @Inject Inspections inspections;
  @Inject Findings findings;
  @Inject Bulletins bulletins;
  @Inject Drills drills;
  @Inject Systems systems;
  @Inject AuditProbe audit;

  @Resource(lookup = "java:app/jdbc/private")
  DataSource dataSource;

  private FindingView finding() {
    AppSystem system = Deployments.system(request, systems, TENANT, "整改-", CloudStatus.ON_CLOUD);
    actAs(request, TENANT, null, Role.REVIEWER);
    InspectionView inspection =
        inspections.plan(
            new InspectionDraft(
                "专项检查",
                InspectionKind.SPECIAL,
                List.of(system.getUnitId()),
                LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 30)));
    return findings.record(
        inspection.id(),
        new FindingDraft(system.getId(), FindingSeverity.HIGH, "弱口令", "GB/T 22239-2019"));
  }

  private long stored(String owner, long id) throws Exception {
    return TenantRows.count(
        dataSource,
        TENANT,
        "select count(*) from security_attachment where owner_kind = '"
            + owner
            + "' and owner_id = ?",
        id);
  }

  private static ByteArrayInputStream pdf() {
    return new ByteArrayInputStream(PDF);
  }

  @Test
  @DisplayName(
      "Art. 17: the unit attaches its rectification evidence while the finding is open; the"
          + " inspector lists and downloads it (audited); once submitted no more (409)")
  void art17_rectificationEvidence() throws Exception {
    FindingView finding = finding();
    actAs(request, TENANT, demoUnit(TENANT), Role.UNIT_SECURITY_OFFICER);
    SecurityFile evidence =
        files.upload(SecurityFileOwner.FINDING, finding.id(), "整改报告.pdf", pdf());
    assertEquals("整改报告.pdf", evidence.fileName());
    assertEquals("application/pdf", evidence.contentType());
    findings.act(finding.id(), FindingAction.SUBMIT_RECTIFICATION, "已整改，见附件");
    Conflict late =
        assertThrows(
            Conflict.class,
            () -> files.upload(SecurityFileOwner.FINDING, finding.id(), "b.pdf", pdf()));
    assertEquals("finding.attachment.notOpen", late.messageKey());
    assertEquals(1, stored("FINDING", finding.id()));

    actAs(request, TENANT, null, Role.SECURITY_SUPERVISOR);
    assertEquals(
        List.of(evidence.id()),
        files.of(SecurityFileOwner.FINDING, finding.id()).stream().map(SecurityFile::id).toList());
    SecurityFiles.Download download =
        files.download(SecurityFileOwner.FINDING, finding.id(), evidence.id());
    assertArrayEquals(PDF, Files.readAllBytes(download.path()));
    List<String> actions = audit.actionsAbout("finding-attachment", evidence.id());
    assertTrue(actions.contains("security.file.upload"), actions.toString());
    assertTrue(actions.contains("security.file.download"), actions.toString());
  }

  @Test
  @DisplayName(
      "Art. 19: the provider attaches files to its bulletin and the drill's report; a unit lists"
          + " and downloads the bulletin's")
  void art19_bulletinAndDrillFiles() throws Exception {
    actAs(request, TENANT, null, Role.PROVIDER_OPERATOR);
    int year = ThreadLocalRandom.current().nextInt(2001, 2010);
    BulletinView bulletin =
        bulletins.publish(
            year + "-" + String.format("%02d", ThreadLocalRandom.current().nextInt(1, 13)),
            "安全通报",
            "正文");
    SecurityFile attached =
        files.upload(SecurityFileOwner.BULLETIN, bulletin.id(), "漏洞清单.pdf", pdf());
    DrillView drill =
        drills.record(new DrillDraft(year, "勒索病毒应急处置", LocalDate.of(year, 11, 20), "运维组", "已恢复"));
    SecurityFile report = files.upload(SecurityFileOwner.DRILL, drill.id(), "演练报告.pdf", pdf());
    assertEquals(drill.id(), report.ownerId());

    actAs(request, TENANT, demoUnit(TENANT), Role.UNIT_APPLICANT);
    assertEquals(1, files.of(SecurityFileOwner.BULLETIN, bulletin.id()).size());
    assertEquals(
        attached.sha256(),
        files.download(SecurityFileOwner.BULLETIN, bulletin.id(), attached.id()).file().sha256());
    assertEquals(1, files.of(SecurityFileOwner.DRILL, drill.id()).size());
    assertThrows(
        NotFound.class,
        () -> files.download(SecurityFileOwner.BULLETIN, bulletin.id(), report.id()));
  }

  @Test
  @DisplayName("Attack: another tenant's finding, bulletin and drill files are 404, nothing stored")
  void otherTenantIs404() throws Exception {
    FindingView finding = finding();
    actAs(request, TENANT, demoUnit(TENANT), Role.UNIT_APPLICANT);
    SecurityFile evidence = files.upload(SecurityFileOwner.FINDING, finding.id(), "a.pdf", pdf());
    actAs(request, "lishui", demoUnit("lishui"), Role.UNIT_APPLICANT);
    assertThrows(
        NotFound.class,
        () -> files.upload(SecurityFileOwner.FINDING, finding.id(), "x.pdf", pdf()));
    assertThrows(NotFound.class, () -> files.of(SecurityFileOwner.FINDING, finding.id()));
    assertThrows(
        NotFound.class,
        () -> files.download(SecurityFileOwner.FINDING, finding.id(), evidence.id()));
    actAs(request, "lishui", null, Role.PROVIDER_OPERATOR);
    assertThrows(
        NotFound.class,
        () -> files.upload(SecurityFileOwner.DRILL, Long.MAX_VALUE, "x.pdf", pdf()));
    assertEquals(1, stored("FINDING", finding.id()));
  }

  @Test
  @DisplayName(
      "Attack: wrong role 403 (the reviewer uploads evidence, a unit to a bulletin); bad file 400"
          + " naming file; nothing stored")
  void wrongRoleAndBadInput() throws Exception {
    FindingView finding = finding();
    actAs(request, TENANT, null, Role.REVIEWER);
    assertThrows(
        AccessDenied.class,
        () -> files.upload(SecurityFileOwner.FINDING, finding.id(), "a.pdf", pdf()));
    actAs(request, TENANT, demoUnit(TENANT), Role.UNIT_APPLICANT);
    InvalidInputException bad =
        assertThrows(
            InvalidInputException.class,
            () ->
                files.upload(
                    SecurityFileOwner.FINDING,
                    finding.id(),
                    "x.pdf",
                    new ByteArrayInputStream("MZ not a pdf".getBytes(StandardCharsets.US_ASCII))));
    assertEquals("file", bad.errors().get(0).field());
    InvalidInputException none =
        assertThrows(
            InvalidInputException.class,
            () -> files.upload(SecurityFileOwner.FINDING, finding.id(), null, null));
    assertEquals("file", none.errors().get(0).field());
    assertEquals(0, stored("FINDING", finding.id()));
    actAs(request, TENANT, null, Role.PROVIDER_OPERATOR);
    BulletinView bulletin =
        bulletins.publish(
            ThreadLocalRandom.current().nextInt(2010, 2020)
                + "-"
                + String.format("%02d", ThreadLocalRandom.current().nextInt(1, 13)),
            "通报",
            "正文");
    actAs(request, TENANT, demoUnit(TENANT), Role.UNIT_APPLICANT);
    assertThrows(
        AccessDenied.class,
        () -> files.upload(SecurityFileOwner.BULLETIN, bulletin.id(), "a.pdf", pdf()));
    assertEquals(0, stored("BULLETIN", bulletin.id()));
  }
}
