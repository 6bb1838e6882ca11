package cn.gov.zj.cloud.privateportal.bulletin;

import java.time.Instant;
import java.time.LocalDate;

/** Art. 19: an emergency drill as recorded by the provider. */
public record DrillView(
    long id,
    int year,
    String scenario,
    LocalDate heldOn,
    String participants,
    String result,
    String recordedBy,
    Instant recordedAt) {}
