package cn.gov.zj.cloud.privateportal.inspection;

import cn.gov.zj.cloud.domain.calendar.DueDate;
import cn.gov.zj.cloud.domain.inspection.FindingAction;
import cn.gov.zj.cloud.domain.inspection.FindingSeverity;
import cn.gov.zj.cloud.domain.inspection.FindingState;
import java.time.Instant;
import java.util.List;

/** Art. 17: a finding as read: its system and unit, state and rectification due date. */
public record FindingView(
    long id,
    long inspectionId,
    String inspectionTitle,
    long unitId,
    String unitName,
    long systemId,
    String systemName,
    FindingSeverity severity,
    String description,
    String reference,
    FindingState state,
    DueDate rectificationDue,
    String recordedBy,
    Instant recordedAt) {

  /** Art. 17: open (not submitted) past the end of its due date. */
  public boolean overdueAt(Instant now) {
    return state == FindingState.OPEN && rectificationDue.isOverdueAt(now);
  }

  /** The actions its state allows, whoever may take them. */
  public List<FindingAction> allowedNow() {
    return FindingAction.allowedIn(state);
  }
}
