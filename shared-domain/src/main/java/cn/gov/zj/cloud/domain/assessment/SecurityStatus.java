package cn.gov.zj.cloud.domain.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Art. 22 (from Art. 17–19): a unit's security status in a year, as the mean of four shares, each
 * left out when it has nothing to count: its open inspection findings not overdue, its systems on
 * the cloud with a named security officer, the year's bulletins read by its staff, the year's
 * drills that name it among the participants. Absent when none of the four counts anything.
 */
public record SecurityStatus(
    Rate findingsInTime, Rate officersNamed, Rate bulletinsRead, Rate drillsAttended) {

  /** Art. 22: the mean of the shares that count something. */
  public Optional<BigDecimal> value() {
    var shares =
        Stream.of(findingsInTime, officersNamed, bulletinsRead, drillsAttended)
            .map(Rate::value)
            .flatMap(Optional::stream)
            .toList();
    if (shares.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        shares.stream()
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .divide(BigDecimal.valueOf(shares.size()), Rate.SCALE, RoundingMode.HALF_UP));
  }
}
