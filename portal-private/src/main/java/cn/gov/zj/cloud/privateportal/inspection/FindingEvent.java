package cn.gov.zj.cloud.privateportal.inspection;

import java.time.Instant;

/** Art. 17: one step of a finding: who did what when, with the note or reason. */
public record FindingEvent(String action, String toState, String text, String actor, Instant at) {}
