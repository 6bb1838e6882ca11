package cn.gov.zj.cloud.publicportal.consultation;

import cn.gov.zj.cloud.domain.feedback.Consultation;
import cn.gov.zj.cloud.domain.feedback.ConsultationCategory;
import cn.gov.zj.cloud.domain.feedback.QueryCode;
import cn.gov.zj.cloud.domain.feedback.TrackingNumber;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.publicportal.security.SecretBox;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Art. 23: consultations, complaints and suggestions on the public portal. A submission is stored
 * with its audit record in one transaction and answered with a tracking number and a query code;
 * the same submission from the same client within {@link #REPEAT_WINDOW} collapses into the first.
 */
@ApplicationScoped
public class Consultations {

  /** Repeated submissions within this window are one. */
  public static final Duration REPEAT_WINDOW = Duration.ofMinutes(10);

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @Resource(lookup = "java:app/jdbc/public")
  private DataSource dataSource;

  @Inject private SecretBox box;

  private final SecureRandom random = new SecureRandom();

  public Receipt submit(Tenant tenant, Consultation consultation, String client) {
    String fingerprint = fingerprint(tenant, consultation, client);
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        Receipt receipt = submit(connection, tenant, consultation, fingerprint);
        connection.commit();
        return receipt;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store a consultation", e);
    }
  }

  /** Art. 23: the status and reply, only for the right query code; empty otherwise. */
  public Optional<ConsultationStatus> status(TrackingNumber number, String typedCode) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
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
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read a consultation", e);
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
    return new Receipt(number, code, false);
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
    String text =
        String.join(
            "\u0000",
            tenant.id().value(),
            client,
            consultation.category().name(),
            consultation.subject(),
            consultation.content(),
            consultation.contact().orElse(""));
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
