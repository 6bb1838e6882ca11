package cn.gov.zj.cloud.privateportal.access;

import cn.gov.zj.cloud.domain.access.Scope;
import java.time.Instant;
import java.util.List;

/** Art. 20: a grant as asked for or given, before it is checked (any part may be null). */
public record GrantDraft(
    Long systemId, List<Scope> scopes, String purpose, Instant from, Instant until) {}
