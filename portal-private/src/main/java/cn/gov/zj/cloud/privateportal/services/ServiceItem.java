package cn.gov.zj.cloud.privateportal.services;

import cn.gov.zj.cloud.domain.calendar.DueDate;
import cn.gov.zj.cloud.domain.services.ServiceKind;
import cn.gov.zj.cloud.domain.services.ServiceState;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Art. 14: one service request as lists, pages and the API show it. */
public record ServiceItem(
    long id,
    long unitId,
    String unitName,
    long systemId,
    String systemName,
    ServiceKind kind,
    String subject,
    String description,
    ServiceState state,
    String openedBy,
    Instant openedAt,
    LocalDate responseDue,
    boolean provisional,
    Optional<String> answer,
    Optional<String> answeredBy,
    Optional<Instant> answeredAt,
    Optional<String> closingNote,
    Optional<String> closedBy,
    Optional<Instant> closedAt)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public DueDate due() {
    return new DueDate(responseDue, provisional);
  }

  /** Art. 14: still unanswered at {@code now} though its response was due. */
  public boolean overdueAt(Instant now) {
    return state == ServiceState.OPEN && due().isOverdueAt(now);
  }

  /** Art. 14: answered within the target; empty while unanswered. */
  public Optional<Boolean> responseMet() {
    return answeredAt.map(at -> !due().isOverdueAt(at));
  }

  /** One entry of its history. */
  public record Event(String action, String actor, Instant at, String note)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }
}
