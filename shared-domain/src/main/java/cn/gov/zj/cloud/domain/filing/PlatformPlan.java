package cn.gov.zj.cloud.domain.filing;

import cn.gov.zj.cloud.domain.registry.MlpsLevel;
import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Art. 5: a city platform's construction plan as filed with the province: its name, whether the
 * city builds it or leases it, from which provider, its capacity and its MLPS level (Art. 18).
 *
 * @param capacity amounts by {@link #CAPACITY} key, in the unit its name says
 */
public record PlatformPlan(
    String platformName, BuildMode mode, String provider, Map<String, Integer> capacity, int mlps) {

  /** The capacity figures a plan states, in the order pages show them. */
  public static final List<String> CAPACITY =
      List.of("vcpu", "memoryGib", "storageTib", "bandwidthMbps");

  public static final int MAX_NAME = 200;
  public static final int MAX_AMOUNT = 100_000_000;

  public PlatformPlan {
    capacity = Map.copyOf(capacity);
  }

  /** A plan as typed in, every part unchecked. */
  public record Draft(
      String platformName,
      BuildMode mode,
      String provider,
      Map<String, Integer> capacity,
      Integer mlpsLevel) {}

  /**
   * Art. 5: the checked plan, or null with every fault named in {@code violations} ({@code
   * platformName}, {@code mode}, {@code provider}, {@code capacity.<key>}, {@code mlpsLevel}).
   */
  public static PlatformPlan check(Draft draft, Violations violations) {
    String name = Texts.requiredLine("platformName", draft.platformName(), MAX_NAME, violations);
    if (draft.mode() == null) {
      violations.addOnce("mode", "validation.required");
    }
    String provider = Texts.requiredLine("provider", draft.provider(), MAX_NAME, violations);
    Map<String, Integer> capacity = capacity(draft.capacity(), violations);
    if (draft.mlpsLevel() == null) {
      violations.addOnce("mlpsLevel", "validation.required");
    } else if (!MlpsLevel.isValid(draft.mlpsLevel())) {
      violations.addOnce("mlpsLevel", "filing.mlps.range", MlpsLevel.MIN, MlpsLevel.MAX);
    }
    return violations.isEmpty()
        ? new PlatformPlan(name, draft.mode(), provider, capacity, draft.mlpsLevel())
        : null;
  }

  private static Map<String, Integer> capacity(Map<String, Integer> given, Violations violations) {
    Map<String, Integer> capacity = new LinkedHashMap<>();
    if (given == null || given.isEmpty()) {
      violations.addOnce("capacity", "filing.capacity.required");
      return capacity;
    }
    given.forEach(
        (key, amount) -> {
          if (!CAPACITY.contains(key)) {
            violations.addOnce("capacity." + key, "validation.unknownField");
          } else if (amount == null || amount < 0 || amount > MAX_AMOUNT) {
            violations.addOnce("capacity." + key, "filing.capacity.range", MAX_AMOUNT);
          } else {
            capacity.put(key, amount);
          }
        });
    if (violations.isEmpty() && capacity.values().stream().allMatch(amount -> amount == 0)) {
      violations.addOnce("capacity", "filing.capacity.required");
    }
    return capacity;
  }
}
