package cn.gov.zj.cloud.privateportal.dashboard;

import cn.gov.zj.cloud.domain.dashboard.MonthlyShare;

/**
 * Art. 13: the faults reported in the year, month by month, with those whose response and those
 * whose resolution met its target; and the faults overdue today, as the fault list's filter counts
 * them (response or resolution past due while open).
 */
public record FaultFigures(MonthlyShare responseMet, MonthlyShare resolutionMet, long overdue) {

  public static FaultFigures none() {
    return new FaultFigures(MonthlyShare.none(), MonthlyShare.none(), 0);
  }

  public long reported() {
    return responseMet.year().whole();
  }

  public FaultFigures plus(FaultFigures other) {
    return new FaultFigures(
        responseMet.plus(other.responseMet),
        resolutionMet.plus(other.resolutionMet),
        overdue + other.overdue);
  }
}
