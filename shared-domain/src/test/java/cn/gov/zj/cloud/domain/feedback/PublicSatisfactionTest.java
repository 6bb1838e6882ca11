package cn.gov.zj.cloud.domain.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PublicSatisfactionTest {

  private static final OfficialCalendar CALENDAR = OfficialCalendar.builtIn();

  private static Instant beijing(String dateTime) {
    return ZonedDateTime.parse(dateTime + "+08:00[Asia/Shanghai]").toInstant();
  }

  private static List<BadReviewDeadline> badReview(
      String ratedAt, String calledBack, String reported) {
    return BadReviewDeadline.of(
        CALENDAR,
        Grade.DISSATISFIED,
        beijing(ratedAt),
        Optional.ofNullable(calledBack).map(PublicSatisfactionTest::beijing),
        Optional.ofNullable(reported).map(PublicSatisfactionTest::beijing));
  }

  @Test
  @DisplayName("Art. 23: the bad-review rate is the share of DISSATISFIED ratings")
  void art23_badReviewRate() {
    Satisfaction month = new Satisfaction(Map.of(Grade.SATISFIED, 7L, Grade.DISSATISFIED, 1L));
    assertEquals(new BigDecimal("0.1250"), month.badReviewRate().orElseThrow());
    assertTrue(new Satisfaction(Map.of()).badReviewRate().isEmpty());
    Satisfaction year = month.plus(new Satisfaction(Map.of(Grade.DISSATISFIED, 2L)));
    assertEquals(10, year.total());
    assertEquals(3L, year.byGrade().get(Grade.DISSATISFIED));
  }

  @Test
  @DisplayName(
      "Art. 23: a bad review given on the Friday before the National Day holiday is called back in time on the first working day after it")
  void art23_callbackInTimeAcrossTheHoliday() {
    // 2026-09-30 is a Wednesday; 1-7 October are holidays, 8 October the next working day
    List<BadReviewDeadline> review = badReview("2026-09-30T10:00:00", "2026-10-08T16:00:00", null);
    RectificationRate rate = RectificationRate.of(List.of(review), beijing("2026-10-09T09:00:00"));
    assertEquals(1, rate.badReviews());
    assertEquals(1, rate.calledBackInTime());
    assertEquals(new BigDecimal("1.0000"), rate.callbackRate().orElseThrow());
    assertEquals(0, rate.rectificationDecided(), "the report is not due yet");
    assertTrue(rate.rectificationRate().isEmpty());
    assertEquals(1, rate.open());
  }

  @Test
  @DisplayName(
      "Art. 23: late, overdue and in-time call backs and reports are counted on the working-day calendar")
  void art23_rectificationRateOnTheCalendar() {
    Instant now = beijing("2026-12-31T12:00:00");
    List<List<BadReviewDeadline>> reviews =
        List.of(
            // in time: called back the next working day, reported within 15
            badReview("2026-11-02T09:00:00", "2026-11-03T09:00:00", "2026-11-20T09:00:00"),
            // late both: called back after 2 working days, reported after 16
            badReview("2026-11-02T09:00:00", "2026-11-05T09:00:00", "2026-11-25T09:00:00"),
            // never answered: both overdue
            badReview("2026-11-02T09:00:00", null, null),
            // given today: both still open, neither counted
            badReview("2026-12-31T09:00:00", null, null));
    RectificationRate rate = RectificationRate.of(reviews, now);
    assertEquals(4, rate.badReviews());
    assertEquals(1, rate.calledBackInTime());
    assertEquals(3, rate.callbackDecided());
    assertEquals(1, rate.rectifiedInTime());
    assertEquals(3, rate.rectificationDecided());
    assertEquals(new BigDecimal("0.3333"), rate.callbackRate().orElseThrow());
    assertEquals(new BigDecimal("0.3333"), rate.rectificationRate().orElseThrow());
    assertEquals(1, rate.open());
    assertEquals(8, rate.plus(rate).badReviews());
    assertTrue(RectificationRate.NONE.callbackRate().isEmpty());
    assertThrows(IllegalArgumentException.class, () -> new RectificationRate(1, 2, 1, 0, 0));
  }

  @Test
  @DisplayName(
      "Art. 23 (晾晒): cities ranked by citizens' satisfaction rate, equal rates share a rank, units beside, none without ratings")
  void art23_rankingOfTheCities() {
    Map<String, Satisfaction> citizens =
        Map.of(
            "hangzhou", new Satisfaction(Map.of(Grade.SATISFIED, 9L, Grade.DISSATISFIED, 1L)),
            "ningbo", new Satisfaction(Map.of(Grade.SATISFIED, 18L, Grade.DISSATISFIED, 2L)),
            "lishui", new Satisfaction(Map.of(Grade.SATISFIED, 1L)),
            "quzhou", new Satisfaction(Map.of()));
    Map<String, Satisfaction> units =
        Map.of("quzhou", new Satisfaction(Map.of(Grade.DISSATISFIED, 5L)));
    List<SatisfactionRanking.Entry> ranking = SatisfactionRanking.of(citizens, units);
    assertEquals(
        List.of("lishui", "ningbo", "hangzhou", "quzhou"),
        ranking.stream().map(SatisfactionRanking.Entry::tenant).toList());
    assertEquals(
        List.of(Optional.of(1), Optional.of(2), Optional.of(2), Optional.empty()),
        ranking.stream().map(SatisfactionRanking.Entry::rank).toList());
    assertEquals(5, ranking.get(3).units().total(), "units' ratings beside, not in the rank");
    assertEquals(0, ranking.get(0).units().total());
  }
}
