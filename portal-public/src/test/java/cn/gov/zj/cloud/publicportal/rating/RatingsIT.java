package cn.gov.zj.cloud.publicportal.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.feedback.BadReviewDeadline;
import cn.gov.zj.cloud.domain.feedback.CitizenRating;
import cn.gov.zj.cloud.domain.feedback.Grade;
import cn.gov.zj.cloud.domain.feedback.InvitationToken;
import cn.gov.zj.cloud.domain.feedback.ProviderRating;
import cn.gov.zj.cloud.domain.feedback.Satisfaction;
import cn.gov.zj.cloud.domain.interconnect.Message;
import cn.gov.zj.cloud.domain.interconnect.MessageType;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.publicportal.Deployments;
import cn.gov.zj.cloud.publicportal.interconnect.Inbox;
import cn.gov.zj.cloud.publicportal.interconnect.Outbox;
import cn.gov.zj.cloud.publicportal.interconnect.Peer;
import cn.gov.zj.cloud.publicportal.persistence.Transactions;
import cn.gov.zj.cloud.publicportal.statistics.Statistics;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 23: ratings on the real database, inside Payara Micro: citizens rate listed services, units
 * rate a provider event once through its invitation, a DISSATISFIED rating shows its response and
 * takes one follow-up; each rating is queued for the private zone (Art. 24).
 */
@ExtendWith(ArquillianExtension.class)
class RatingsIT {

  private static final Tenant JIAXING = TenantDirectory.load().find("jiaxing").orElseThrow();
  private static final Tenant LISHUI = TenantDirectory.load().find("lishui").orElseThrow();

  @Deployment
  static WebArchive deployment() {
    return Deployments.publicPortal().addClass(Peer.class);
  }

  @Inject Ratings ratings;
  @Inject RatingAccess access;
  @Inject Invitations invitations;
  @Inject Inbox inbox;
  @Inject Outbox outbox;
  @Inject Statistics statistics;
  @Inject Transactions transactions;

  private final SecureRandom random = new SecureRandom();

  @Test
  void art23_aCitizenRatesAListedServiceOnlyAndTheRatingIsQueuedForThePrivateZone() {
    assertThrows(
        InvalidInputException.class,
        () ->
            ratings.rateService(
                JIAXING, citizen(9_200_001L, Grade.SATISFIED), "it-a", Optional.empty()));
    publishService("jiaxing", 9_200_001L);
    RatingReceipt receipt =
        ratings.rateService(
            JIAXING, citizen(9_200_001L, Grade.SATISFIED), "it-a", Optional.empty());
    Message queued = queued(receipt.ratingId());
    assertEquals(MessageType.CITIZEN_RATED, queued.type());
    assertEquals("9200001", queued.field("serviceId"));
    RatingReceipt again =
        ratings.rateService(
            JIAXING, citizen(9_200_001L, Grade.SATISFIED), "it-a", Optional.empty());
    assertTrue(again.repeated());
    assertEquals(receipt.ratingId(), again.ratingId());
  }

  @Test
  void art23_oneRatingPerClientServiceAndDay_anotherCommentOrGradeGetsTheFirstRatingsId()
      throws Exception {
    publishService("jiaxing", 9_500_001L);
    Optional<String> cookie = Optional.of("v".repeat(43));
    RatingReceipt first =
        ratings.rateService(JIAXING, citizen(9_500_001L, Grade.SATISFIED), "it-day", cookie);
    for (int i = 0; i < 3; i++) {
      var other =
          new CitizenRating(9_500_001L, Grade.DISSATISFIED, Set.of(), Optional.of("又来" + i));
      RatingReceipt again = ratings.rateService(JIAXING, other, "it-day", cookie);
      assertTrue(again.repeated(), "a changed comment is no new rating");
      assertEquals(first.ratingId(), again.ratingId());
    }
    RatingReceipt otherCookie =
        ratings.rateService(
            JIAXING, citizen(9_500_001L, Grade.SATISFIED), "it-day", Optional.of("w".repeat(43)));
    assertFalse(otherCookie.repeated(), "another client (cookie) at the same address is stored");

    moveToYesterday(first.ratingId());
    RatingReceipt nextDay =
        ratings.rateService(JIAXING, citizen(9_500_001L, Grade.SATISFIED), "it-day", cookie);
    assertFalse(nextDay.repeated(), "the next day the client rates again");
    assertEquals(1, storedRatings(nextDay.ratingId()));
  }

