package cn.gov.zj.cloud.domain.rules;

/**
 * Art. 9, Art. 25: the trial bounds that govern a trial environment, fixed when its provision step
 * starts (at approval) and recorded on that step beside its {@link RuleInForce}.
 */
public record TrialInForce(TrialBounds bounds, RuleOrigin origin) {}
