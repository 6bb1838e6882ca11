package cn.gov.zj.cloud.privateportal.usage;

import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.List;

/**
 * Art. 15: one part of the O&M summary of a monthly report (changes executed; faults by severity,
 * service requests and training attended come from their own capabilities). Each part is a CDI
 * bean; the report lists the figures of every bean, in {@link #order}, and omits what no bean knows
 * (never a zero for a part that is not counted).
 */
public interface OperationsSource {

  /** Where the part stands in the summary, lowest first. */
  int order();

  /**
   * The figures of the tenant's unit and its applications in that month (Beijing calendar), read
   * under the caller's row scope.
   */
  List<OperationsFigure> figures(
      EntityManager em, String tenant, long unitId, List<Long> applicationIds, YearMonth month);
}
