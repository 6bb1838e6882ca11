package cn.gov.zj.cloud.publicportal.rating;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.feedback.BadReviewDeadline;
import cn.gov.zj.cloud.domain.feedback.CitizenRating;
import cn.gov.zj.cloud.domain.feedback.Grade;
import cn.gov.zj.cloud.domain.feedback.ProviderRating;
import cn.gov.zj.cloud.domain.feedback.QueryCode;
import cn.gov.zj.cloud.domain.feedback.RatingTag;
import cn.gov.zj.cloud.domain.feedback.ReceiptNumber;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.publicportal.persistence.Transactions;
import cn.gov.zj.cloud.publicportal.security.SecretBox;
import cn.gov.zj.cloud.publicportal.tenant.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Art. 23: the rater's view of a rating with its code (a wrong code looks like an unknown rating),
 * and the one follow-up rating after the response to a DISSATISFIED one.
 */
@ApplicationScoped
public class RatingAccess {

  private static final String SELECT =
      "select r.rating_id, r.tenant_id, r.service_id, r.invitation_id, r.grade, r.rated_at,"
          + " r.response, r.responded_at, f.grade, r.access_cipher, r.receipt_no,"
          + " coalesce(s.name, i.event), r.tags, r.comment, r.called_back_at, r.reported_at"
          + " from rating r left join rating f on f.follow_up_of = r.rating_id"
          + " left join public_service s on s.tenant_id = r.tenant_id"
          + " and s.service_id = r.service_id"
          + " left join rating_invitation i on i.invitation_id = r.invitation_id"
          + " where r.follow_up_of is null and ";

  /** A rating by its internal id, or by its receipt number within the tenant in scope. */
  private static final String BY_ID = SELECT + "r.rating_id = cast(? as uuid)";

  private static final String BY_NUMBER =
      SELECT + "r.tenant_id = app_tenant() and r.receipt_no = ?";

  @Inject private Transactions transactions;
  @Inject private SecretBox box;
  @Inject private Ratings ratings;
  @Inject private TenantDirectory tenants;

  public Optional<RatingView> view(UUID id, String code) {
    return transactions.run("read a rating", c -> find(c, id, code).map(Found::view));
  }

  /**
   * Art. 23: the rating of that receipt number in {@code tenant}, for the right code only: another
   * tenant's number, an unknown one and a wrong code all read as nothing.
   */
  public Optional<RatingView> view(Tenant tenant, ReceiptNumber number, String code) {
    return transactions.read(
        tenant,
        "read a rating by its receipt",
        c -> select(c, BY_NUMBER, number.value(), code).map(Found::view));
  }

  /** A citizen's follow-up: a new grade, tags and comment on the same service. */
  public RatingReceipt followUp(UUID id, String code, CitizenRating rating) {
    return transactions.run(
        "store a follow-up rating",
        connection -> {
          Found found = open(connection, id, code);
          if (!found.view().citizen()) {
            throw new RatingConflict(RatingConflict.Reason.FOLLOW_UP_NOT_OPEN);
          }
          return ratings.insert(
              connection, tenant(found), citizenRow(found, rating), "follow-up:" + id);
        });
  }

  /** A unit's follow-up: a new grade, scores and comment on the same event. */
  public RatingReceipt followUp(UUID id, String code, ProviderRating rating) {
    return transactions.run(
        "store a follow-up rating",
        connection -> {
          Found found = open(connection, id, code);
          if (found.view().citizen()) {
            throw new RatingConflict(RatingConflict.Reason.FOLLOW_UP_NOT_OPEN);
          }
          RatingRow row =
              new RatingRow(
                  UUID.randomUUID(),
                  found.view().tenant(),
                  null,
                  found.invitation(),
                  rating.grade(),
                  Set.of(),
                  rating.comment(),
                  rating.responseScore(),
                  rating.qualityScore(),
                  Instant.now(),
                  id);
          return ratings.insert(connection, tenant(found), row, "follow-up:" + id);
        });
  }

  private Found open(Connection connection, UUID id, String code) throws SQLException {
    Ratings.lock(connection, "follow-up:" + id);
    Found found = find(connection, id, code).orElseThrow(NotFoundException::new);
    if (found.view().followUpGrade().isPresent()) {
      throw new RatingConflict(RatingConflict.Reason.ALREADY_FOLLOWED_UP);
    }
    if (!found.view().followUpOpen()) {
      throw new RatingConflict(RatingConflict.Reason.FOLLOW_UP_NOT_OPEN);
    }
    return found;
  }

  private static RatingRow citizenRow(Found found, CitizenRating rating) {
    return new RatingRow(
        UUID.randomUUID(),
        found.view().tenant(),
        rating.serviceId(),
        null,
        rating.grade(),
        rating.tags(),
        rating.comment(),
        null,
        null,
        Instant.now(),
        found.view().id());
  }

  private Tenant tenant(Found found) {
    return tenants.find(found.view().tenant()).orElseThrow();
  }

  /** Art. 23: the rater holds the rating's id, not its tenant; the id scopes the transaction. */
  private Optional<Found> find(Connection connection, UUID id, String code) throws SQLException {
    if (TenantScope.locate(connection, TenantScope.Key.RATING_ID, id.toString()).isEmpty()) {
      return Optional.empty();
    }
    return select(connection, BY_ID, id.toString(), code);
  }

  private Optional<Found> select(Connection connection, String sql, String key, String code)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, key);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next() || !new QueryCode(box.open(row.getBytes(10))).matches(code)) {
          return Optional.empty();
        }
        return Optional.of(new Found(view(row), row.getObject(4, UUID.class)));
      }
    }
  }

  private static RatingView view(ResultSet row) throws SQLException {
    long service = row.getLong(3);
    boolean citizen = !row.wasNull();
    Grade grade = Grade.valueOf(row.getString(5));
    Instant ratedAt = row.getTimestamp(6).toInstant();
    return new RatingView(
        row.getObject(1, UUID.class),
        row.getString(2),
        citizen,
        citizen ? service : null,
        grade,
        ratedAt,
        Optional.ofNullable(row.getString(7)),
        instant(row, 8),
        Optional.ofNullable(row.getString(9)).map(Grade::valueOf),
        Optional.ofNullable(row.getString(11)).map(ReceiptNumber::new),
        Optional.ofNullable(row.getString(12)),
        tags(row.getString(13)),
        Optional.ofNullable(row.getString(14)),
        BadReviewDeadline.of(
            OfficialCalendar.builtIn(), grade, ratedAt, instant(row, 15), instant(row, 16)));
  }

  private static Optional<Instant> instant(ResultSet row, int column) throws SQLException {
    return Optional.ofNullable(row.getTimestamp(column)).map(Timestamp::toInstant);
  }

  private static List<RatingTag> tags(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split(",")).map(RatingTag::valueOf).sorted().toList();
  }

  private record Found(RatingView view, UUID invitation) {}
}
