package cn.gov.zj.cloud.privateportal.assessment;

import cn.gov.zj.cloud.privateportal.application.web.PageText;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter.Column;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** Art. 22: a unit's figures as the page, the PDF and the XLSX show them. */
public final class UnitRows {

  private UnitRows() {}

  /** {@code 3/4 (75.00%)}: on cloud of the systems not exempt. */
  public static String adoption(UnitAssessment unit) {
    var a = unit.adoption();
    return a.onCloud() + "/" + (a.registered() - a.exempt()) + " (" + share(a.ratio()) + ")";
  }

  /** A share as a percentage with two decimals, or — without a value. */
  public static String share(Optional<BigDecimal> value) {
    return value
        .map(v -> v.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP) + "%")
        .orElse("—");
  }

  /** A number as it is, or — without a value. */
  public static String number(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse("—");
  }

  /** Art. 22: the columns of the unit list's export. */
  public static List<Column<UnitAssessment>> columns(PageText text) {
    return List.of(
        new Column<>(text.ui("assess.rank"), u -> u.rank().map(String::valueOf).orElse("—")),
        new Column<>(text.ui("assess.unit"), UnitAssessment::unitName),
        new Column<>(text.ui("assess.adoption"), UnitRows::adoption),
        new Column<>(text.ui("assess.efficiency"), u -> share(u.efficiency().value())),
        new Column<>(text.ui("assess.security"), u -> share(u.security().value())),
        new Column<>(text.ui("assess.score"), u -> number(u.score())));
  }
}
