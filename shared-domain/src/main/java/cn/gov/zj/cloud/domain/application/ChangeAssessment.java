package cn.gov.zj.cloud.domain.application;

import cn.gov.zj.cloud.domain.registry.MlpsLevel;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Art. 11: how a requested change compares with what is allocated, and whether it is major. The
 * criteria are fixed here, not chosen by anyone: a raised MLPS level, a declared architecture
 * change, or growth of total vCPU, memory or storage by more than {@value
 * #GROWTH_THRESHOLD_PERCENT} percent (any growth from nothing counts). Shrinking is never major.
 */
public record ChangeAssessment(
    ResourceTotals before, ResourceTotals after, Set<MajorChangeCriterion> criteria) {

  public static final int GROWTH_THRESHOLD_PERCENT = 50;

  public ChangeAssessment {
    criteria = Set.copyOf(criteria);
  }

  public static ChangeAssessment assess(
      ResourcePlan current,
      MlpsLevel currentLevel,
      ResourcePlan proposed,
      MlpsLevel proposedLevel,
      boolean architectureChange) {
    ResourceTotals before = current.totals();
    ResourceTotals after = proposed.totals();
    Set<MajorChangeCriterion> criteria = EnumSet.noneOf(MajorChangeCriterion.class);
    if (proposedLevel.value() > currentLevel.value()) {
      criteria.add(MajorChangeCriterion.MLPS_LEVEL_RAISED);
    }
    if (architectureChange) {
      criteria.add(MajorChangeCriterion.ARCHITECTURE_CHANGED);
    }
    if (grows(before.vcpu(), after.vcpu())) {
      criteria.add(MajorChangeCriterion.VCPU_GROWTH);
    }
    if (grows(before.memoryGiB(), after.memoryGiB())) {
      criteria.add(MajorChangeCriterion.MEMORY_GROWTH);
    }
    if (grows(before.storageGiB(), after.storageGiB())) {
      criteria.add(MajorChangeCriterion.STORAGE_GROWTH);
    }
    return new ChangeAssessment(before, after, criteria);
  }

  /** Whether the change changes anything at all. */
  static boolean changesAnything(
      ResourcePlan current, ResourcePlan proposed, boolean levelChanged, boolean architecture) {
    return levelChanged
        || architecture
        || !current.elastic().equals(proposed.elastic())
        || !counts(current).equals(counts(proposed));
  }

  private static Map<ResourceLine, Long> counts(ResourcePlan plan) {
    return plan.lines().stream()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  /** Strictly above the threshold: 100 → 150 is not major, 100 → 151 is. */
  private static boolean grows(long before, long after) {
    return after * 100 > before * (100 + GROWTH_THRESHOLD_PERCENT);
  }

  /** Art. 11: a major change re-submits the Art. 7 materials and re-passes the tests. */
  public boolean isMajor() {
    return !criteria.isEmpty();
  }

  /** What the change adds, per total (negative where it takes away). */
  public ResourceTotals delta() {
    return after.minus(before);
  }
}
