package cn.gov.zj.cloud.privateportal.assessment;

import cn.gov.zj.cloud.domain.assessment.Efficiency;
import cn.gov.zj.cloud.domain.assessment.SecurityStatus;
import cn.gov.zj.cloud.domain.supervision.Adoption;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Art. 22: one unit's assessment of a year: its adoption, efficiency and security figures, its
 * score under the tenant's weights, and its rank within the tenant (both absent without a figure).
 */
public record UnitAssessment(
    long unitId,
    String unitName,
    String creditCode,
    Adoption adoption,
    Efficiency efficiency,
    SecurityStatus security,
    Optional<BigDecimal> score,
    Optional<Integer> rank) {

  /** The unit's figures before it is scored and ranked. */
  record Figures(
      long unitId,
      String unitName,
      String creditCode,
      Adoption adoption,
      Efficiency efficiency,
      SecurityStatus security) {}
}
