package cn.gov.zj.cloud.privateportal.usage;

import java.io.Serializable;
import java.time.Instant;

/**
 * Art. 15: one unit's line of a month's tenant summary for the competent department, as the monthly
 * job delivered it: whether data was missing and how much advice the report gave.
 */
public record MonthSummary(
    long unitId, String unitName, boolean dataMissing, int advice, Instant deliveredAt)
    implements Serializable {}
