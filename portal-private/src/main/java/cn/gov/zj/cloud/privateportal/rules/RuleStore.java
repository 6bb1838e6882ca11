package cn.gov.zj.cloud.privateportal.rules;

import cn.gov.zj.cloud.domain.rules.DeadlineRules;
import cn.gov.zj.cloud.domain.rules.RuleHistory;
import cn.gov.zj.cloud.domain.rules.RuleVersion;
import cn.gov.zj.cloud.domain.rules.StatutoryStep;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads and appends rule versions of one scope ({@code province} or a tenant id). */
final class RuleStore {

  static final String PROVINCE = "province";

  private RuleStore() {}

  static RuleHistory history(EntityManager em, String scope) {
    @SuppressWarnings("unchecked")
    List<Object[]> versions =
        em.createNativeQuery(
                "select version, effective_from, trial_min, trial_max from rule_version"
                    + " where scope = ?1 order by version")
            .setParameter(1, scope)
            .getResultList();
    @SuppressWarnings("unchecked")
    List<Object[]> limits =
        em.createNativeQuery("select version, step, working_days from rule_limit where scope = ?1")
            .setParameter(1, scope)
            .getResultList();
    List<RuleVersion> history = new ArrayList<>();
    for (Object[] row : versions) {
      int number = ((Number) row[0]).intValue();
      Map<StatutoryStep, Integer> days = new EnumMap<>(StatutoryStep.class);
      limits.stream()
          .filter(limit -> ((Number) limit[0]).intValue() == number)
          .forEach(
              limit ->
                  days.put(
                      StatutoryStep.valueOf((String) limit[1]), ((Number) limit[2]).intValue()));
      DeadlineRules rules =
          DeadlineRules.of(days, ((Number) row[2]).intValue(), ((Number) row[3]).intValue());
      history.add(new RuleVersion(number, ((Timestamp) row[1]).toInstant(), rules));
    }
    return new RuleHistory(history);
  }

  static void append(EntityManager em, String scope, RuleVersion version, String createdBy) {
    em.createNativeQuery(
            "insert into rule_version (scope, version, effective_from, trial_min, trial_max, created_by, created_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, now())")
        .setParameter(1, scope)
        .setParameter(2, version.number())
        .setParameter(3, Timestamp.from(version.effectiveFrom()))
        .setParameter(4, version.rules().trial().minDays())
        .setParameter(5, version.rules().trial().maxDays())
        .setParameter(6, createdBy)
        .executeUpdate();
    version
        .rules()
        .limitDays()
        .forEach(
            (step, days) ->
                em.createNativeQuery(
                        "insert into rule_limit (scope, version, step, working_days) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, scope)
                    .setParameter(2, version.number())
                    .setParameter(3, step.name())
                    .setParameter(4, days)
                    .executeUpdate());
  }
}
