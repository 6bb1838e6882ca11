package cn.gov.zj.cloud.privateportal.usage;

import cn.gov.zj.cloud.domain.application.ResourceLine;
import cn.gov.zj.cloud.domain.usage.Advice;
import cn.gov.zj.cloud.domain.usage.AdviceKind;
import cn.gov.zj.cloud.domain.usage.LineMonth;
import cn.gov.zj.cloud.domain.usage.UsageRules;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * Art. 15: the monthly report of one using unit: the utilization table per system and allocated
 * line, the O&M summary, and the optimization advice under the thresholds in force.
 */
public record UtilizationReport(
    String tenant,
    long unitId,
    String unitName,
    String creditCode,
    YearMonth month,
    Instant generatedAt,
    UsageRules rules,
    List<SystemUsage> systems,
    List<OperationsFigure> operations,
    List<Advice> advice) {

  public UtilizationReport {
    systems = List.copyOf(systems);
    operations = List.copyOf(operations);
    advice = List.copyOf(advice);
  }

  /** One application system with its allocated lines. */
  public record SystemUsage(
      long systemId, String systemName, long applicationId, List<LineUsage> lines) {}

  /** One allocated line (its index in the allocation) and its month's figures. */
  public record LineUsage(int line, ResourceLine allocation, LineMonth month) {}

  /** Art. 15: some allocated line lacks data for the month (or the unit reported nothing). */
  public boolean dataMissing() {
    return advice.stream().anyMatch(a -> a.kind() == AdviceKind.NO_DATA);
  }

  /** Every line of every system, in order. */
  public int lineCount() {
    return systems.stream().mapToInt(s -> s.lines().size()).sum();
  }
}
