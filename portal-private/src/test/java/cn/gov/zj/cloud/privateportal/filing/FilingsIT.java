package cn.gov.zj.cloud.privateportal.filing;

import static cn.gov.zj.cloud.privateportal.Deployments.actAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.filing.BuildMode;
import cn.gov.zj.cloud.domain.filing.FilingState;
import cn.gov.zj.cloud.domain.filing.PlatformChoice;
import cn.gov.zj.cloud.domain.filing.PlatformPlan;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.AuditProbe;
import cn.gov.zj.cloud.privateportal.Deployments;
import cn.gov.zj.cloud.privateportal.notification.NotificationKind;
import cn.gov.zj.cloud.privateportal.notification.Notifications;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.rest.Conflict;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 4, 5: platform filings and competent departments in Payara Micro on PostgreSQL: a city
 * files, the province returns, the city files again, the province accepts; the attacks (another
 * city's filing 404, the city acting as the province 403, a reviewer 403, the wrong state 409 with
 * the actions allowed now, bad input 400 with nothing stored).
 */
@ExtendWith(ArquillianExtension.class)
class FilingsIT {

  private static final String CITY = "lishui";
  private static final String OTHER_CITY = "huzhou";
  private static final String PROVINCE = "zhejiang";
  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Inject HttpServletRequest request;
  @Inject Filings filings;
  @Inject FilingReviews reviews;
  @Inject FilingDecisions decisions;
  @Inject TenantProfiles profiles;
  @Inject Notifications notifications;
  @Inject AuditProbe audit;

  private static PlatformPlan.Draft plan(String name) {
    return new PlatformPlan.Draft(
        name, BuildMode.LEASED, "某云服务商", Map.of("vcpu", 4000, "storageTib", 500), 3);
  }

  private PlatformFiling filed(String city) {
    actAs(request, city, null, Role.TENANT_ADMIN);
    return filings.file(
        plan("政务云-" + UUID.randomUUID()),
        "建设方案.pdf",
        new ByteArrayInputStream(PDF),
        new Violations());
  }

  private PlatformFiling decide(long id, String action, String opinion) {
    actAs(request, PROVINCE, null, Role.PROVINCE_ADMIN);
    return decisions.decide(id, action, opinion);
  }

  private static PageRequest page() {
    return PageRequest.strict("0", "100", "-filedAt", null, Filings.SORTABLE.keySet(), "filedAt");
  }

  private List<NotificationKind> noticesOf(String tenant, Role role) {
    actAs(request, tenant, null, role);
    return notifications
        .mine(
            false,
            PageRequest.strict(
                "0", "100", "-createdAt", null, Notifications.SORTABLE.keySet(), "createdAt"))
        .items()
        .stream()
        .map(n -> n.getKind())
        .toList();
  }

  @Test
  @DisplayName(
      "Art. 5: a city files its platform, the province returns it with an opinion, the city"
          + " corrects and files again, the province accepts: on the register, told and audited")
  void art5_fileReturnResubmitAccept() {
    PlatformFiling filing = filed(CITY);
    assertEquals(FilingState.SUBMITTED, filing.getState());
    actAs(request, PROVINCE, null, Role.PROVINCE_ADMIN);
    assertTrue(
        reviews.list(CITY, FilingState.SUBMITTED, page()).items().stream()
            .anyMatch(f -> f.getId().equals(filing.getId())));
    assertEquals(CITY, reviews.get(filing.getId()).getTenantId());

    assertEquals(FilingState.RETURNED, decide(filing.getId(), "return", "容量测算依据不足").getState());
    actAs(request, CITY, null, Role.TENANT_ADMIN);
    assertEquals("容量测算依据不足", filings.get(filing.getId()).getOpinion());
    assertTrue(noticesOf(CITY, Role.TENANT_ADMIN).contains(NotificationKind.FILING_DECIDED));

    actAs(request, CITY, null, Role.TENANT_ADMIN);
    PlatformFiling again =
        filings.resubmit(filing.getId(), plan("丽水市政务云（修订）"), null, null, new Violations());
    assertEquals(FilingState.SUBMITTED, again.getState());
    assertNull(again.getOpinion());
    assertEquals(filing.getPlanSha256(), again.getPlanSha256());

    assertEquals(FilingState.ACCEPTED, decide(filing.getId(), "accept", "同意备案").getState());
    actAs(request, PROVINCE, null, Role.PROVINCE_ADMIN);
    assertTrue(reviews.register().stream().anyMatch(f -> f.getId().equals(filing.getId())));
    assertEquals(
        List.of("file", "return", "resubmit", "accept"),
        reviews.history(filing.getId()).stream().map(FilingEvent::getAction).toList());
    actAs(request, CITY, null, Role.TENANT_ADMIN);
    assertTrue(filings.register().stream().anyMatch(f -> f.getId().equals(filing.getId())));
    assertEquals(
        List.of("filing.action", "filing.action", "filing.action", "filing.submit"),
        audit.actionsAbout("filing", filing.getId()));
    assertEquals(PDF.length, filings.plan(filing.getId()).filing().getPlanSize());
  }

