package cn.gov.zj.cloud.domain.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.calendar.WorkingDays;
import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ServiceLocalRulesTest {

  private static List<FieldError> refused(Map<String, Integer> values) {
    Violations violations = new Violations();
    assertNull(ServiceTargets.local(values, violations));
    return violations.errors();
  }

  private static Map<String, Integer> of(Integer response, Integer sessions) {
    Map<String, Integer> values = new HashMap<>();
    values.put(ServiceTargets.RESPONSE, response);
    values.put(ServiceTargets.SESSIONS, sessions);
    return values;
  }

  @Test
  @DisplayName("Art. 25: a tenant answers the same working day and asks three sessions a quarter")
  void art25_stricterLocalRuleIsKept() {
    Violations violations = new Violations();
    ServiceTargets local = ServiceTargets.local(of(0, 3), violations);
    assertTrue(violations.isEmpty());
    assertEquals(new ServiceTargets(WorkingDays.of(0), 3), local);
    assertEquals(Map.of("responseWorkingDays", 0, "sessionsPerQuarter", 3), local.values());
  }

  @Test
  @DisplayName("Art. 25: a field left out keeps the provincial default")
  void art25_fieldLeftOutKeepsTheDefault() {
    Violations violations = new Violations();
    assertEquals(
        new ServiceTargets(WorkingDays.of(1), 2), ServiceTargets.local(of(null, 2), violations));
    assertEquals(ServiceTargets.PROVINCIAL, ServiceTargets.local(Map.of(), violations));
  }

  @Test
  @DisplayName("Art. 25: a response longer than 1 working day is refused, naming the field")
  void art25_longerResponseIsRefused() {
    List<FieldError> errors = refused(of(2, 1));
    assertEquals(1, errors.size());
    assertEquals("responseWorkingDays", errors.get(0).field());
    assertEquals("rules.limit.longerThanProvincial", errors.get(0).messageKey());
    assertEquals("responseWorkingDays", refused(of(-1, 1)).get(0).field());
  }

  @Test
  @DisplayName("Art. 25: fewer sessions than 1 a quarter, or more than 30, is refused")
  void art25_fewerSessionsAreRefused() {
    List<FieldError> errors = refused(of(1, 0));
    assertEquals("sessionsPerQuarter", errors.get(0).field());
    assertEquals("services.target.fewerThanProvincial", errors.get(0).messageKey());
    assertEquals("validation.outOfRange", refused(of(1, 31)).get(0).messageKey());
  }

  @Test
  @DisplayName("Art. 25: an unknown field and both bad values are named together")
  void art25_everyFaultIsNamed() {
    Map<String, Integer> values = of(5, 0);
    values.put("responseHours", 4);
    assertEquals(
        List.of("responseHours", "responseWorkingDays", "sessionsPerQuarter"),
        refused(values).stream().map(FieldError::field).toList());
  }

  @Test
  @DisplayName("Art. 14, Art. 25: a same-day local rule makes a Friday request due that Friday")
  void art14_sameDayResponseIsDueTheDayItWasMade() {
    ServiceTargets sameDay = new ServiceTargets(WorkingDays.of(0), 1);
    assertEquals(
        LocalDate.parse("2026-12-04"),
        sameDay
            .responseDue(OfficialCalendar.builtIn(), Instant.parse("2026-12-04T02:00:00Z"))
            .date());
  }
}
