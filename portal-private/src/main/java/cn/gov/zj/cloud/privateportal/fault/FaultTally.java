package cn.gov.zj.cloud.privateportal.fault;

import cn.gov.zj.cloud.domain.fault.Severity;

/**
 * Art. 13, 15: the faults of one severity reported in a month, and how many of them met their
 * response target (acknowledged by its due time) and their resolution target (resolved by the due
 * time of the clock that ran last; one reopened and not resolved again has not).
 */
public record FaultTally(Severity severity, long reported, long responseMet, long resolutionMet) {}
