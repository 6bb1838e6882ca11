package cn.gov.zj.cloud.privateportal.notification;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.TenantId;
import cn.gov.zj.cloud.privateportal.security.PortalSettings;
import cn.gov.zj.cloud.privateportal.staff.RealmDirectory;
import cn.gov.zj.cloud.privateportal.staff.StaffAccount;
import cn.gov.zj.cloud.privateportal.tenant.RowScope;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Art. 8–12: mails one tenant's pending notifications, in a transaction of its own: the recipients
 * are the accounts of the notice's role (and unit) in the tenant's realm, never the account whose
 * action caused it; the mail carries the step, its deadline, the opinion and the link. A mail the
 * server did not take is tried again later, after 1, 2, 4 … up to 60 minutes; after 10 tries it is
 * given up.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailBatch {

  static final int MAX_ATTEMPTS = 10;
  private static final Logger LOG = Logger.getLogger(MailBatch.class.getName());
  static final int BATCH = 20;

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private MailSettings settings;
  @Inject private RealmDirectory directory;
  @Inject private PortalSettings portal;

  /** What one batch did: the outbox rows it took and the mails the server accepted. */
  public record Outcome(int taken, int sent) {

    /** True when the batch was full: more may be waiting. */
    public boolean full() {
      return taken >= BATCH;
    }
  }

  /** Takes up to {@value #BATCH} due rows of the tenant's outbox and mails them. */
  public Outcome send(String tenant, Instant now) {
    RowScope.tenant(em, new TenantId(tenant));
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select o.id, o.attempts, n.recipient_role, u.credit_code, n.message_key,"
                    + " n.arguments, n.application_id, n.actor, n.step, n.due_date, n.opinion, n.kind"
                    + " from mail_outbox o"
                    + " join notification n on n.id = o.notification_id"
                    + " left join using_unit u on u.id = n.recipient_unit"
                    + " where o.tenant_id = ?1 and o.status = 'PENDING' and o.next_attempt_at <= ?2"
                    + " order by o.id limit "
                    + BATCH
                    + " for update of o skip locked")
            .setParameter(1, tenant)
            .setParameter(2, Timestamp.from(now))
            .getResultList();
    int sent = 0;
    for (Object[] row : rows) {
      sent += deliver(tenant, row, now) ? 1 : 0;
    }
    return new Outcome(rows.size(), sent);
  }

  private boolean deliver(String tenant, Object[] row, Instant now) {
    long id = ((Number) row[0]).longValue();
    if (!settings.enabled()) {
      mark(id, "SKIPPED", null, null);
      return false;
    }
    try {
      Role role = Role.ofRealmRole((String) row[2]).orElseThrow();
      List<String> to = recipients(new TenantId(tenant), role, (String) row[3], (String) row[7]);
      if (!to.isEmpty()) {
        Transport.send(message(tenant, to, row));
      }
      mark(id, "SENT", to.size(), null);
      return !to.isEmpty();
    } catch (MessagingException | RuntimeException e) {
      retry(id, ((Number) row[1]).intValue() + 1, now, e);
      return false;
    }
  }

  /** The role's (and unit's) addresses, without the address of the account whose action it was. */
  private List<String> recipients(TenantId tenant, Role role, String unitCode, String actor) {
    List<String> emails = directory.emails(tenant, role, unitCode);
    if (actor == null || emails.isEmpty()) {
      return emails;
    }
    List<String> own =
        directory.list(tenant, 0, 20, actor).stream()
            .filter(account -> account.username().equalsIgnoreCase(actor))
            .map(StaffAccount::email)
            .toList();
    return emails.stream().filter(email -> !own.contains(email)).toList();
  }

  private MimeMessage message(String tenant, List<String> to, Object[] row)
      throws MessagingException {
    NoticeMail mail =
        NoticeMail.of(
            (String) row[4],
            (String) row[5],
            (String) row[8],
            row[9] == null ? null : ((Date) row[9]).toLocalDate(),
            (String) row[10],
            portal.baseUrl()
                + "/t/"
                + tenant
                + (row[6] == null
                    ? "/" + NotificationKind.valueOf((String) row[11]).page()
                    : "/application?id=" + row[6]));
    MimeMessage message = new MimeMessage(settings.session());
    message.setFrom(new InternetAddress(settings.from()));
    for (String address : to) {
      message.addRecipient(Message.RecipientType.BCC, new InternetAddress(address));
    }
    message.setSubject(mail.subject(), "UTF-8");
    message.setText(mail.body(), "UTF-8");
    return message;
  }

  private void mark(long id, String status, Integer recipients, String error) {
    em.createNativeQuery(
            "update mail_outbox set status = ?2, sent_at = now(), recipients = cast(?3 as integer),"
                + " last_error = cast(?4 as varchar)"
                + " where id = ?1")
        .setParameter(1, id)
        .setParameter(2, status)
        .setParameter(3, recipients)
        .setParameter(4, error)
        .executeUpdate();
  }

  private void retry(long id, int attempts, Instant now, Exception cause) {
    LOG.warning(() -> "mail " + id + " not sent (attempt " + attempts + "): " + cause);
    long minutes = Math.min(60, 1L << Math.min(attempts - 1, 6));
    String error = String.valueOf(cause.getMessage());
    em.createNativeQuery(
            "update mail_outbox set attempts = ?2, next_attempt_at = ?3, last_error = ?4,"
                + " status = ?5 where id = ?1")
        .setParameter(1, id)
        .setParameter(2, attempts)
        .setParameter(3, Timestamp.from(now.plus(Duration.ofMinutes(minutes))))
        .setParameter(4, error.substring(0, Math.min(500, error.length())))
        .setParameter(5, attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING")
        .executeUpdate();
  }
}