  @Test
  @DisplayName("Attack: another city's filing is 404, to read, to download and to file again")
  void attack_anotherCitysFilingIs404() {
    PlatformFiling filing = filed(CITY);
    actAs(request, OTHER_CITY, null, Role.TENANT_ADMIN);
    assertThrows(NotFound.class, () -> filings.get(filing.getId()));
    assertThrows(NotFound.class, () -> filings.plan(filing.getId()));
    assertThrows(
        NotFound.class,
        () -> filings.resubmit(filing.getId(), plan("x"), null, null, new Violations()));
    assertTrue(
        filings.list(null, page()).items().stream()
            .noneMatch(f -> f.getId().equals(filing.getId())));
  }

  @Test
  @DisplayName(
      "Attack: a city's tenant-admin acting as the province, a reviewer, and the province's own"
          + " tenant-admin are refused (403); the province files nothing with itself (409)")
  void attack_wrongRolesRefused() {
    PlatformFiling filing = filed(CITY);
    actAs(request, CITY, null, Role.TENANT_ADMIN);
    assertThrows(AccessDenied.class, () -> decisions.decide(filing.getId(), "accept", "x"));
    assertThrows(AccessDenied.class, () -> reviews.list(null, null, page()));
    assertThrows(AccessDenied.class, () -> reviews.profiles());
    actAs(request, CITY, null, Role.REVIEWER);
    assertThrows(AccessDenied.class, () -> filings.get(filing.getId()));
    assertThrows(
        AccessDenied.class,
        () -> filings.file(plan("x"), "a.pdf", new ByteArrayInputStream(PDF), new Violations()));
    actAs(request, PROVINCE, null, Role.REVIEWER);
    assertThrows(AccessDenied.class, () -> decisions.decide(filing.getId(), "return", "x"));
    actAs(request, PROVINCE, null, Role.TENANT_ADMIN);
    assertThrows(AccessDenied.class, () -> decisions.decide(filing.getId(), "return", "x"));
    assertThrows(
        Conflict.class,
        () -> filings.file(plan("省级"), "a.pdf", new ByteArrayInputStream(PDF), new Violations()));
    actAs(request, CITY, null, Role.TENANT_ADMIN);
    assertEquals(FilingState.SUBMITTED, filings.get(filing.getId()).getState());
  }

