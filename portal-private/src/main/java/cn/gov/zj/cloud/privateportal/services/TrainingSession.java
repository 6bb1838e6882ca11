package cn.gov.zj.cloud.privateportal.services;

import cn.gov.zj.cloud.domain.services.TrainingSeats;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/** Art. 14: one training session as lists, pages and the API show it. */
public record TrainingSession(
    long id,
    String title,
    Instant startsAt,
    int durationMinutes,
    Optional<String> place,
    Optional<String> onlineLink,
    int capacity,
    int taken,
    Optional<String> materials,
    Optional<Instant> cancelledAt,
    Optional<Instant> attendanceAt,
    boolean registeredByMe)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public TrainingSeats seats() {
    return new TrainingSeats(capacity, taken);
  }

  public boolean cancelled() {
    return cancelledAt.isPresent();
  }

  /** Still to come at {@code now}: registration, editing and cancelling are open. */
  public boolean upcomingAt(Instant now) {
    return !cancelled() && startsAt.isAfter(now);
  }

  /** The draft of a session, as the provider schedules or edits it. */
  public record Draft(
      String title,
      Instant startsAt,
      Integer durationMinutes,
      String place,
      String onlineLink,
      Integer capacity,
      String materials)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** One registration: who, of which unit, and whether they attended (empty: not recorded yet). */
  public record Registration(
      String username,
      String displayName,
      long unitId,
      String unitName,
      Instant registeredAt,
      Optional<Boolean> attended)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** One line of a unit's training record: a person and a session they registered for. */
  public record RecordLine(
      String username,
      String displayName,
      long sessionId,
      String title,
      Instant startsAt,
      Optional<Boolean> attended)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }
}
