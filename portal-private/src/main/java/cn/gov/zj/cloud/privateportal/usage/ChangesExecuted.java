package cn.gov.zj.cloud.privateportal.usage;

import cn.gov.zj.cloud.domain.application.Action;
import cn.gov.zj.cloud.privateportal.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.List;

/** Art. 11, Art. 15: the changes the provider executed for the unit in the month. */
@ApplicationScoped
public class ChangesExecuted implements OperationsSource {

  @Override
  public int order() {
    return 20;
  }

  @Override
  public List<OperationsFigure> figures(
      EntityManager em, String tenant, long unitId, List<Long> applicationIds, YearMonth month) {
    Number count =
        (Number)
            em.createNativeQuery(
                    "select count(*) from application_event e join application a"
                        + " on a.id = e.application_id where a.unit_id = ?1 and e.action = ?2"
                        + " and e.occurred_at >= ?3 and e.occurred_at < ?4")
                .setParameter(1, unitId)
                .setParameter(2, Action.EXECUTE_CHANGE.restName())
                .setParameter(3, start(month))
                .setParameter(4, start(month.plusMonths(1)))
                .getSingleResult();
    return List.of(
        new OperationsFigure("changesExecuted", "report.ops.changesExecuted", count.longValue()));
  }

  private static Timestamp start(YearMonth month) {
    return Timestamp.from(month.atDay(1).atStartOfDay(Clocks.ZONE).toInstant());
  }
}
