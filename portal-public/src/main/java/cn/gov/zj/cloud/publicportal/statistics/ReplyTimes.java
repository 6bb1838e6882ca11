package cn.gov.zj.cloud.publicportal.statistics;

import java.util.Optional;

/**
 * Art. 23: how fast a tenant's consultations of one month were answered: how many came, how many
 * have a reply, and the median and mean hours from submission to reply (empty without replies).
 */
public record ReplyTimes(
    long received, long answered, Optional<Double> medianHours, Optional<Double> averageHours) {}
