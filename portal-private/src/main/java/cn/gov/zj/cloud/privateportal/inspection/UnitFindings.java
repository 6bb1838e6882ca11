package cn.gov.zj.cloud.privateportal.inspection;

/**
 * Art. 17, 22: a unit's findings not yet verified ({@code open}: open or submitted) and, of those,
 * the ones past their rectification due date unsubmitted ({@code overdue}): its security status in
 * the annual assessment.
 */
public record UnitFindings(long open, long overdue) {}
