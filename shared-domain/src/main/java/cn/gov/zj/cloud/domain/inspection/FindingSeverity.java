package cn.gov.zj.cloud.domain.inspection;

import cn.gov.zj.cloud.domain.calendar.WorkingDays;

/**
 * Art. 17: how grave a finding is, and the provincial default of its rectification deadline in
 * working days (5, 10, 20), which a tenant's local rule (Art. 25) may shorten, never lengthen.
 */
public enum FindingSeverity {
  HIGH(5),
  MEDIUM(10),
  LOW(20);

  private final WorkingDays provincialDays;

  FindingSeverity(int days) {
    this.provincialDays = WorkingDays.of(days);
  }

  public WorkingDays provincialDays() {
    return provincialDays;
  }

  /** The bundle key of its name. */
  public String nameKey() {
    return "inspection.severity." + name();
  }
}
