package cn.gov.zj.cloud.domain.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReceiptsAndTagsTest {

  private final SecureRandom random = new SecureRandom();

  @Test
  @DisplayName(
      "Art. 23: a receipt number has its kind's prefix, the Beijing date and six digits; typed ones are parsed, others refused")
  void art23_receiptNumber() {
    ReceiptNumber number =
        ReceiptNumber.next(ReceiptNumber.Kind.CITIZEN, LocalDate.of(2026, 12, 7), random);
    assertTrue(number.value().matches("PJ20261207-\\d{6}"), number.value());
    assertEquals(ReceiptNumber.Kind.CITIZEN, number.kind());
    assertEquals(number, ReceiptNumber.parse(" " + number.value().toLowerCase() + " ").get());
    assertTrue(
        ReceiptNumber.next(ReceiptNumber.Kind.UNIT, LocalDate.of(2026, 1, 2), random)
            .value()
            .startsWith("DW20260102-"));
    assertTrue(ReceiptNumber.parse("XX20261207-123456").isEmpty());
    assertTrue(ReceiptNumber.parse("PJ20261207-12345").isEmpty());
    assertTrue(ReceiptNumber.parse("0b8f0f4e-6f7a-4c53-9d83-2a0d1f2a3b4c").isEmpty());
    assertTrue(ReceiptNumber.parse(null).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> new ReceiptNumber("PJ1; drop table"));
  }

  @Test
  @DisplayName(
      "Art. 23: praise tags go with the three satisfied grades, problem tags with DISSATISFIED; a mismatch is named")
  void art23_tagsPerGrade() {
    assertEquals(
        List.of(
            RatingTag.RESPONSIVE,
            RatingTag.FRIENDLY,
            RatingTag.EFFICIENT,
            RatingTag.CLEAR_GUIDANCE),
        RatingTag.offeredFor(Grade.BASICALLY_SATISFIED));
    assertEquals(
        List.of(
            RatingTag.SLOW, RatingTag.COMPLICATED, RatingTag.UNRESOLVED, RatingTag.SYSTEM_FAULT),
        RatingTag.offeredFor(Grade.DISSATISFIED));

    Violations bad = new Violations();
    assertNull(
        CitizenRating.from(
            new CitizenRating.Draft(7L, "DISSATISFIED", List.of("SLOW", "FRIENDLY"), null), bad));
    assertEquals(1, bad.errors().size());
    assertEquals("tags[1]", bad.errors().get(0).field());
    Violations praise = new Violations();
    CitizenRating.from(new CitizenRating.Draft(7L, "SATISFIED", List.of("SLOW"), null), praise);
    assertEquals("feedback.tag.problemNotSatisfied", praise.errors().get(0).messageKey());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new CitizenRating(7L, Grade.SATISFIED, Set.of(RatingTag.UNRESOLVED), Optional.empty()));
  }

  @Test
  @DisplayName(
      "Art. 23: a DISSATISFIED rating's call back is due after 1 working day and its report after 15, each open, overdue or done")
  void art23_badReviewDeadlines() {
    OfficialCalendar calendar = OfficialCalendar.builtIn();
    Instant friday = Instant.parse("2026-12-04T02:00:00Z"); // Friday 10:00 in Beijing
    List<BadReviewDeadline> deadlines =
        BadReviewDeadline.of(
            calendar, Grade.DISSATISFIED, friday, Optional.empty(), Optional.empty());
    assertEquals(LocalDate.of(2026, 12, 7), deadlines.get(0).due().date(), "Monday");
    assertEquals(LocalDate.of(2026, 12, 25), deadlines.get(1).due().date());
    Instant mondayEvening = Instant.parse("2026-12-07T12:00:00Z");
    assertEquals(BadReviewDeadline.State.OPEN, deadlines.get(0).state(mondayEvening));
    assertEquals(
        BadReviewDeadline.State.OVERDUE,
        deadlines.get(0).state(Instant.parse("2026-12-07T16:00:00Z")));
    BadReviewDeadline late =
        new BadReviewDeadline(
            BadReviewDeadline.Stage.CALLBACK,
            deadlines.get(0).due(),
            Optional.of(Instant.parse("2026-12-08T01:00:00Z")));
    assertEquals(BadReviewDeadline.State.DONE_LATE, late.state(mondayEvening));
    assertTrue(
        BadReviewDeadline.of(calendar, Grade.SATISFIED, friday, Optional.empty(), Optional.empty())
            .isEmpty());
  }
}
