package cn.gov.zj.cloud.privateportal.registry;

import cn.gov.zj.cloud.domain.application.ApplicationState;
import java.time.Instant;

/** Art. 6–12: one application of a system, as its page lists it. */
public record SystemApplication(
    Long id, ApplicationState state, Instant createdAt, Instant stateSince) {}
