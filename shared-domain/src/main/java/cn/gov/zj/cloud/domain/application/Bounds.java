package cn.gov.zj.cloud.domain.application;

import cn.gov.zj.cloud.domain.validation.Violations;

/** An inclusive range of whole numbers that an input field must lie in (also for form spinners). */
public record Bounds(int min, int max) {

  public Bounds {
    if (min > max) {
      throw new IllegalArgumentException("min above max");
    }
  }

  public boolean contains(int value) {
    return value >= min && value <= max;
  }

  /** The value, or null with a violation when absent or out of range. */
  Integer check(String field, Integer value, Violations violations) {
    if (value == null) {
      violations.addOnce(field, "validation.required");
      return null;
    }
    if (!contains(value)) {
      violations.addOnce(field, "validation.outOfRange", min, max);
      return null;
    }
    return value;
  }

  /** For the constructors of valid values: drafts are checked with {@link #check} first. */
  int require(String name, int value) {
    if (!contains(value)) {
      throw new IllegalArgumentException(
          name + " must be " + min + " to " + max + ", was " + value);
    }
    return value;
  }
}
