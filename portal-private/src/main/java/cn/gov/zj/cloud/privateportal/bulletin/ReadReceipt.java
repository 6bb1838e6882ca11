package cn.gov.zj.cloud.privateportal.bulletin;

import java.time.Instant;

/** Art. 19: who of a unit opened a bulletin, and when. */
public record ReadReceipt(String username, String displayName, Long unitId, Instant readAt) {}