  @Test
  void art23_concurrentRatingsAreEachStoredAndQueuedOnceRepeatsCollapseAndABadOneFailsAlone()
      throws Exception {
    publishService("jiaxing", 9_400_001L);
    List<Callable<RatingReceipt>> calls = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String client = "it-many-" + i;
      calls.add(
          () ->
              ratings.rateService(
                  JIAXING, citizen(9_400_001L, Grade.SATISFIED), client, Optional.empty()));
    }
    for (int i = 0; i < 8; i++) {
      calls.add(
          () ->
              ratings.rateService(
                  JIAXING, citizen(9_400_001L, Grade.SATISFIED), "it-x", Optional.empty()));
    }
    for (int i = 0; i < 4; i++) {
      calls.add(
          () ->
              ratings.rateService(
                  JIAXING, citizen(9_400_999L, Grade.SATISFIED), "it-y", Optional.empty()));
    }
    ExecutorService clients = Executors.newFixedThreadPool(calls.size());
    try {
      List<Future<RatingReceipt>> answers = clients.invokeAll(calls);
      Set<UUID> distinct = new HashSet<>();
      for (Future<RatingReceipt> answer : answers.subList(0, 40)) {
        assertFalse(answer.get().repeated());
        distinct.add(answer.get().ratingId());
      }
      Set<UUID> repeats = new HashSet<>();
      long firsts = 0;
      for (Future<RatingReceipt> answer : answers.subList(40, 48)) {
        repeats.add(answer.get().ratingId());
        firsts += answer.get().repeated() ? 0 : 1;
      }
      for (Future<RatingReceipt> answer : answers.subList(48, 52)) {
        ExecutionException refused = assertThrows(ExecutionException.class, answer::get);
        assertTrue(refused.getCause() instanceof InvalidInputException, refused.toString());
      }
      assertEquals(40, distinct.size());
      assertEquals(1, repeats.size(), "the same rating from the same client is one");
      assertEquals(1, firsts);
      distinct.addAll(repeats);
      for (UUID id : distinct) {
        assertEquals(1, storedRatings(id), "stored once: " + id);
        assertEquals(MessageType.CITIZEN_RATED, queued(id).type());
      }
      long messages =
          outbox.pending(Outbox.MAX_BATCH).stream()
              .map(pending -> Peer.read(pending.text()).field("ratingId"))
              .filter(id -> id != null && distinct.contains(UUID.fromString(id)))
              .count();
      assertEquals(41, messages, "one message per stored rating");
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void art23_aUnitRatesAProviderEventOnceThroughItsInvitation() {
    InvitationToken token = invite("jiaxing", "provide-trial");
    Invitation invitation = invitations.byToken(JIAXING, token.value()).orElseThrow();
    assertFalse(invitation.rated());
    RatingReceipt receipt =
        ratings.rateEvent(JIAXING, token.value(), provider(Grade.VERY_SATISFIED));
    assertEquals(MessageType.PROVIDER_RATED, queued(receipt.ratingId()).type());
    RatingConflict second =
        assertThrows(
            RatingConflict.class,
            () -> ratings.rateEvent(JIAXING, token.value(), provider(Grade.SATISFIED)));
    assertEquals(RatingConflict.Reason.ALREADY_RATED, second.reason());
    assertTrue(invitations.byToken(JIAXING, token.value()).orElseThrow().rated());
    assertThrows(
        NotFoundException.class,
        () ->
            ratings.rateEvent(
                JIAXING, InvitationToken.next(random).value(), provider(Grade.SATISFIED)));
    assertTrue(invitations.byToken(LISHUI, token.value()).isEmpty(), "another tenant's link");
  }

  @Test
  void art23_aDissatisfiedRatingShowsItsResponseAndTakesExactlyOneFollowUp() {
    InvitationToken token = invite("jiaxing", "reclaim");
    RatingReceipt receipt = ratings.rateEvent(JIAXING, token.value(), provider(Grade.DISSATISFIED));
    String code = receipt.accessCode().value();
    RatingView before = access.view(receipt.ratingId(), code).orElseThrow();
    assertTrue(before.response().isEmpty());
    assertFalse(before.followUpOpen());
    assertEquals(
        RatingConflict.Reason.FOLLOW_UP_NOT_OPEN,
        assertThrows(
                RatingConflict.class,
                () -> access.followUp(receipt.ratingId(), code, provider(Grade.SATISFIED)))
            .reason());
    respond(receipt.ratingId(), "已回访并更换存储节点，整改完成。");
    RatingView after = access.view(receipt.ratingId(), code).orElseThrow();
    assertEquals("已回访并更换存储节点，整改完成。", after.response().orElseThrow());
    assertTrue(after.followUpOpen());
    RatingReceipt followUp = access.followUp(receipt.ratingId(), code, provider(Grade.SATISFIED));
    assertEquals(receipt.ratingId().toString(), queued(followUp.ratingId()).field("followUpOf"));
    assertEquals(
        RatingConflict.Reason.ALREADY_FOLLOWED_UP,
        assertThrows(
                RatingConflict.class,
                () -> access.followUp(receipt.ratingId(), code, provider(Grade.SATISFIED)))
            .reason());
    assertTrue(access.view(receipt.ratingId(), "WRONGCOD").isEmpty(), "a wrong code shows nothing");
  }

  @Test
  void art23_theMonthsStatisticsCountFirstRatingsPerGradeAndTheRate() {
    publishService("lishui", 9_300_001L);
    YearMonth now = YearMonth.now(ZoneId.of("Asia/Shanghai"));
    Satisfaction before = statistics.satisfaction(LISHUI, now);
    List<Grade> grades =
        List.of(
            Grade.VERY_SATISFIED, Grade.SATISFIED, Grade.BASICALLY_SATISFIED, Grade.DISSATISFIED);
    for (Grade grade : grades) {
      ratings.rateService(
          LISHUI, citizen(9_300_001L, grade), "it-" + UUID.randomUUID(), Optional.empty());
    }
    Satisfaction after = statistics.satisfaction(LISHUI, now);
    assertEquals(before.total() + 4, after.total(), "other tests rate in this tenant too");
    for (Grade grade : grades) {
      assertEquals(before.byGrade().get(grade) + 1, after.byGrade().get(grade), grade.name());
    }
    Map<Grade, Long> mine = Map.of(Grade.SATISFIED, 3L, Grade.DISSATISFIED, 1L);
    assertEquals("0.7500", new Satisfaction(mine).rate().orElseThrow().toPlainString());
    assertEquals(0, statistics.satisfaction(LISHUI, YearMonth.of(2020, 1)).total());
  }

  private void publishService(String tenant, long id) {
    Message service =
        Peer.publication(
            MessageType.SERVICE_PUBLISHED,
            tenant,
            Map.of("serviceId", Long.toString(id), "name", "测试服务 " + id, "listed", "true"));
    assertEquals(
        Inbox.Delivery.Outcome.ACCEPTED, inbox.receive(List.of(service.text())).get(0).outcome());
  }

  private InvitationToken invite(String tenant, String event) {
    InvitationToken token = InvitationToken.next(random);
    Message invited =
        Peer.publication(
            MessageType.RATING_INVITED,
            tenant,
            Map.of(
                "invitationId",
                UUID.randomUUID().toString(),
                "event",
                event,
                "applicationId",
                "42",
                "unitCode",
                "91330000000000000X",
                "tokenHash",
                token.hash(),
                "occurredAt",
                Instant.now().toString()));
    assertEquals(
        Inbox.Delivery.Outcome.ACCEPTED, inbox.receive(List.of(invited.text())).get(0).outcome());
    return token;
  }

  /** Art. 23: the rating as if given a day earlier, Beijing time. */
  private void moveToYesterday(UUID rating) {
    int moved =
        transactions.run(
            JIAXING,
            "move a rating to yesterday",
            connection -> {
              try (PreparedStatement move =
                  connection.prepareStatement(
                      "update rating set rated_at = rated_at - interval '1 day' where rating_id = ?")) {
                move.setObject(1, rating);
                return move.executeUpdate();
              }
            });
    assertEquals(1, moved, "the rating moved (in its tenant's row scope)");
  }

  private void respond(UUID rating, String response) {
    publish(
        Map.of(
            "ratingId", rating.toString(),
            "response", response,
            "respondedAt", Instant.now().toString()));
  }

  @Test
  void art23_theCallBackAndTheReportEachMarkTheirDeadlineDoneAndTheLatestResponseIsShown() {
    InvitationToken token = invite("jiaxing", "reclaim");
    RatingReceipt receipt = ratings.rateEvent(JIAXING, token.value(), provider(Grade.DISSATISFIED));
    String code = receipt.accessCode().value();
    assertTrue(receipt.number().value().startsWith("DW"), receipt.number().value());
    Instant callBack = Instant.now().minusSeconds(60);
    publish(stage(receipt.ratingId(), "REPORT", "整改完成", Instant.now()));
    publish(stage(receipt.ratingId(), "CALLBACK", "已回访", callBack));
    RatingView view = access.view(JIAXING, receipt.number(), code).orElseThrow();
    assertEquals("整改完成", view.response().orElseThrow(), "an older call back does not hide it");
    assertEquals(2, view.deadlines().size());
    view.deadlines()
        .forEach(
            deadline ->
                assertEquals(
                    BadReviewDeadline.State.DONE,
                    deadline.state(Instant.now()),
                    deadline.stage().name()));
    assertEquals(
        callBack.toEpochMilli(), view.deadlines().get(0).doneAt().orElseThrow().toEpochMilli());
    assertTrue(access.view(LISHUI, receipt.number(), code).isEmpty(), "another tenant's number");
  }

  private static Map<String, String> stage(UUID rating, String stage, String text, Instant at) {
    return Map.of(
        "ratingId",
        rating.toString(),
        "response",
        text,
        "respondedAt",
        at.toString(),
        "stage",
        stage);
  }

  private void publish(Map<String, String> fields) {
    Message responded = Peer.publication(MessageType.RECTIFICATION_RESPONDED, "jiaxing", fields);
    assertEquals(
        Inbox.Delivery.Outcome.ACCEPTED, inbox.receive(List.of(responded.text())).get(0).outcome());
  }

  @Test
  void art24_ratingsOfTwoTenantsStoredTogetherEachLandInTheirOwnTenantOnly() throws Exception {
    Tenant huzhou = TenantDirectory.load().find("huzhou").orElseThrow();
    publishService("jiaxing", 9_600_001L);
    publishService("huzhou", 9_600_002L);
    List<Callable<RatingReceipt>> calls = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String client = "it-two-tenants-" + i;
      calls.add(
          () ->
              ratings.rateService(
                  JIAXING, citizen(9_600_001L, Grade.SATISFIED), client, Optional.empty()));
      calls.add(
          () ->
              ratings.rateService(
                  huzhou, citizen(9_600_002L, Grade.SATISFIED), client, Optional.empty()));
    }
    ExecutorService clients = Executors.newFixedThreadPool(calls.size());
    try {
      List<Future<RatingReceipt>> answers = clients.invokeAll(calls);
      for (int i = 0; i < answers.size(); i++) {
        UUID id = answers.get(i).get().ratingId();
        Tenant own = i % 2 == 0 ? JIAXING : huzhou;
        Tenant other = i % 2 == 0 ? huzhou : JIAXING;
        assertEquals(1, storedRatings(own, id), "in its own tenant: " + id);
        assertEquals(0, storedRatings(other, id), "not visible to the other: " + id);
      }
    } finally {
      clients.shutdownNow();
    }
  }

  private long storedRatings(Tenant tenant, UUID id) {
    return transactions.read(
        tenant,
        "count ratings",
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement("select count(*) from rating where rating_id = ?")) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
              row.next();
              return row.getLong(1);
            }
          }
        });
  }

  private long storedRatings(UUID id) {
    return transactions.read(
        JIAXING,
        "count ratings",
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement("select count(*) from rating where rating_id = ?")) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
              row.next();
              return row.getLong(1);
            }
          }
        });
  }

  private Message queued(UUID ratingId) {
    return outbox.pending(Outbox.MAX_BATCH).stream()
        .map(pending -> Peer.read(pending.text()))
        .filter(message -> ratingId.toString().equals(message.field("ratingId")))
        .findFirst()
        .orElseThrow();
  }

  private static CitizenRating citizen(long service, Grade grade) {
    return new CitizenRating(service, grade, Set.of(), Optional.of("测试评价"));
  }

  private static ProviderRating provider(Grade grade) {
    return new ProviderRating(grade, 4, 3, Optional.empty());
  }
}
