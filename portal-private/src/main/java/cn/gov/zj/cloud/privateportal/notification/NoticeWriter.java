package cn.gov.zj.cloud.privateportal.notification;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Art. 8–12: writes a notification once (its dedupe key per role) and, with it, the mail that
 * carries it, in the caller's transaction and row scope.
 */
final class NoticeWriter {

  private static final String INSERT =
      "with n as (insert into notification (tenant_id, recipient_role, recipient_unit,"
          + " application_id, kind, message_key, arguments, dedupe_key, created_at,"
          + " actor, step, due_date, opinion)"
          + " values (?1, ?2, cast(?3 as bigint), cast(?4 as bigint), ?5, ?6, ?7, ?8, ?9, cast(?10 as varchar),"
          + " cast(?11 as varchar), cast(?12 as date), cast(?13 as text))"
          + " on conflict on constraint notification_once do nothing returning id, tenant_id)"
          + " insert into mail_outbox (tenant_id, notification_id, next_attempt_at)"
          + " select tenant_id, id, ?9 from n";

  private NoticeWriter() {}

  /** 1 when the notice is new, 0 when it was written before. */
  static int write(EntityManager em, Notice notice, Instant now) {
    JsonArrayBuilder arguments = Json.createArrayBuilder();
    notice.arguments().forEach(arguments::add);
    return em.createNativeQuery(INSERT)
        .setParameter(1, notice.tenant())
        .setParameter(2, notice.role().realmRole())
        .setParameter(3, notice.unitId())
        .setParameter(4, notice.applicationId())
        .setParameter(5, notice.kind().name())
        .setParameter(6, notice.messageKey())
        .setParameter(7, arguments.build().toString())
        .setParameter(8, notice.dedupeKey())
        .setParameter(9, Timestamp.from(now))
        .setParameter(10, notice.facts().actor())
        .setParameter(11, notice.facts().step())
        .setParameter(12, notice.facts().due() == null ? null : notice.facts().due().toString())
        .setParameter(13, notice.facts().opinion())
        .executeUpdate();
  }
}
