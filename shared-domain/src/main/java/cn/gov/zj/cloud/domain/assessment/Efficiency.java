package cn.gov.zj.cloud.domain.assessment;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Art. 22 (from Art. 15's monthly advice): a unit's resource efficiency over a year. Every
 * allocated line is judged once a month; a line-month with too few reported days ({@code noData})
 * is not judged. Efficiency is the share of judged line-months that were neither idle nor
 * over-provisioned; absent when none was judged.
 */
public record Efficiency(long lineMonths, long noData, long idle, long overProvisioned) {

  public Efficiency {
    if (noData < 0 || idle < 0 || overProvisioned < 0) {
      throw new IllegalArgumentException("negative count");
    }
    if (noData + idle + overProvisioned > lineMonths) {
      throw new IllegalArgumentException("more advice than line-months");
    }
  }

  /** Line-months judged: those with data. */
  public long judged() {
    return lineMonths - noData;
  }

  /** Art. 22: 1 − (idle + over-provisioned) ÷ judged; empty when none was judged. */
  public Optional<BigDecimal> value() {
    return new Rate(judged() - idle - overProvisioned, judged()).value();
  }

  public Efficiency plus(Efficiency other) {
    return new Efficiency(
        lineMonths + other.lineMonths,
        noData + other.noData,
        idle + other.idle,
        overProvisioned + other.overProvisioned);
  }

  public static Efficiency none() {
    return new Efficiency(0, 0, 0, 0);
  }
}
