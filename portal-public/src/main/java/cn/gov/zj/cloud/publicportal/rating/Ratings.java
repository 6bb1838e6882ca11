package cn.gov.zj.cloud.publicportal.rating;

import cn.gov.zj.cloud.domain.feedback.CitizenRating;
import cn.gov.zj.cloud.domain.feedback.ProviderRating;
import cn.gov.zj.cloud.domain.feedback.QueryCode;
import cn.gov.zj.cloud.domain.feedback.ReceiptNumber;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.publicportal.interconnect.Outbox;
import cn.gov.zj.cloud.publicportal.persistence.Transactions;
import cn.gov.zj.cloud.publicportal.security.Digests;
import cn.gov.zj.cloud.publicportal.security.SecretBox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Art. 23: ratings on the public portal. A citizen rates a listed public service without an
 * account; a unit rates a provider service event once, through its invitation's one-time link. Each
 * rating is stored with its signed message to the private zone (Art. 24) in one transaction; the a
 * client's further ratings of a service on the same day collapse into the first ({@link
 * OneRatingPerDay}). Citizens' ratings are signed and sealed here and stored together by {@link
 * CitizenRatingWriter}.
 */
@ApplicationScoped
public class Ratings {

  @Inject private Transactions transactions;
  @Inject private Outbox outbox;
  @Inject private SecretBox box;
  @Inject private CitizenRatingWriter writer;

  private final SecureRandom random = new SecureRandom();

  /**
   * Art. 23: a citizen's rating of a service in the tenant's public directory, from the client at
   * {@code address} with the visitor cookie {@code visitor}, if any.
   */
  public RatingReceipt rateService(
      Tenant tenant, CitizenRating rating, String address, Optional<String> visitor) {
    RatingRow row =
        new RatingRow(
            UUID.randomUUID(),
            tenant.id().value(),
            rating.serviceId(),
            null,
            rating.grade(),
            rating.tags(),
            rating.comment(),
            null,
            null,
            Instant.now(),
            null);
    String fingerprint =
        OneRatingPerDay.fingerprint(row.tenant(), rating.serviceId(), address, visitor);
    QueryCode code = QueryCode.next(random);
    return writer.store(
        new PendingRating(
            row,
            fingerprint,
            code,
            box.seal(code.value()),
            outbox.sign(row.messageType(), tenant, row.fields(), row.ratedAt())));
  }

  /**
   * Art. 23: a unit's rating of the provider event behind the one-time link {@code token}; 404 for
   * an unknown link, {@link RatingConflict} when the event is rated already.
   */
  public RatingReceipt rateEvent(Tenant tenant, String token, ProviderRating rating) {
    return transactions.run(
        tenant,
        "store a rating",
        connection -> {
          UUID invitation =
              Invitations.find(connection, tenant, token).orElseThrow(NotFoundException::new).id();
          RatingRow row =
              new RatingRow(
                  UUID.randomUUID(),
                  tenant.id().value(),
                  null,
                  invitation,
                  rating.grade(),
                  Set.of(),
                  rating.comment(),
                  rating.responseScore(),
                  rating.qualityScore(),
                  Instant.now(),
                  null);
          lock(connection, "invitation:" + invitation);
          if (Invitations.rated(connection, invitation)) {
            throw new RatingConflict(RatingConflict.Reason.ALREADY_RATED);
          }
          return insert(
              connection, tenant, row, Digests.fingerprint("PROVIDER", invitation.toString()));
        });
  }

  RatingReceipt insert(Connection connection, Tenant tenant, RatingRow row, String fingerprint)
      throws SQLException {
    QueryCode code = QueryCode.next(random);
    ReceiptNumber number = ReceiptNumbers.draw(connection, List.of(row)).get(0);
    row.insert(connection, box.seal(code.value()), fingerprint, number);
    outbox.append(connection, row.messageType(), tenant, row.fields(), row.ratedAt());
    return new RatingReceipt(row.id(), number, code, false);
  }

  static void lock(Connection connection, String key) throws SQLException {
    try (PreparedStatement lock =
        connection.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
      lock.setString(1, key);
      lock.execute();
    }
  }
}
