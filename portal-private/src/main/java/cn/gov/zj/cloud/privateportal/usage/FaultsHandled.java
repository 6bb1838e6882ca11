package cn.gov.zj.cloud.privateportal.usage;

import cn.gov.zj.cloud.domain.tenant.TenantId;
import cn.gov.zj.cloud.privateportal.fault.FaultStatistics;
import cn.gov.zj.cloud.privateportal.fault.FaultTally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Art. 13, Art. 15: the O&M summary's faults, per severity: reported in the month, and how many of
 * them met their response and their resolution targets.
 */
@ApplicationScoped
public class FaultsHandled implements OperationsSource {

  @Inject private FaultStatistics statistics;

  @Override
  public int order() {
    return 10;
  }

  @Override
  public List<OperationsFigure> figures(
      EntityManager em, String tenant, long unitId, List<Long> applicationIds, YearMonth month) {
    List<OperationsFigure> figures = new ArrayList<>();
    for (FaultTally tally : statistics.monthly(new TenantId(tenant), unitId, month).values()) {
      String prefix = "faults." + tally.severity().name() + ".";
      figures.add(figure(prefix + "reported", tally.reported()));
      figures.add(figure(prefix + "responseMet", tally.responseMet()));
      figures.add(figure(prefix + "resolutionMet", tally.resolutionMet()));
    }
    return figures;
  }

  private static OperationsFigure figure(String name, long value) {
    return new OperationsFigure(name, "report.ops." + name, value);
  }
}
