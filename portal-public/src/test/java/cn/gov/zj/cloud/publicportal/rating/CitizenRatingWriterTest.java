package cn.gov.zj.cloud.publicportal.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.feedback.Grade;
import cn.gov.zj.cloud.domain.feedback.QueryCode;
import cn.gov.zj.cloud.domain.interconnect.Message;
import cn.gov.zj.cloud.domain.interconnect.ZoneKey;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/**
 * Art. 23: a batch of citizens' ratings is answered only after its transaction committed, and a
 * rating that fails fails only its own request.
 */
class CitizenRatingWriterTest {

  private static final ZoneKey KEY = ZoneKey.of(ZoneKey.generate());
  private final SecureRandom random = new SecureRandom();

  @Test
  void art23_aFailedBatchIsStoredRatingByRatingSoThatOnlyTheBadRatingFails() throws Exception {
    List<PendingRating> batch = List.of(rating(), rating(), rating(), rating());
    PendingRating bad = batch.get(2);
    IllegalStateException refused = new IllegalStateException("a row the database refused");
    List<Integer> transactions = new ArrayList<>();
    CitizenRatingWriter.storeOrSplit(
        batch,
        ratings -> {
          transactions.add(ratings.size());
          ratings.forEach(rating -> rating.accept(rating.stored()));
          if (ratings.contains(bad)) {
            throw refused;
          }
        });
    assertEquals(List.of(4, 1, 1, 1, 1), transactions);
    ExecutionException failure = assertThrows(ExecutionException.class, bad.outcome()::get);
    assertSame(refused, failure.getCause());
    for (PendingRating rating : batch) {
      if (rating != bad) {
        assertEquals(rating.row().id(), rating.outcome().get().ratingId());
        assertFalse(rating.outcome().get().repeated());
      }
    }
  }

  @Test
  void art23_whenTheDatabaseCannotBeReachedTheBatchFailsOnceAndEveryRequestHearsIt() {
    List<PendingRating> batch = List.of(rating(), rating(), rating());
    IllegalStateException down =
        new IllegalStateException(
            "cannot store ratings", new SQLException("Connection refused", "08001"));
    List<Integer> transactions = new ArrayList<>();
    CitizenRatingWriter.storeOrSplit(
        batch,
        ratings -> {
          transactions.add(ratings.size());
          throw down;
        });
    assertEquals(List.of(3), transactions, "not tried rating by rating");
    for (PendingRating rating : batch) {
      assertSame(down, assertThrows(ExecutionException.class, rating.outcome()::get).getCause());
    }
  }

  @Test
  void art23_noRequestIsAnsweredBeforeItsTransactionReturned() {
    List<PendingRating> batch = List.of(rating(), rating());
    CitizenRatingWriter.storeOrSplit(
        batch,
        ratings -> {
          ratings.forEach(rating -> rating.accept(rating.stored()));
          ratings.forEach(rating -> assertFalse(rating.outcome().isDone(), "before the commit"));
        });
    batch.forEach(rating -> assertTrue(rating.outcome().isDone()));
  }

  private PendingRating rating() {
    RatingRow row =
        new RatingRow(
            UUID.randomUUID(),
            "jiaxing",
            7L,
            null,
            Grade.SATISFIED,
            Set.of(),
            Optional.empty(),
            null,
            null,
            Instant.now(),
            null);
    Message message =
        Message.signed(row.messageType(), "jiaxing", row.fields(), row.ratedAt(), KEY);
    return new PendingRating(
        row, UUID.randomUUID().toString(), QueryCode.next(random), new byte[] {1}, message);
  }
}
