package cn.gov.zj.cloud.privateportal.interconnect;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.feedback.Rectification;
import cn.gov.zj.cloud.privateportal.time.Clocks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Art. 23: stores the new submissions of one tenant in JDBC batches, in the channel's transaction:
 * consultations, ratings, and for a DISSATISFIED first rating the rectification item (call back
 * within 1 working day, report within 15) for the provider or the service's unit.
 */
final class SubmissionWriter implements AutoCloseable {

  private final Connection connection;
  private final String tenant;
  private final OfficialCalendar calendar;
  private final Instant now;
  private final PreparedStatement consultations;
  private final PreparedStatement ratings;
  private final List<Submission.Rating> dissatisfied = new ArrayList<>();

  SubmissionWriter(Connection connection, String tenant, OfficialCalendar calendar, Instant now)
      throws SQLException {
    this.connection = connection;
    this.tenant = tenant;
    this.calendar = calendar;
    this.now = now;
    consultations =
        connection.prepareStatement(
            "insert into consultation (tenant_id, tracking_no, category, subject, content,"
                + " contact_masked, submitted_at, received_at) values (?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (tracking_no) do nothing");
    ratings =
        connection.prepareStatement(
            "insert into service_rating (rating_id, tenant_id, kind, service_id, invitation_id,"
                + " grade, tags, comment, response_score, quality_score, rated_at, follow_up_of,"
                + " received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (rating_id) do nothing");
  }

  void add(Submission submission) throws SQLException {
    if (submission instanceof Submission.Consultation consultation) {
      consultation(consultation);
    } else if (submission instanceof Submission.Rating rating) {
      rating(rating);
    }
  }

  private void consultation(Submission.Consultation c) throws SQLException {
    consultations.setString(1, tenant);
    consultations.setString(2, c.trackingNo());
    consultations.setString(3, c.category().name());
    consultations.setString(4, c.subject());
    consultations.setString(5, c.content());
    consultations.setString(6, c.contactMasked());
    consultations.setTimestamp(7, Timestamp.from(c.submittedAt()));
    consultations.setTimestamp(8, Timestamp.from(now));
    consultations.addBatch();
  }

  private void rating(Submission.Rating r) throws SQLException {
    ratings.setObject(1, r.id());
    ratings.setString(2, tenant);
    ratings.setString(3, r.citizen() ? "CITIZEN" : "PROVIDER");
    ratings.setObject(4, r.serviceId(), Types.BIGINT);
    ratings.setObject(5, r.invitationId(), Types.OTHER);
    ratings.setString(6, r.grade().name());
    ratings.setString(7, r.tags());
    ratings.setString(8, r.comment());
    ratings.setObject(9, r.responseScore(), Types.SMALLINT);
    ratings.setObject(10, r.qualityScore(), Types.SMALLINT);
    ratings.setTimestamp(11, Timestamp.from(r.ratedAt()));
    ratings.setObject(12, r.followUpOf(), Types.OTHER);
    ratings.setTimestamp(13, Timestamp.from(now));
    ratings.addBatch();
    if (Rectification.opensFor(r.grade()) && r.followUpOf() == null) {
      dissatisfied.add(r);
    }
  }

  /** Sends the batches, ratings before the items that refer to them. */
  void flush() throws SQLException {
    consultations.executeBatch();
    ratings.executeBatch();
    for (Submission.Rating rating : dissatisfied) {
      openRectification(rating);
    }
    dissatisfied.clear();
  }

  private void openRectification(Submission.Rating rating) throws SQLException {
    Long unit = rating.citizen() ? unitOf(rating.serviceId()) : null;
    LocalDate day = LocalDate.ofInstant(rating.ratedAt(), Clocks.ZONE);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into rectification (tenant_id, rating_id, responsible, unit_id, opened_at,"
                + " callback_due, report_due) values (?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (rating_id) do nothing")) {
      insert.setString(1, tenant);
      insert.setObject(2, rating.id());
      insert.setString(3, unit == null ? "PROVIDER" : "UNIT");
      insert.setObject(4, unit, Types.BIGINT);
      insert.setTimestamp(5, Timestamp.from(now));
      insert.setObject(6, calendar.dueDate(day, Rectification.CALLBACK).date());
      insert.setObject(7, calendar.dueDate(day, Rectification.REPORT).date());
      insert.executeUpdate();
    }
  }

  /** The unit responsible for a public service: the unit of that application system. */
  private Long unitOf(long serviceId) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("select unit_id from app_system where id = ?")) {
      query.setLong(1, serviceId);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getLong(1) : null;
      }
    }
  }

  @Override
  public void close() throws SQLException {
    consultations.close();
    ratings.close();
  }
}
