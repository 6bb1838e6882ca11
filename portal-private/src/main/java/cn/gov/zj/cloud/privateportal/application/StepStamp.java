package cn.gov.zj.cloud.privateportal.application;

import cn.gov.zj.cloud.domain.application.Step;
import cn.gov.zj.cloud.domain.calendar.DueDate;
import cn.gov.zj.cloud.domain.calendar.WorkingDays;
import java.util.Objects;

/**
 * Art. 8–12, Art. 25: a step as it starts: its limit and the rule that set it (e.g. {@code LOCAL v2
 * 2026-03-01T00:00:00Z}), and the due date on the official calendar; stored with the application so
 * that later rule or calendar changes do not move it.
 */
record StepStamp(Step step, WorkingDays limit, String rule, DueDate due) {

  StepStamp {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(due, "due");
  }
}
