/**
 * Art. 18, 20: the tamper-evident audit trail. Each record of a tenant's audit log carries a hash
 * over its content and over the previous record's hash ({@link
 * cn.gov.zj.cloud.domain.audit.ChainLink}); {@link cn.gov.zj.cloud.domain.audit.ChainWalk} walks a
 * chain and names the first record that a change or a removal behind the application's back broke.
 */
package cn.gov.zj.cloud.domain.audit;
