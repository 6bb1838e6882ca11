package cn.gov.zj.cloud.publicportal.web.rating;

import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.publicportal.persistence.Transactions;
import cn.gov.zj.cloud.publicportal.service.PublicService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/**
 * Art. 23: one service of the tenant's public directory, by its id, for the page that rates it;
 * empty unless it is listed now ({@code ServiceDirectory} only lists and searches).
 */
@ApplicationScoped
public class ListedServices {

  @Inject private Transactions transactions;

  public Optional<PublicService> find(Tenant tenant, long id) {
    return transactions.read(
        tenant,
        "read a listed service",
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "select name, unit_name, description from public_service"
                      + " where tenant_id = ? and service_id = ? and listed")) {
            query.setString(1, tenant.id().value());
            query.setLong(2, id);
            try (ResultSet row = query.executeQuery()) {
              return row.next()
                  ? Optional.of(
                      new PublicService(
                          id,
                          row.getString(1),
                          Optional.ofNullable(row.getString(2)),
                          Optional.ofNullable(row.getString(3))))
                  : Optional.empty();
            }
          }
        });
  }
}
