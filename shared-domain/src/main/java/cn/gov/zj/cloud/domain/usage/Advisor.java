package cn.gov.zj.cloud.domain.usage;

import cn.gov.zj.cloud.domain.application.ResourceLine;
import java.util.List;
import java.util.Optional;

/**
 * Art. 15: the optimization advice for one allocated line and month, under the thresholds in force
 * (Art. 25). At most one piece per line: too few reported days say {@link AdviceKind#NO_DATA} and
 * nothing else; an idle line is not also over-provisioned. CPU advice applies to lines with vCPU
 * (cloud hosts, databases).
 */
public final class Advisor {

  private Advisor() {}

  public static Optional<Advice> advise(
      long applicationId, int index, ResourceLine line, LineMonth month, UsageRules rules) {
    if (month.daysReported() < rules.minDays()) {
      return Optional.of(
          new Advice(
              applicationId,
              index,
              AdviceKind.NO_DATA,
              Optional.empty(),
              List.of(index, month.daysReported(), rules.minDays())));
    }
    Optional<Compute> compute = Compute.of(line);
    if (compute.isEmpty()) {
      return Optional.empty();
    }
    if (isIdle(month, rules)) {
      return Optional.of(
          new Advice(
              applicationId,
              index,
              AdviceKind.IDLE,
              Optional.empty(),
              List.of(index, month.idleDays(rules), month.daysReported())));
    }
    double p95 = month.cpuP95Pct().orElseThrow();
    if (p95 < rules.overPct()) {
      return resize(applicationId, index, compute.get(), p95, rules, AdviceKind.OVER_PROVISIONED);
    }
    if (p95 > rules.underPct()) {
      return resize(applicationId, index, compute.get(), p95, rules, AdviceKind.UNDER_PROVISIONED);
    }
    return Optional.empty();
  }

  /** Art. 15: idle on at least the rule's share of the reported days. */
  static boolean isIdle(LineMonth month, UsageRules rules) {
    return month.idleDays(rules) * 100L >= (long) rules.idleDaysPct() * month.daysReported();
  }

  /** Art. 15: the vCPU per instance at which this month's p95 would run near the target load. */
  static int suggestedVcpu(int vcpu, double p95, UsageRules rules) {
    int size = (int) Math.ceil(vcpu * p95 / rules.targetPct() - 1e-9);
    return Math.max(ResourceLine.VCPU.min(), Math.min(ResourceLine.VCPU.max(), size));
  }

  private static Optional<Advice> resize(
      long applicationId,
      int index,
      Compute compute,
      double p95,
      UsageRules rules,
      AdviceKind kind) {
    int suggested = suggestedVcpu(compute.vcpu(), p95, rules);
    if (suggested == compute.vcpu()) {
      return Optional.empty();
    }
    Advice.Resize resize = new Advice.Resize(compute.quantity(), compute.vcpu(), suggested);
    return Optional.of(
        new Advice(
            applicationId,
            index,
            kind,
            Optional.of(resize),
            List.of(
                index,
                Math.round(p95 * 10) / 10.0,
                compute.vcpu(),
                suggested,
                Math.abs(resize.saved()),
                rules.targetPct())));
  }

  /** The vCPU of a line: {@code quantity} alike instances of {@code vcpu} each. */
  record Compute(int quantity, int vcpu) {
    static Optional<Compute> of(ResourceLine line) {
      if (line instanceof ResourceLine.CloudHost host) {
        return Optional.of(new Compute(host.quantity(), host.vcpu()));
      }
      if (line instanceof ResourceLine.CloudDatabase database) {
        return Optional.of(new Compute(1, database.vcpu()));
      }
      return Optional.empty();
    }
  }
}
