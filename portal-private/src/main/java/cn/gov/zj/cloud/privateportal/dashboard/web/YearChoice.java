package cn.gov.zj.cloud.privateportal.dashboard.web;

import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import java.util.function.Function;

/**
 * Art. 4: a dashboard page's figures for the year of its {@code ?year=}, or, when that is not a
 * year, the current year's with the page told so (a page never fails on its query).
 */
final class YearChoice<T> {

  private final T figures;
  private final boolean invalid;

  YearChoice(String year, Function<String, T> dashboard) {
    T chosen;
    boolean refused = false;
    try {
      chosen = dashboard.apply(year);
    } catch (InvalidInputException e) {
      refused = true;
      chosen = dashboard.apply(null);
    }
    this.figures = chosen;
    this.invalid = refused;
  }

  T figures() {
    return figures;
  }

  boolean invalid() {
    return invalid;
  }
}
