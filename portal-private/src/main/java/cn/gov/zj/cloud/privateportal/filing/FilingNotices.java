package cn.gov.zj.cloud.privateportal.filing;

import cn.gov.zj.cloud.domain.filing.FilingAction;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.TenantId;
import cn.gov.zj.cloud.privateportal.notification.Notice;
import cn.gov.zj.cloud.privateportal.notification.Notices;
import cn.gov.zj.cloud.privateportal.notification.NotificationKind;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.tenant.RowScope;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/**
 * Art. 5: the notices (and mails) of a filing: the province's administrators hear that a city filed
 * (again), the city's administrators hear the province's decision with its opinion.
 */
final class FilingNotices {

  private FilingNotices() {}

  /**
   * Art. 5: to the province-admin, written in the province's row scope (its notices are its rows);
   * the city's scope is set again afterwards for the rest of the transaction.
   */
  static void toProvince(
      EntityManager em, TenantId province, PlatformFiling filing, Actor who, Instant now) {
    RowScope.tenant(em, province);
    Notices.write(
        em,
        new Notice(
            province.value(),
            Role.PROVINCE_ADMIN,
            null,
            null,
            NotificationKind.FILING_SUBMITTED,
            List.of(filing.getId().toString(), who.tenant().nameZh(), filing.getPlatformName()),
            "filing:" + filing.getId() + ":file:" + now.toEpochMilli(),
            new Notice.Facts(who.username(), null, null, null)),
        now);
    RowScope.tenant(em, new TenantId(filing.getTenantId()));
  }

  /** Art. 5: the decision with its opinion, to the city's administrators. */
  static void toCity(
      EntityManager em, PlatformFiling filing, FilingAction action, Actor who, Instant now) {
    Notices.write(
        em,
        new Notice(
            filing.getTenantId(),
            Role.TENANT_ADMIN,
            null,
            null,
            NotificationKind.FILING_DECIDED,
            List.of(
                filing.getId().toString(),
                filing.getPlatformName(),
                "@" + action.nameKey(),
                filing.getOpinion()),
            "filing:" + filing.getId() + ":" + action.restName() + ":" + now.toEpochMilli(),
            new Notice.Facts(who.username(), null, null, filing.getOpinion())),
        now);
  }
}
