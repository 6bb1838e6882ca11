package cn.gov.zj.cloud.publicportal.statistics;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.feedback.BadReviewDeadline;
import cn.gov.zj.cloud.domain.feedback.Grade;
import cn.gov.zj.cloud.domain.feedback.RectificationRate;
import cn.gov.zj.cloud.publicportal.PublicDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Art. 23 (差评整改率), test data: ratings written straight into the public zone's {@code rating} table
 * under a tenant's row scope, the private zone's call backs and reports applied as {@code
 * RatingPublications.responded} applies them (an SQL update, the first time of each stage kept),
 * and the raw rows read back for the domain's own computation.
 */
final class BadReviewRows {

  /** One rating as stored; {@code copies} identical ones go in one statement. */
  record Row(
      String kind,
      long service,
      Grade grade,
      Instant rated,
      Instant calledBack,
      Instant reported,
      UUID followUpOf) {

    /** A citizen's DISSATISFIED first rating of {@code service}, nothing done yet. */
    static Row bad(long service, Instant rated) {
      return new Row("CITIZEN", service, Grade.DISSATISFIED, rated, null, null, null);
    }

    Row calledBack(Instant at) {
      return new Row(kind, service, grade, rated, at, reported, followUpOf);
    }

    Row reported(Instant at) {
      return new Row(kind, service, grade, rated, calledBack, at, followUpOf);
    }

    Row graded(Grade other) {
      return new Row(kind, service, other, rated, calledBack, reported, followUpOf);
    }

    Row followUpOf(UUID first) {
      return new Row(kind, service, grade, rated, calledBack, reported, first);
    }

    /** The same grade given by a unit to a provider event, which rates no service. */
    Row byUnit() {
      return new Row("PROVIDER", service, grade, rated, calledBack, reported, followUpOf);
    }
  }

  private static final String INSERT =
      "insert into rating (rating_id, tenant_id, kind, service_id, invitation_id, grade, rated_at,"
          + " access_cipher, fingerprint, called_back_at, reported_at, follow_up_of)"
          + " select gen_random_uuid(), ?::varchar, ?::varchar, ?::bigint, ?::uuid, ?::varchar,"
          + " ?::timestamptz, '\\x00', repeat('e', 64), ?::timestamptz, ?::timestamptz, ?::uuid"
          + " from generate_series(1, ?) returning rating_id";

  private static final String INVITATION =
      "insert into rating_invitation (invitation_id, tenant_id, event, application_id, unit_code,"
          + " token_hash, occurred_at, received_at) values (?, ?, 'FAULT_RESOLVED', 1,"
          + " '913300001234567890', ?, now(), now())";

  private static final String RESPONDED =
      "update rating set response = '已处理', responded_at = greatest(responded_at, ?),"
          + " called_back_at = case when ? then least(called_back_at, ?) else called_back_at end,"
          + " reported_at = case when ? then least(reported_at, ?) else reported_at end"
          + " where rating_id = any(?)";

  private static final String BAD_REVIEWS =
      "select rated_at, called_back_at, reported_at from rating where kind = 'CITIZEN'"
          + " and grade = 'DISSATISFIED' and follow_up_of is null and rated_at >= ?"
          + " and rated_at < ?";

  private BadReviewRows() {}

