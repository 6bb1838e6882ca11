package cn.gov.zj.cloud.privateportal.fault.web;

import cn.gov.zj.cloud.domain.fault.FaultState;
import cn.gov.zj.cloud.domain.fault.Severity;
import cn.gov.zj.cloud.privateportal.fault.Fault;
import java.io.Serializable;
import java.time.Instant;

/** Art. 13: one line of the fault list, with its system's name and whether it is overdue. */
public record FaultRow(
    long id,
    String title,
    String systemName,
    Severity severity,
    FaultState state,
    Instant reportedAt,
    Instant responseDue,
    Instant resolutionDue,
    boolean overdue)
    implements Serializable {

  static FaultRow of(Fault fault, String systemName, Instant now) {
    return new FaultRow(
        fault.getId(),
        fault.getTitle(),
        systemName,
        fault.getSeverity(),
        fault.getState(),
        fault.getReportedAt(),
        fault.getResponseDue(),
        fault.getResolutionDue(),
        fault.isOverdue(now));
  }
}
