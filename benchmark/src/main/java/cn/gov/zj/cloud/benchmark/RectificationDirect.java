package cn.gov.zj.cloud.benchmark;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.feedback.BadReviewDeadline;
import cn.gov.zj.cloud.domain.feedback.Grade;
import cn.gov.zj.cloud.domain.feedback.RectificationRate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Art. 23 (差评整改率): the rectification of a city's bad reviews of a year computed the slow way, for
 * the check beside the public statistics' answer (kept counts, migration V8): every citizen's
 * DISSATISFIED first rating read from {@code rating}, its two deadlines on the official calendar,
 * {@link RectificationRate#of} at {@code now}.
 */
final class RectificationDirect {

  private static final String BAD_REVIEWS =
      "select rated_at, called_back_at, reported_at from rating where tenant_id = ?"
          + " and kind = 'CITIZEN' and grade = 'DISSATISFIED' and follow_up_of is null"
          + " and rated_at >= make_timestamptz(?, 1, 1, 0, 0, 0, 'Asia/Shanghai')"
          + " and rated_at < make_timestamptz(? + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai')";

  private RectificationDirect() {}

  static RectificationRate of(Connection db, String city, int year, Instant now)
      throws SQLException {
    List<List<BadReviewDeadline>> reviews = new ArrayList<>();
    try (PreparedStatement query = db.prepareStatement(BAD_REVIEWS)) {
      query.setString(1, city);
      query.setInt(2, year);
      query.setInt(3, year);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          reviews.add(
              BadReviewDeadline.of(
                  OfficialCalendar.builtIn(),
                  Grade.DISSATISFIED,
                  rows.getTimestamp(1).toInstant(),
                  instant(rows.getTimestamp(2)),
                  instant(rows.getTimestamp(3))));
        }
      }
    }
    return RectificationRate.of(reviews, now);
  }

  private static Optional<Instant> instant(Timestamp at) {
    return Optional.ofNullable(at).map(Timestamp::toInstant);
  }
}
