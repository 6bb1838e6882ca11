package cn.gov.zj.cloud.privateportal.dashboard.web;

import java.math.BigDecimal;
import java.util.Optional;

/** A rate as the pages show it: a percentage with one decimal, or a dash with nothing counted. */
final class Percent {

  static final String NONE = "—";

  private Percent() {}

  static String of(Optional<BigDecimal> rate) {
    return rate.map(r -> r.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP) + "%")
        .orElse(NONE);
  }

  static String plain(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse(NONE);
  }
}
