package cn.gov.zj.cloud.domain.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UsageRulesTest {

  @Test
  @DisplayName("Art. 15: the provincial defaults are 5 %, 20 %, 90 %, 20 days, 30 %, 85 %, 60 %")
  void art15_provincialDefaults() {
    assertEquals(
        Map.of(
            "idleCpuP95Pct", 5,
            "idleMemPct", 20,
            "idleDaysPct", 90,
            "minDays", 20,
            "overPct", 30,
            "underPct", 85,
            "targetPct", 60),
        UsageRules.PROVINCIAL.values());
  }

  @Test
  @DisplayName("Art. 25: local thresholds out of range or out of order are refused, each named")
  void art15_localThresholdsChecked() {
    Map<String, Integer> values = new HashMap<>(UsageRules.PROVINCIAL.values());
    values.put("minDays", 40);
    values.put("underPct", 0);
    Violations violations = new Violations();
    assertNull(UsageRules.local(values, violations));
    assertEquals(
        java.util.Set.of("minDays", "underPct"),
        violations.errors().stream()
            .map(FieldError::field)
            .collect(java.util.stream.Collectors.toSet()));
    values = new HashMap<>(UsageRules.PROVINCIAL.values());
    values.put("overPct", 70);
    violations = new Violations();
    assertNull(UsageRules.local(values, violations));
    assertTrue(violations.has("targetPct"), violations.errors().toString());
  }

  @Test
  @DisplayName("Art. 15: a sample names each bad column under its row; good rows pass")
  void art15_sampleColumnsChecked() {
    Map<String, String> row = new HashMap<>();
    row.put("applicationId", "12");
    row.put("line", "0");
    row.put("date", "2026-11-03");
    row.put("cpuAvgPct", "12.5");
    row.put("cpuP95Pct", "40");
    row.put("memAvgPct", "33");
    row.put("diskUsedGiB", "120");
    row.put("bandwidthP95Mbps", "8");
    LocalDate today = LocalDate.of(2026, 12, 7);
    Violations ok = new Violations();
    DailySample sample = SampleDraft.of(row).toSample("samples[0]", today, ok);
    assertTrue(ok.isEmpty());
    assertEquals(12, sample.applicationId());
    row.put("cpuP95Pct", "101");
    row.put("date", "2026-12-08");
    row.put("memAvgPct", "NaN");
    Violations bad = new Violations();
    assertNull(SampleDraft.of(row).toSample("samples[3]", today, bad));
    assertTrue(bad.has("samples[3].cpuP95Pct"));
    assertTrue(bad.has("samples[3].date"), "a day not yet over");
    assertTrue(bad.has("samples[3].memAvgPct"));
  }
}
