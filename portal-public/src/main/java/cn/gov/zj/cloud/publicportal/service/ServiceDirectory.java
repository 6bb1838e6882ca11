package cn.gov.zj.cloud.publicportal.service;

import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.validation.Numbers;
import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.publicportal.persistence.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Art. 23: a tenant's directory of public-facing application systems, as the private zone publishes
 * it (Art. 24): the listed ones, searched by name or unit, a page at a time.
 */
@ApplicationScoped
public class ServiceDirectory {

  /** At most this many per page. */
  public static final int MAX_PAGE_SIZE = Numbers.MAX_PAGE_SIZE;

  @Inject private Transactions transactions;

  /**
   * One page of the listed services whose name or unit contains {@code search}; the page is bounded
   * by {@link Numbers#MAX_PAGE} (Art. 25: no offset overflows), a search with control characters
   * (which PostgreSQL may refuse) finds as if empty. The REST layer refuses both with a 400.
   */
  public Listing listed(Tenant tenant, String search, int page, int size) {
    int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
    int offset = Math.min(Math.max(0, page), Numbers.MAX_PAGE) * limit;
    String text = search == null || Texts.hasControl(search, false) ? "" : search.strip();
    String pattern = "%" + escaped(text) + "%";
    return transactions.read(
        tenant, "read the service directory", c -> listed(c, tenant, pattern, offset, limit));
  }

  private static Listing listed(
      Connection connection, Tenant tenant, String pattern, int offset, int limit)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "select service_id, name, unit_name, description, count(*) over () from"
                + " public_service where tenant_id = ? and listed and (name ilike ?"
                + " or coalesce(unit_name, '') ilike ?) order by name, service_id"
                + " offset ? limit ?")) {
      query.setString(1, tenant.id().value());
      query.setString(2, pattern);
      query.setString(3, pattern);
      query.setInt(4, offset);
      query.setInt(5, limit);
      List<PublicService> items = new ArrayList<>();
      long total = 0;
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          items.add(
              new PublicService(
                  rows.getLong(1),
                  rows.getString(2),
                  Optional.ofNullable(rows.getString(3)),
                  Optional.ofNullable(rows.getString(4))));
          total = rows.getLong(5);
        }
      }
      return new Listing(items, total);
    }
  }

  private static String escaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** One page and how many match in all (0 on a page past the end). */
  public record Listing(List<PublicService> items, long total) {}
}
