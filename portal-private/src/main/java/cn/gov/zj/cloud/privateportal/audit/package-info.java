/**
 * The private zone's audit log (Art. 18, 20, 24): one writer ({@link
 * cn.gov.zj.cloud.privateportal.audit.AuditLog}) with typed actions ({@link
 * cn.gov.zj.cloud.privateportal.audit.AuditAction}), table {@code audit_event}, append-only. Each
 * record is a link of its tenant's hash chain (migration V16: the trigger {@code audit_event_chain}
 * and the head {@code audit_chain_head}); {@link cn.gov.zj.cloud.privateportal.audit.AuditChain}
 * verifies a chain, {@link cn.gov.zj.cloud.privateportal.audit.AuditTrail} lists the log for the
 * viewer ({@code views/audit.xhtml}, REST {@code audit}), and every reading is recorded ({@link
 * cn.gov.zj.cloud.privateportal.audit.AuditReads}).
 */
package cn.gov.zj.cloud.privateportal.audit;
