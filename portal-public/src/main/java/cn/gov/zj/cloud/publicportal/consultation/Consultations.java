package cn.gov.zj.cloud.publicportal.consultation;

import cn.gov.zj.cloud.domain.feedback.Consultation;
import cn.gov.zj.cloud.domain.feedback.ConsultationCategory;
import cn.gov.zj.cloud.domain.feedback.QueryCode;
import cn.gov.zj.cloud.domain.feedback.TrackingNumber;
import cn.gov.zj.cloud.domain.interconnect.MessageType;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.publicportal.interconnect.Outbox;
import cn.gov.zj.cloud.publicportal.persistence.Transactions;
import cn.gov.zj.cloud.publicportal.security.Digests;
import cn.gov.zj.cloud.publicportal.security.SecretBox;
import cn.gov.zj.cloud.publicportal.tenant.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Art. 23: consultations, complaints and suggestions on the public portal. A submission is stored
 * with its audit record and its message to the private zone (Art. 24) in one transaction and
 * answered with a tracking number and a query code; the same submission from the same client within
 * {@link #REPEAT_WINDOW} collapses into the first.
 */
@ApplicationScoped
public class Consultations {

  /** Repeated submissions within this window are one. */
  public static final Duration REPEAT_WINDOW = Duration.ofMinutes(10);

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @Inject private Transactions transactions;
  @Inject private SecretBox box;
  @Inject private Outbox outbox;

  private final SecureRandom random = new SecureRandom();

  public Receipt submit(Tenant tenant, Consultation consultation, String client) {
    String fingerprint = fingerprint(tenant, consultation, client);
    return transactions.run(
        tenant,
        "store a consultation",
        connection -> submit(connection, tenant, consultation, fingerprint));
  }

  /** Art. 23: the status and reply, only for the right query code; empty otherwise. */
  public Optional<ConsultationStatus> status(TrackingNumber number, String typedCode) {
    return transactions.run(
        "read a consultation",
        connection ->
            TenantScope.locate(connection, TenantScope.Key.TRACKING_NUMBER, number.value())
                    .isEmpty()
                ? Optional.empty()
                : status(connection, number, typedCode));
  }

  private Optional<ConsultationStatus> status(
      Connection connection, TrackingNumber number, String typedCode) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "select tenant_id, query_code_cipher, category, subject, status, submitted_at,"
                + " reply, replied_at, contact_masked from consultation where tracking_no = ?")) {
      query.setString(1, number.value());
      try (ResultSet row = query.executeQuery()) {
        if (!row.next() || !new QueryCode(box.open(row.getBytes(2))).matches(typedCode)) {
          return Optional.empty();
        }
        return Optional.of(status(number, row));
      }
    }
  }

  private Receipt submit(
      Connection connection, Tenant tenant, Consultation consultation, String fingerprint)
      throws SQLException {
    try (PreparedStatement lock =
        connection.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
      lock.setString(1, fingerprint);
      lock.execute();
    }
    Optional<Receipt> earlier = earlier(connection, fingerprint);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    Instant now = Instant.now();
    TrackingNumber number = TrackingNumber.next(LocalDate.ofInstant(now, BEIJING), random);
    QueryCode code = QueryCode.next(random);
    insert(connection, tenant, consultation, fingerprint, number, code, now);
    ConsultationAudit.submitted(connection, tenant, number, consultation.category(), now);
    outbox.append(
        connection,
        MessageType.CONSULTATION_SUBMITTED,
        tenant,
        message(consultation, number, now),
        now);
    return new Receipt(number, code, false);
  }

  /**
   * Art. 24: what the private zone receives; the contact only masked (it answers on the portal).
   */
  private static Map<String, String> message(
      Consultation consultation, TrackingNumber number, Instant now) {
    Map<String, String> fields = new HashMap<>();
    fields.put("trackingNo", number.value());
    fields.put("category", consultation.category().name());
    fields.put("subject", consultation.subject());
    fields.put("content", consultation.content());
    consultation.contact().map(Consultation::masked).ifPresent(m -> fields.put("contactMasked", m));
    fields.put("submittedAt", now.toString());
    return fields;
  }

  private Optional<Receipt> earlier(Connection connection, String fingerprint) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "select tracking_no, query_code_cipher from consultation where fingerprint = ?"
                + " and submitted_at > ? order by id desc limit 1")) {
      query.setString(1, fingerprint);
      query.setTimestamp(2, Timestamp.from(Instant.now().minus(REPEAT_WINDOW)));
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Receipt(
                new TrackingNumber(row.getString(1)),
                new QueryCode(box.open(row.getBytes(2))),
                true));
      }
    }
  }

  private void insert(
      Connection connection,
      Tenant tenant,
      Consultation consultation,
      String fingerprint,
      TrackingNumber number,
      QueryCode code,
      Instant now)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into consultation (message_id, tenant_id, tracking_no, query_code_cipher,"
                + " category, subject, content, contact_cipher, contact_masked, submitted_at,"
                + " fingerprint) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setObject(1, UUID.randomUUID());
      insert.setString(2, tenant.id().value());
      insert.setString(3, number.value());
      insert.setBytes(4, box.seal(code.value()));
      insert.setString(5, consultation.category().name());
      insert.setString(6, consultation.subject());
      insert.setString(7, consultation.content());
      insert.setBytes(8, consultation.contact().map(box::seal).orElse(null));
      insert.setString(9, consultation.contact().map(Consultation::masked).orElse(null));
      insert.setTimestamp(10, Timestamp.from(now));
      insert.setString(11, fingerprint);
      insert.executeUpdate();
    }
  }

  private static ConsultationStatus status(TrackingNumber number, ResultSet row)
      throws SQLException {
    Timestamp replied = row.getTimestamp(8);
    return new ConsultationStatus(
        number.value(),
        row.getString(1),
        ConsultationCategory.valueOf(row.getString(3)),
        row.getString(4),
        row.getString(5),
        row.getTimestamp(6).toInstant(),
        Optional.ofNullable(row.getString(7)),
        Optional.ofNullable(replied).map(Timestamp::toInstant),
        row.getString(9) == null ? "" : row.getString(9));
  }

  static String fingerprint(Tenant tenant, Consultation consultation, String client) {
    return Digests.fingerprint(
        tenant.id().value(),
        client,
        consultation.category().name(),
        consultation.subject(),
        consultation.content(),
        consultation.contact().orElse(""));
  }
}
