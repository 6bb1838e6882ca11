package cn.gov.zj.cloud.domain.rules;

import cn.gov.zj.cloud.domain.calendar.WorkingDays;

/**
 * Art. 8–12, Art. 25: the limit that governs one step, fixed when the step starts and recorded on
 * it, with where it came from, so that the history shows which rule applied.
 */
public record RuleInForce(StatutoryStep step, WorkingDays limit, RuleOrigin origin) {}
