package cn.gov.zj.cloud.domain.usage;

/** Art. 15: what the optimization advice says of one allocated line. */
public enum AdviceKind {
  /** Hardly used on nearly every reported day: release or merge it. */
  IDLE,
  /** The month's CPU p95 stays far below the allocation: a smaller size would do. */
  OVER_PROVISIONED,
  /** The month's CPU p95 runs close to the allocation: a larger size is advised. */
  UNDER_PROVISIONED,
  /** An active line with too few reported days to judge. */
  NO_DATA;

  /** The bundle key of the advice text, e.g. {@code usage.advice.IDLE}. */
  public String textKey() {
    return "usage.advice." + name();
  }
}
