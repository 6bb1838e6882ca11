package cn.gov.zj.cloud.privateportal;

import cn.gov.zj.cloud.domain.application.ResourceDraft;
import cn.gov.zj.cloud.domain.demo.DemoUnit;
import cn.gov.zj.cloud.domain.registry.CreditCode;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.privateportal.security.Actor;
import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.util.Set;
import java.util.UUID;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build made, with the test helpers added: tests run against the real artifact. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive portal() {
    return ShrinkWrap.createFromZipFile(
            WebArchive.class, new File(System.getProperty("portal.war")))
        .addClasses(Deployments.class, AuditProbe.class, SheetRows.class, TenantSql.class);
  }

  /** Acts as a user of that tenant in the current in-container request. */
  public static Actor actAs(
      HttpServletRequest request, String tenant, String unitCode, Role... roles) {
    var found = TenantDirectory.load().find(tenant).orElseThrow();
    Actor actor = new Actor(found, tenant + ".test", tenant + " test", Set.of(roles), unitCode);
    request.setAttribute(Actor.ATTRIBUTE, actor);
    return actor;
  }

  /** The credit code of the demo unit seeded in that tenant. */
  public static String demoUnit(String tenant) {
    return DemoUnit.of(TenantDirectory.load().find(tenant).orElseThrow()).creditCode().value();
  }

  /** A valid unified social credit code not used before, beginning with {@code first8}. */
  public static String freshCreditCode(String first8) {
    String first17 =
        first8
            + String.format(
                "%09d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
    return first17 + CreditCode.checkCharacter(first17);
  }

  /** One resource line for a draft in a test: bandwidth only, {@code mbps} Mbps (Art. 7). */
  public static ResourceDraft bandwidth(int mbps) {
    return new ResourceDraft(
        "BANDWIDTH", null, null, null, null, null, null, null, null, null, null, null, mbps);
  }

  /** A tiny PDF the attachment check accepts (Art. 7, 13). */
  public static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /**
   * Registers a system of the tenant's demo unit (MLPS level 3), named {@code prefix} and a UUID,
   * as its unit applicant; the request acts as that applicant afterwards.
   */
  public static cn.gov.zj.cloud.privateportal.registry.AppSystem system(
      HttpServletRequest request,
      cn.gov.zj.cloud.privateportal.registry.Systems systems,
      String tenant,
      String prefix,
      cn.gov.zj.cloud.domain.registry.CloudStatus status) {
    actAs(request, tenant, demoUnit(tenant), Role.UNIT_APPLICANT);
    boolean onCloud = status == cn.gov.zj.cloud.domain.registry.CloudStatus.ON_CLOUD;
    return systems.register(
        null,
        new cn.gov.zj.cloud.domain.registry.SystemDetails.Draft(
            prefix + UUID.randomUUID(),
            null,
            3,
            "赵六",
            status,
            onCloud ? java.time.LocalDate.of(2025, 3, 1) : null,
            null,
            false));
  }
}
