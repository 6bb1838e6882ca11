package cn.gov.zj.cloud.domain.assessment;

import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Art. 22, 25: the weights of a unit's score, in whole percent summing to 100. The province sets
 * the defaults ({@link #PROVINCIAL}: adoption 40, efficiency 30, security 30). Weights are not
 * stricter or laxer (every unit of the tenant is weighed alike), so a tenant's administrator may
 * choose its own, each within the published bounds {@value #MIN}–{@value #MAX}: no part of Art. 22
 * may be left out or made to decide alone.
 */
public record ScoreWeights(int adoption, int efficiency, int security) {

  /** The least weight of a part. */
  public static final int MIN = 20;

  /** The greatest weight of a part. */
  public static final int MAX = 60;

  /** The sum of the weights. */
  public static final int TOTAL = 100;

  /** Art. 22: the province's defaults. */
  public static final ScoreWeights PROVINCIAL = new ScoreWeights(40, 30, 30);

  public ScoreWeights {
    if (!within(adoption) || !within(efficiency) || !within(security)) {
      throw new IllegalArgumentException("weight out of " + MIN + "–" + MAX);
    }
    if (adoption + efficiency + security != TOTAL) {
      throw new IllegalArgumentException("weights do not sum to " + TOTAL);
    }
  }

  /**
   * Art. 25: a tenant's own weights from {@code adoption}, {@code efficiency}, {@code security};
   * each out of bounds is named, a sum other than 100 names {@code security} (the last); null when
   * any is named.
   */
  public static ScoreWeights local(Map<String, Integer> values, Violations violations) {
    boolean fits = true;
    int sum = 0;
    for (String name : PROVINCIAL.values().keySet()) {
      Integer value = values.get(name);
      if (value == null || !within(value)) {
        violations.addOnce(name, "validation.outOfRange", MIN, MAX);
        fits = false;
      } else {
        sum += value;
      }
    }
    if (fits && sum != TOTAL) {
      violations.add("security", "assessment.weights.sum", TOTAL);
      fits = false;
    }
    return fits
        ? new ScoreWeights(values.get("adoption"), values.get("efficiency"), values.get("security"))
        : null;
  }

  /** The weights by name, in the order of the formula. */
  public Map<String, Integer> values() {
    Map<String, Integer> values = new LinkedHashMap<>();
    values.put("adoption", adoption);
    values.put("efficiency", efficiency);
    values.put("security", security);
    return values;
  }

  private static boolean within(int weight) {
    return weight >= MIN && weight <= MAX;
  }
}
