package cn.gov.zj.cloud.privateportal.terms;

import java.time.Instant;

/** Art. 16: a unit's acceptance of one version of the terms of lawful use: who, when, which. */
public record Acceptance(long unitId, String version, String acceptedBy, Instant acceptedAt) {}
