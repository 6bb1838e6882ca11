package cn.gov.zj.cloud.domain.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.application.Step;
import cn.gov.zj.cloud.domain.supervision.Adoption;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Art. 4, 8–12, 23: the dashboards' rules: rates, medians, months, the year and the ranking. */
class DashboardRulesTest {

  private static final Instant NEW_YEAR_IN_BEIJING = Instant.parse("2026-12-31T16:30:00Z");

  @Test
  @DisplayName("Art. 8: 3 of 4 acceptances in time is an on-time rate of 0.75; none closed, none")
  void art8_onTimeRate() {
    StepTimeliness acceptance =
        StepTimeliness.none(Step.ACCEPTANCE).add(1, true, 2).add(3, true, 1).add(5, false, 1);
    assertEquals(new BigDecimal("0.7500"), acceptance.onTime().rate().orElseThrow());
    assertEquals(3, acceptance.limitDays());
    assertTrue(StepTimeliness.none(Step.APPROVAL).onTime().rate().isEmpty());
  }

  @Test
  @DisplayName("Art. 8–12: the median of 1, 1, 3, 5 working days is 2.0; of 1, 2, 9 it is 2.0")
  void art8_medianHandlingDays() {
    HandlingDays even = HandlingDays.none().add(1, 2).add(3, 1).add(5, 1);
    assertEquals(new BigDecimal("2.0"), even.median().orElseThrow());
    HandlingDays odd = HandlingDays.none().add(9, 1).add(1, 1).add(2, 1);
    assertEquals(new BigDecimal("2.0"), odd.median().orElseThrow());
    assertEquals(
        new BigDecimal("1.5"), HandlingDays.none().add(1, 1).add(2, 1).median().orElseThrow());
    assertTrue(HandlingDays.none().median().isEmpty());
  }

  @Test
  @DisplayName(
      "Art. 4: the province's median is that of all the cities' steps, not a mean of medians")
  void art4_provinceMedianOfAllSteps() {
    StepTimeliness a = StepTimeliness.none(Step.APPROVAL).add(1, true, 3);
    StepTimeliness b = StepTimeliness.none(Step.APPROVAL).add(4, false, 1);
    StepTimeliness total = a.plus(b);
    assertEquals(new BigDecimal("1.0"), total.medianDays().orElseThrow());
    assertEquals(new Share(3, 4), total.onTime());
    assertThrows(
        IllegalArgumentException.class, () -> a.plus(StepTimeliness.none(Step.ACCEPTANCE)));
  }

  @Test
  @DisplayName("Art. 23: a share's rate is rounded half up to four decimals; a part > whole fails")
  void art23_shareRate() {
    assertEquals(new BigDecimal("0.6667"), new Share(2, 3).rate().orElseThrow());
    assertTrue(Share.none().rate().isEmpty());
    assertThrows(IllegalArgumentException.class, () -> new Share(4, 3));
  }

  @Test
  @DisplayName("Art. 4: monthly counts add month by month and total over the year")
  void art4_monthlyCountsAdd() {
    Monthly a = Monthly.none().add(1, 2).add(12, 3);
    Monthly b = Monthly.none().add(12, 1);
    assertEquals(4, a.plus(b).month(12));
    assertEquals(6, a.plus(b).total());
    assertEquals(12, a.months().size());
    assertThrows(IllegalArgumentException.class, () -> Monthly.of(1, 2));
  }

  @Test
  @DisplayName(
      "Art. 4: the year defaults to Beijing's (00:30 on 1 January is already the new year);"
          + " 1999, 2101, 'abc' and full-width digits are refused naming the field year")
  void art4_yearParsedOrRefused() {
    Violations violations = new Violations();
    assertEquals(
        2027, DashboardYear.parse(null, NEW_YEAR_IN_BEIJING, violations).orElseThrow().value());
    assertEquals(
        2025, DashboardYear.parse(" 2025 ", NEW_YEAR_IN_BEIJING, violations).orElseThrow().value());
    assertTrue(violations.isEmpty());
    for (String bad :
        List.of("1999", "2101", "abc", "2026-01", "99999999999", "-2026", "２０２６", "+2026")) {
      Violations refused = new Violations();
      assertTrue(DashboardYear.parse(bad, NEW_YEAR_IN_BEIJING, refused).isEmpty(), bad);
      assertTrue(refused.has("year"), bad);
    }
  }

  @Test
  @DisplayName("Art. 4: a year runs from midnight Beijing time on 1 January to the next")
  void art4_yearInBeijing() {
    DashboardYear year = new DashboardYear(2026);
    assertEquals(Instant.parse("2025-12-31T16:00:00Z"), year.start());
    assertEquals(Instant.parse("2026-12-31T16:00:00Z"), year.end());
  }

  @Test
  @DisplayName(
      "Art. 4: cities rank by on-time rate, then adoption ratio; equal ones share a rank;"
          + " a city that closed no step comes last")
  void art4_cityRanking() {
    var ranked =
        CityRanking.rank(
            List.of(
                new CityRanking.Entry("lishui", Share.none(), new Adoption(9, 9, 0)),
                new CityRanking.Entry("huzhou", new Share(9, 10), new Adoption(1, 2, 0)),
                new CityRanking.Entry("jiaxing", new Share(9, 10), new Adoption(1, 2, 0)),
                new CityRanking.Entry("hangzhou", new Share(9, 10), new Adoption(2, 2, 0)),
                new CityRanking.Entry("ningbo", new Share(1, 1), Adoption.none())));
    assertEquals(
        List.of("ningbo", "hangzhou", "huzhou", "jiaxing", "lishui"),
        ranked.stream().map(r -> r.entry().tenant()).toList());
    assertEquals(List.of(1, 2, 3, 3, 5), ranked.stream().map(CityRanking.Ranked::rank).toList());
  }

  @Test
  @DisplayName(
      "Art. 23: satisfied of rated, per month and for the year; more satisfied than rated fails")
  void art23_monthlyShare() {
    MonthlyShare units = MonthlyShare.none().add(3, 2, 4).add(3, 1, 1).add(11, 0, 2);
    assertEquals(new Share(3, 5), units.month(3));
    assertEquals(new Share(3, 7), units.year());
    assertTrue(units.month(1).rate().isEmpty());
    assertThrows(IllegalArgumentException.class, () -> MonthlyShare.none().add(1, 2, 1));
  }
}
