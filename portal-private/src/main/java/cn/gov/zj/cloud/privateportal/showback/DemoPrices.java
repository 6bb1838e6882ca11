package cn.gov.zj.cloud.privateportal.showback;

import cn.gov.zj.cloud.domain.showback.PriceItem;
import cn.gov.zj.cloud.privateportal.tenant.RowScope;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Development only ({@code ZJ_DEMO=true}): a provincial price catalogue from 2020 on, so that the
 * demo units' showback shows real figures at once (Art. 21). Seeded once, when the province has no
 * price yet, under the province administrator's setting of the transaction (which is reset after).
 */
public final class DemoPrices {

  /** Illustrative monthly prices in CNY, per unit of measure. */
  public static final Map<PriceItem, BigDecimal> PRICES =
      Map.of(
          PriceItem.VCPU_MONTH, new BigDecimal("60.00"),
          PriceItem.MEMORY_GIB_MONTH, new BigDecimal("15.00"),
          PriceItem.DISK_GIB_MONTH, new BigDecimal("0.50"),
          PriceItem.STORAGE_GIB_MONTH, new BigDecimal("0.12"),
          PriceItem.BANDWIDTH_MBPS_MONTH, new BigDecimal("25.00"),
          PriceItem.DATABASE_INSTANCE_MONTH, new BigDecimal("300.00"),
          PriceItem.SECURITY_SERVICE_MONTH, new BigDecimal("800.00"));

  private static final LocalDate FROM = LocalDate.of(2020, 1, 1);

  private DemoPrices() {}

  public static void seed(Connection connection, Instant now) throws SQLException {
    try (PreparedStatement count =
            connection.prepareStatement("select count(*) from price_entry where scope = ?");
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into price_entry (scope, item, effective_from, amount, set_by, set_at)"
                    + " values (?, ?, ?, ?, 'demo', ?)")) {
      count.setString(1, PriceStore.PROVINCE);
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        if (rows.getLong(1) > 0) {
          return;
        }
      }
      RowScope.provincialRules(connection, true);
      for (Map.Entry<PriceItem, BigDecimal> price : PRICES.entrySet()) {
        insert.setString(1, PriceStore.PROVINCE);
        insert.setString(2, price.getKey().name());
        insert.setDate(3, Date.valueOf(FROM));
        insert.setBigDecimal(4, price.getValue());
        insert.setTimestamp(5, Timestamp.from(now));
        insert.executeUpdate();
      }
      RowScope.provincialRules(connection, false);
    }
  }
}
