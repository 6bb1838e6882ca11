package cn.gov.zj.cloud.domain.usage;

import cn.gov.zj.cloud.domain.application.ResourceLine;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

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
    Optional<AdviceKind> kind =
        kind(line, month.daysReported(), month.idleDays(rules), month.cpuP95Pct(), rules);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        switch (kind.get()) {
          case NO_DATA ->
              new Advice(
                  applicationId,
                  index,
                  AdviceKind.NO_DATA,
                  Optional.empty(),
                  List.of(index, month.daysReported(), rules.minDays()));
          case IDLE ->
              new Advice(
                  applicationId,
                  index,
                  AdviceKind.IDLE,
                  Optional.empty(),
                  List.of(index, month.idleDays(rules), month.daysReported()));
          default ->
              resize(
                  applicationId,
                  index,
                  Compute.of(line).orElseThrow(),
                  month.cpuP95Pct().orElseThrow(),
                  rules,
                  kind.get());
        });
  }

  /**
   * Art. 15, 22: which advice a line-month gets, from its figures alone (days reported, idle days
   * and the p95 of the daily CPU p95s, empty without days), as {@link #advise} gives it; what the
   * unit assessment counts without reading the days themselves.
   */
  public static Optional<AdviceKind> kind(
      ResourceLine line, int daysReported, long idleDays, OptionalDouble cpuP95, UsageRules rules) {
    if (daysReported < rules.minDays()) {
      return Optional.of(AdviceKind.NO_DATA);
    }
    Optional<Compute> compute = Compute.of(line);
    if (compute.isEmpty()) {
      return Optional.empty();
    }
    if (idleDays * 100L >= (long) rules.idleDaysPct() * daysReported) {
      return Optional.of(AdviceKind.IDLE);
    }
    double p95 = cpuP95.orElseThrow();
    AdviceKind kind =
        p95 < rules.overPct()
            ? AdviceKind.OVER_PROVISIONED
            : p95 > rules.underPct() ? AdviceKind.UNDER_PROVISIONED : null;
    if (kind == null || suggestedVcpu(compute.get().vcpu(), p95, rules) == compute.get().vcpu()) {
      return Optional.empty();
    }
    return Optional.of(kind);
  }

  /** Art. 15: the vCPU per instance at which this month's p95 would run near the target load. */
  static int suggestedVcpu(int vcpu, double p95, UsageRules rules) {
    int size = (int) Math.ceil(vcpu * p95 / rules.targetPct() - 1e-9);
    return Math.max(ResourceLine.VCPU.min(), Math.min(ResourceLine.VCPU.max(), size));
  }

  private static Advice resize(
      long applicationId,
      int index,
      Compute compute,
      double p95,
      UsageRules rules,
      AdviceKind kind) {
    int suggested = suggestedVcpu(compute.vcpu(), p95, rules);
    Advice.Resize resize = new Advice.Resize(compute.quantity(), compute.vcpu(), suggested);
    return new Advice(
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
            rules.targetPct()));
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
