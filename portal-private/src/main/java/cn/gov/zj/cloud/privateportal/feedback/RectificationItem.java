package cn.gov.zj.cloud.privateportal.feedback;

import cn.gov.zj.cloud.domain.feedback.Grade;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Art. 23 (差评整改): a DISSATISFIED rating and what was done about it: the call back (due after 1
 * working day) and the rectification report (due after 15), by the provider or the service's unit.
 */
public record RectificationItem(
    long id,
    String responsible,
    Optional<Long> unitId,
    String ratingKind,
    Grade grade,
    Optional<String> comment,
    Instant ratedAt,
    LocalDate callbackDue,
    LocalDate reportDue,
    Optional<Instant> calledBackAt,
    Optional<String> callbackNote,
    Optional<Instant> reportedAt,
    Optional<String> report) {

  /** Whether the call back is late on {@code today} (not done and its due date passed). */
  public boolean callbackOverdue(LocalDate today) {
    return calledBackAt.isEmpty() && today.isAfter(callbackDue);
  }

  public boolean reportOverdue(LocalDate today) {
    return reportedAt.isEmpty() && today.isAfter(reportDue);
  }

  public boolean open() {
    return reportedAt.isEmpty();
  }
}
