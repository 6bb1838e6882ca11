package cn.gov.zj.cloud.privateportal.dashboard;

import cn.gov.zj.cloud.domain.dashboard.DashboardYear;
import cn.gov.zj.cloud.domain.supervision.Adoption;

/**
 * Art. 4, 6–23: every figure of one tenant's dashboard for a year (or the province's total of its
 * cities): applications, steps, cloud adoption, resources, faults, findings, satisfaction and
 * bad-review rectifications.
 */
public record CityFigures(
    String tenant,
    DashboardYear year,
    ApplicationFigures applications,
    StepFigures steps,
    Adoption adoption,
    Utilization utilization,
    FaultFigures faults,
    OpenItems findings,
    Satisfaction satisfaction,
    OpenItems rectifications) {

  /** The figures of a tenant with no rows at all. */
  public static CityFigures none(String tenant, DashboardYear year) {
    return new CityFigures(
        tenant,
        year,
        ApplicationFigures.none(),
        StepFigures.none(),
        Adoption.none(),
        Utilization.none(),
        FaultFigures.none(),
        OpenItems.none(),
        Satisfaction.none(),
        OpenItems.none());
  }

  /** Art. 4: the sum of two tenants' figures, named {@code tenant}. */
  public CityFigures plus(CityFigures other, String tenant) {
    return new CityFigures(
        tenant,
        year,
        applications.plus(other.applications),
        steps.plus(other.steps),
        adoption.plus(other.adoption),
        utilization.plus(other.utilization),
        faults.plus(other.faults),
        findings.plus(other.findings),
        satisfaction.plus(other.satisfaction),
        rectifications.plus(other.rectifications));
  }
}