  @Test
  @DisplayName(
      "Art. 5: an action the filing's state does not allow is 409 with what is allowed now")
  void art5_wrongStateIs409WithAllowedActions() {
    PlatformFiling filing = filed(CITY);
    actAs(request, CITY, null, Role.TENANT_ADMIN);
    FilingRefused early =
        assertThrows(
            FilingRefused.class,
            () -> filings.resubmit(filing.getId(), plan("x"), null, null, new Violations()));
    assertEquals("SUBMITTED", early.members().getString("state"));
    assertEquals(
        List.of("accept", "return"),
        early
            .members()
            .getJsonArray("allowedNow")
            .getValuesAs(jakarta.json.JsonString.class)
            .stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    decide(filing.getId(), "accept", "同意");
    FilingRefused late =
        assertThrows(FilingRefused.class, () -> decisions.decide(filing.getId(), "return", "晚了"));
    assertEquals(0, late.members().getJsonArray("allowedNow").size());
    assertThrows(NotFound.class, () -> decisions.decide(filing.getId(), "approve", "x"));
    assertThrows(NotFound.class, () -> decisions.decide(Long.MAX_VALUE, "accept", "x"));
  }

  @Test
  @DisplayName(
      "Attack: bad input is 400 naming each field (the document as file) and stores nothing")
  void attack_badInputIs400NothingStored() {
    actAs(request, CITY, null, Role.TENANT_ADMIN);
    long before = filings.list(null, page()).total();
    InvalidInputException plan =
        assertThrows(
            InvalidInputException.class,
            () ->
                filings.file(
                    new PlatformPlan.Draft(" ", null, "p", Map.of("gpu", 2), 9),
                    "a.pdf",
                    new ByteArrayInputStream(PDF),
                    new Violations()));
    assertEquals(
        List.of("platformName", "mode", "capacity.gpu", "mlpsLevel"),
        plan.errors().stream().map(FieldError::field).toList());
    InvalidInputException missing =
        assertThrows(
            InvalidInputException.class,
            () -> filings.file(plan("x"), null, null, new Violations()));
    assertEquals("file", missing.errors().get(0).field());
    InvalidInputException exe =
        assertThrows(
            InvalidInputException.class,
            () ->
                filings.file(
                    plan("x"),
                    "plan.pdf",
                    new ByteArrayInputStream("MZ not a pdf".getBytes(StandardCharsets.US_ASCII)),
                    new Violations()));
    assertEquals("file", exe.errors().get(0).field());
    PlatformFiling filing = filed(CITY);
    actAs(request, PROVINCE, null, Role.PROVINCE_ADMIN);
    assertThrows(
        InvalidInputException.class, () -> decisions.decide(filing.getId(), "accept", " "));
    assertEquals(FilingState.SUBMITTED, reviews.get(filing.getId()).getState());
    decide(filing.getId(), "return", "补充材料");
    actAs(request, CITY, null, Role.TENANT_ADMIN);
    assertThrows(
        InvalidInputException.class,
        () ->
            filings.resubmit(
                filing.getId(),
                new PlatformPlan.Draft("x", BuildMode.OWN, "p", Map.of("vcpu", 0), 2),
                null,
                null,
                new Violations()));
    assertEquals(FilingState.RETURNED, filings.get(filing.getId()).getState());
    assertEquals(before + 1, filings.list(null, page()).total());
  }

  @Test
  @DisplayName(
      "Art. 4, 5: the tenant-admin records the competent department and platform, audited;"
          + " the province sees every city's; others may not change it")
  void art5_profileRecordedAndSeenByProvince() {
    actAs(request, OTHER_CITY, null, Role.REVIEWER);
    assertThrows(
        AccessDenied.class,
        () ->
            profiles.change(
                "湖州市大数据局",
                "张三",
                "0572-2000000",
                "a@hz.gov.cn",
                PlatformChoice.CITY,
                new Violations()));
    assertNull(profiles.mine().getDepartment());
    actAs(request, OTHER_CITY, null, Role.TENANT_ADMIN);
    InvalidInputException bad =
        assertThrows(
            InvalidInputException.class,
            () -> profiles.change(" ", "张三", "x", "no-mail", null, new Violations()));
    assertEquals(4, bad.errors().size());
    TenantProfile profile =
        profiles.change(
            "湖州市大数据发展管理局",
            "张三",
            "0572-2000000",
            "zwy@huzhou.gov.cn",
            PlatformChoice.CITY,
            new Violations());
    assertEquals(PlatformChoice.CITY, profile.getPlatform());
    assertEquals(List.of("profile.change"), audit.actionsAbout("tenant-profile", OTHER_CITY));
    actAs(request, OTHER_CITY, null, Role.UNIT_APPLICANT);
    assertEquals("张三", profiles.mine().getContactPerson());
    actAs(request, PROVINCE, null, Role.PROVINCE_ADMIN);
    assertTrue(
        reviews.profiles().stream()
            .anyMatch(
                p -> p.getTenantId().equals(OTHER_CITY) && "张三".equals(p.getContactPerson())));
  }
}