  /** Stores {@code copies} of {@code row} in {@code tenant}, in one statement; their ids. */
  static List<UUID> store(String tenant, Row row, int copies) throws SQLException {
    try (Connection c = scoped(tenant);
        PreparedStatement insert = c.prepareStatement(INSERT)) {
      UUID invitation = "PROVIDER".equals(row.kind()) ? invitation(c, tenant) : null;
      insert.setString(1, tenant);
      insert.setString(2, row.kind());
      insert.setObject(3, invitation == null ? row.service() : null);
      insert.setObject(4, invitation);
      insert.setString(5, row.grade().name());
      insert.setTimestamp(6, Timestamp.from(row.rated()));
      insert.setTimestamp(7, timestamp(row.calledBack()));
      insert.setTimestamp(8, timestamp(row.reported()));
      insert.setObject(9, row.followUpOf());
      insert.setInt(10, copies);
      List<UUID> ids = new ArrayList<>();
      try (ResultSet rows = insert.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getObject(1, UUID.class));
        }
      }
      c.commit();
      return ids;
    }
  }

  static UUID store(String tenant, Row row) throws SQLException {
    return store(tenant, row, 1).get(0);
  }

  /**
   * The private zone's call back ({@code report} false) or report of the ratings {@code ids}, all
   * in one statement, as {@code RatingPublications.responded} writes it: the earliest time kept.
   */
  static void respond(String tenant, boolean report, Instant at, List<UUID> ids)
      throws SQLException {
    try (Connection c = scoped(tenant);
        PreparedStatement update = c.prepareStatement(RESPONDED)) {
      Timestamp time = Timestamp.from(at);
      update.setTimestamp(1, time);
      update.setBoolean(2, !report);
      update.setTimestamp(3, time);
      update.setBoolean(4, report);
      update.setTimestamp(5, time);
      update.setArray(6, c.createArrayOf("uuid", ids.toArray()));
      update.executeUpdate();
      c.commit();
    }
  }

  /** Any other update of {@code tenant}'s ratings {@code ids}, e.g. a response text alone. */
  static int update(String tenant, String set, List<UUID> ids) throws SQLException {
    try (Connection c = scoped(tenant);
        PreparedStatement update =
            c.prepareStatement("update rating set " + set + " where rating_id = any(?)")) {
      update.setArray(1, c.createArrayOf("uuid", ids.toArray()));
      int updated = update.executeUpdate();
      c.commit();
      return updated;
    }
  }

  /**
   * Art. 23: the domain's own computation over the raw rows: each of {@code tenant}'s citizens'
   * DISSATISFIED first ratings of the period (of {@code service}, or all), as its deadlines, and
   * their rate at {@code now}.
   */
  static RectificationRate rate(
      String tenant, Optional<Long> service, StatisticsPeriod period, Instant now)
      throws SQLException {
    String sql = BAD_REVIEWS + (service.isPresent() ? " and service_id = ?" : "");
    List<List<BadReviewDeadline>> reviews = new ArrayList<>();
    try (Connection c = scoped(tenant);
        PreparedStatement query = c.prepareStatement(sql)) {
      query.setTimestamp(1, period.from());
      query.setTimestamp(2, period.until());
      if (service.isPresent()) {
        query.setLong(3, service.get());
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          reviews.add(deadlines(rows));
        }
      }
    }
    return RectificationRate.of(reviews, now);
  }

  /**
   * Every tenant's kept counts ({@code n > 0}) and the direct {@code group by} over the ratings,
   * each row as text: the two sets are equal when the triggers kept the counts.
   */
  static List<Set<String>> countsAndRows() throws SQLException {
    String key = "format('%s|%s|%s|%s|%s|%s', tenant_id, service_id, ";
    String days = "beijing_day(rated_at), beijing_day(called_back_at), beijing_day(reported_at)";
    try (Connection c = PublicDatabase.connect()) {
      return List.of(
          PublicDatabase.values(
              c,
              "select "
                  + key
                  + "rated_day, called_back_day, reported_day, n)"
                  + " from rectification_count where n > 0"),
          PublicDatabase.values(
              c,
              "select "
                  + key
                  + days
                  + ", count(*)) from rating where kind = 'CITIZEN' and follow_up_of is null"
                  + " and grade = 'DISSATISFIED' group by tenant_id, service_id, "
                  + days));
    }
  }

  private static List<BadReviewDeadline> deadlines(ResultSet row) throws SQLException {
    return BadReviewDeadline.of(
        OfficialCalendar.builtIn(),
        Grade.DISSATISFIED,
        row.getTimestamp(1).toInstant(),
        Optional.ofNullable(row.getTimestamp(2)).map(Timestamp::toInstant),
        Optional.ofNullable(row.getTimestamp(3)).map(Timestamp::toInstant));
  }

  /** A connection in a transaction under {@code tenant}'s row scope. */
  static Connection scoped(String tenant) throws SQLException {
    Connection c = PublicDatabase.connect();
    c.setAutoCommit(false);
    PublicDatabase.scope(c, tenant);
    return c;
  }

  private static UUID invitation(Connection c, String tenant) throws SQLException {
    UUID id = UUID.randomUUID();
    try (PreparedStatement insert = c.prepareStatement(INVITATION)) {
      insert.setObject(1, id);
      insert.setString(2, tenant);
      insert.setString(3, (id.toString() + id).replace("-", "").substring(0, 64));
      insert.executeUpdate();
    }
    return id;
  }

  private static Timestamp timestamp(Instant at) {
    return at == null ? null : Timestamp.from(at);
  }
}
