package cn.gov.zj.cloud.publicportal.rating;

import cn.gov.zj.cloud.domain.feedback.QueryCode;
import cn.gov.zj.cloud.domain.feedback.ReceiptNumber;
import cn.gov.zj.cloud.domain.interconnect.Message;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.publicportal.interconnect.Outbox;
import cn.gov.zj.cloud.publicportal.security.SecretBox;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Art. 23, 24: one transaction of {@link CitizenRatingWriter}, in four round trips however many
 * ratings it holds: it locks their fingerprints (in one order, so that two writers never wait on
 * each other in a circle), looks up in one query which services are listed and how often the same
 * client rated the same service already that day ({@link OneRatingPerDay}), then inserts the new
 * ratings and their signed messages with audit records. A repeat beyond the day's cap, here or
 * earlier, answers the day's first rating's receipt.
 */
final class CitizenRatingBatch {

  private static final String LOCK =
      "select pg_advisory_xact_lock(h) from (select distinct hashtext(f) h"
          + " from unnest(?::text[]) f order by h) ordered";

  private static final String LOOK_UP =
      "select i.n, exists (select 1 from public_service s where s.tenant_id = i.t"
          + " and s.service_id = i.s and s.listed), r.rating_id, r.access_cipher, r.today,"
          + " r.receipt_no"
          + " from unnest(?::int[], ?::text[], ?::bigint[], ?::text[], ?::text[]) as i(n, t, s, f, d)"
          + " left join lateral (select rating_id, access_cipher, receipt_no,"
          + " count(*) over () today from (select rating_id, access_cipher, receipt_no, rated_at"
          + " from rating"
          + " where fingerprint = i.f::bpchar and rated_at >= i.d::timestamptz"
          + " order by rated_at limit ?) counted order by rated_at limit 1) r on true";

  private CitizenRatingBatch() {}

  /** Decides and stores every rating of {@code batch} on {@code connection}'s transaction. */
  static void store(Connection connection, List<PendingRating> batch, SecretBox box, Outbox outbox)
      throws SQLException {
    lock(connection, batch);
    OneRatingPerDay rule = OneRatingPerDay.configured();
    List<Found> found = lookUp(connection, batch, rule.perDay());
    Map<String, PendingRating> firsts = new HashMap<>();
    Map<PendingRating, PendingRating> repeats = new HashMap<>();
    List<PendingRating> fresh = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      PendingRating rating = batch.get(i);
      Found known = found.get(i);
      if (!known.listed()) {
        rating.refuse(unknownService());
      } else if (rule.admits(rating.fingerprint(), known.today())) {
        firsts.putIfAbsent(rating.fingerprint(), rating);
        fresh.add(rating);
      } else if (known.earlier() != null) {
        rating.accept(known.receipt(box));
      } else {
        repeats.put(rating, firsts.get(rating.fingerprint()));
      }
    }
    number(connection, fresh);
    fresh.forEach(rating -> rating.accept(rating.stored()));
    repeats.forEach((rating, first) -> rating.accept(first.stored().asRepeat()));
    insert(connection, fresh, outbox);
  }

  private static void number(Connection connection, List<PendingRating> fresh) throws SQLException {
    if (fresh.isEmpty()) {
      return;
    }
    List<ReceiptNumber> numbers =
        ReceiptNumbers.draw(connection, fresh.stream().map(PendingRating::row).toList());
    for (int i = 0; i < fresh.size(); i++) {
      fresh.get(i).number(numbers.get(i));
    }
  }

  private static void lock(Connection connection, List<PendingRating> batch) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
      lock.setArray(
          1,
          connection.createArrayOf(
              "text", batch.stream().map(PendingRating::fingerprint).toArray()));
      lock.executeQuery().close();
    }
  }

  private static List<Found> lookUp(Connection connection, List<PendingRating> batch, int perDay)
      throws SQLException {
    int size = batch.size();
    Object[] numbers = new Object[size];
    Object[] tenants = new Object[size];
    Object[] services = new Object[size];
    Object[] fingerprints = new Object[size];
    Object[] days = new Object[size];
    for (int i = 0; i < size; i++) {
      RatingRow row = batch.get(i).row();
      numbers[i] = i;
      tenants[i] = row.tenant();
      services[i] = row.serviceId();
      fingerprints[i] = batch.get(i).fingerprint();
      days[i] = OneRatingPerDay.dayStart(row.ratedAt()).toString();
    }
    try (PreparedStatement query = connection.prepareStatement(LOOK_UP)) {
      query.setArray(1, connection.createArrayOf("int4", numbers));
      query.setArray(2, connection.createArrayOf("text", tenants));
      query.setArray(3, connection.createArrayOf("int8", services));
      query.setArray(4, connection.createArrayOf("text", fingerprints));
      query.setArray(5, connection.createArrayOf("text", days));
      query.setInt(6, perDay);
      Found[] found = new Found[size];
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          found[rows.getInt(1)] =
              new Found(
                  rows.getBoolean(2),
                  rows.getObject(3, UUID.class),
                  rows.getBytes(4),
                  rows.getInt(5),
                  rows.getString(6));
        }
      }
      return List.of(found);
    }
  }

  private static void insert(Connection connection, List<PendingRating> fresh, Outbox outbox)
      throws SQLException {
    if (fresh.isEmpty()) {
      return;
    }
    List<Message> messages = new ArrayList<>(fresh.size());
    try (PreparedStatement insert = connection.prepareStatement(RatingRow.INSERT)) {
      for (PendingRating rating : fresh) {
        rating.row().bind(insert, rating.sealedCode(), rating.fingerprint(), rating.number());
        insert.addBatch();
        messages.add(rating.message());
      }
      insert.executeBatch();
    }
    outbox.queue(connection, messages);
  }

  private static InvalidInputException unknownService() {
    return new InvalidInputException(
        new Violations().add("serviceId", "feedback.service.unknown").errors());
  }

  /**
   * What the database knew of one rating: its service listed, the client's first rating of it that
   * day and how many it gave that day.
   */
  private record Found(boolean listed, UUID earlier, byte[] code, int today, String number) {

    /** The day's first rating's receipt, answered to a repeat. */
    RatingReceipt receipt(SecretBox box) {
      return new RatingReceipt(
          earlier,
          number == null ? null : new ReceiptNumber(number),
          new QueryCode(box.open(code)),
          true);
    }
  }
}
