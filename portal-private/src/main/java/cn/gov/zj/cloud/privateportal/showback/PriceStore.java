package cn.gov.zj.cloud.privateportal.showback;

import cn.gov.zj.cloud.domain.showback.PriceEntry;
import cn.gov.zj.cloud.domain.showback.PriceItem;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Art. 21: reads and appends the price entries of one scope ({@code province} or a tenant). */
final class PriceStore {

  /** The scope of the provincial prices, as the deadline rules name theirs. */
  static final String PROVINCE = "province";

  private PriceStore() {}

  /** The scope's entries in the order they were set. */
  static List<PriceEntry> entries(EntityManager em, String scope) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select item, effective_from, amount from price_entry where scope = ?1 order by id")
            .setParameter(1, scope)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new PriceEntry(
                    PriceItem.valueOf((String) row[0]),
                    ((Date) row[1]).toLocalDate(),
                    (BigDecimal) row[2]))
        .toList();
  }

  static void append(
      EntityManager em, String scope, List<PriceEntry> entries, String by, Instant at) {
    for (PriceEntry entry : entries) {
      em.createNativeQuery(
              "insert into price_entry (scope, item, effective_from, amount, set_by, set_at)"
                  + " values (?1, ?2, ?3, ?4, ?5, ?6)")
          .setParameter(1, scope)
          .setParameter(2, entry.item().name())
          .setParameter(3, Date.valueOf(entry.effectiveFrom()))
          .setParameter(4, entry.amount())
          .setParameter(5, by)
          .setParameter(6, Timestamp.from(at))
          .executeUpdate();
    }
  }
}
