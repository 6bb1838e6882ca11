package cn.gov.zj.cloud.privateportal.audit;

import cn.gov.zj.cloud.domain.audit.ChainLink;
import cn.gov.zj.cloud.domain.audit.ChainWalk;
import cn.gov.zj.cloud.domain.tenant.TenantId;
import cn.gov.zj.cloud.privateportal.tenant.RowScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.List;

/**
 * Art. 18, 20: reads a tenant's chain for {@link AuditChain}, as stored (plain SQL, nothing
 * cached), in batches in the chain's order, up to the head read first: records appended while it
 * walks wait for the next check. The whole log never sits in memory.
 */
@ApplicationScoped
@Transactional
class ChainRows {

  static final int BATCH = 500;

  private static final String ROWS =
      "select id, chain_seq, occurred_at, actor, action, entity_type, entity_id, before_state,"
          + " after_state, prev_hash, hash from audit_event where tenant_id = ?1 and chain_seq <= ?2"
          + " and (chain_seq > ?3 or (chain_seq = ?3 and id > ?4)) order by chain_seq, id limit "
          + BATCH;

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  /** The chain of {@code tenant}, read in its own row scope. */
  ChainWalk.Verdict walk(TenantId tenant) {
    RowScope.tenant(em, tenant);
    return walkScoped(tenant.value());
  }

  /** Art. 4: another tenant's chain, read under the province's read-only oversight. */
  ChainWalk.Verdict walkOverseen(TenantId province, TenantId tenant) {
    RowScope.oversight(em, province);
    return walkScoped(tenant.value());
  }

  private ChainWalk.Verdict walkScoped(String tenant) {
    Object[] head = head(tenant);
    long headSeq = ((Number) head[0]).longValue();
    ChainWalk walk = new ChainWalk();
    long seq = 0;
    long id = 0;
    List<?> batch;
    do {
      batch = batch(tenant, headSeq, seq, id);
      for (Object fetched : batch) {
        Object[] row = (Object[]) fetched;
        id = ((Number) row[0]).longValue();
        seq = ((Number) row[1]).longValue();
        if (!walk.next(id, link(tenant, row), (String) row[10])) {
          return walk.finish(headSeq, (String) head[1]);
        }
      }
    } while (batch.size() == BATCH);
    outside(tenant).ifPresent(walk::outside);
    return walk.finish(headSeq, (String) head[1]);
  }

  private Object[] head(String tenant) {
    List<?> rows =
        em.createNativeQuery("select seq, hash from audit_chain_head where tenant_id = ?1")
            .setParameter(1, tenant)
            .getResultList();
    return rows.isEmpty() ? new Object[] {0L, ChainLink.GENESIS} : (Object[]) rows.get(0);
  }

  private List<?> batch(String tenant, long headSeq, long afterSeq, long afterId) {
    return em.createNativeQuery(ROWS)
        .setParameter(1, tenant)
        .setParameter(2, headSeq)
        .setParameter(3, afterSeq)
        .setParameter(4, afterId)
        .getResultList();
  }

  /** A record that stands outside the chain: put in with the chain's trigger disabled. */
  private java.util.Optional<Long> outside(String tenant) {
    List<?> ids =
        em.createNativeQuery(
                "select id from audit_event where tenant_id = ?1 and (chain_seq is null"
                    + " or hash is null or prev_hash is null) order by id limit 1")
            .setParameter(1, tenant)
            .getResultList();
    return ids.stream().map(value -> ((Number) value).longValue()).findFirst();
  }

  private static ChainLink link(String tenant, Object[] row) {
    return new ChainLink(
        tenant,
        ((Number) row[1]).longValue(),
        ((Timestamp) row[2]).toInstant(),
        (String) row[3],
        (String) row[4],
        (String) row[5],
        (String) row[6],
        (String) row[7],
        (String) row[8],
        (String) row[9]);
  }
}
