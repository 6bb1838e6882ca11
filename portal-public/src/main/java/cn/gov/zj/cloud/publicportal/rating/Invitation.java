package cn.gov.zj.cloud.publicportal.rating;

import java.time.Instant;
import java.util.UUID;

/**
 * Art. 23: a provider service event that a unit is invited to rate, as its one-time link shows it;
 * {@code rated} once the unit has rated it.
 */
public record Invitation(
    UUID id,
    String event,
    long applicationId,
    String unitCode,
    Instant occurredAt,
    boolean rated) {}
