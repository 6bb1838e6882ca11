package cn.gov.zj.cloud.privateportal.inspection;

import cn.gov.zj.cloud.domain.inspection.FindingSeverity;

/** Art. 17: a finding as given (fields may be null: checked by the service). */
public record FindingDraft(
    Long systemId, FindingSeverity severity, String description, String reference) {}
