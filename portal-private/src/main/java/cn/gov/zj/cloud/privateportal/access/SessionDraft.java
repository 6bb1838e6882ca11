package cn.gov.zj.cloud.privateportal.access;

import cn.gov.zj.cloud.domain.access.Scope;

/** Art. 20: an access to record, before it is checked (any part may be null). */
public record SessionDraft(
    Long systemId,
    Scope scope,
    String operator,
    String purpose,
    boolean emergency,
    String reason) {}
