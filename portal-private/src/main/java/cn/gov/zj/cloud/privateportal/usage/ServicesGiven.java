package cn.gov.zj.cloud.privateportal.usage;

import cn.gov.zj.cloud.domain.services.ServiceKind;
import cn.gov.zj.cloud.privateportal.services.ServiceFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Art. 14, Art. 15: the O&M summary's service requests of the unit in the month, by kind, and the
 * training attendances of its staff.
 */
@ApplicationScoped
public class ServicesGiven implements OperationsSource {

  @Inject private ServiceFigures services;

  @Override
  public int order() {
    return 30;
  }

  @Override
  public List<OperationsFigure> figures(
      EntityManager em, String tenant, long unitId, List<Long> applicationIds, YearMonth month) {
    List<OperationsFigure> figures = new ArrayList<>();
    for (Map.Entry<ServiceKind, Long> kind :
        services.serviceRequests(tenant, unitId, month).entrySet()) {
      String name = "serviceRequests." + kind.getKey().name();
      figures.add(new OperationsFigure(name, "report.ops." + name, kind.getValue()));
    }
    long attended = services.trainingAttendances(tenant, unitId, month).size();
    figures.add(new OperationsFigure("trainingAttended", "report.ops.trainingAttended", attended));
    return figures;
  }
}
