package cn.gov.zj.cloud.domain.registry;

/**
 * Art. 18: the classified-protection (MLPS, 等保) level of an application system, 1 to 5. Level 3 and
 * above needs a third-party test report from a CNAS-accredited body before activation (Art. 9).
 */
public record MlpsLevel(int value) {

  public static final int MIN = 1;
  public static final int MAX = 5;

  public MlpsLevel {
    if (!isValid(value)) {
      throw new IllegalArgumentException("MLPS level must be 1 to 5, was " + value);
    }
  }

  public static boolean isValid(int value) {
    return value >= MIN && value <= MAX;
  }

  /** Art. 9: level 3 or above must attach a CNAS-accredited third-party test report. */
  public boolean needsThirdPartyReport() {
    return value >= 3;
  }
}
