package cn.gov.zj.cloud.publicportal.rating;

import cn.gov.zj.cloud.domain.feedback.InvitationToken;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.publicportal.persistence.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * Art. 23: rating invitations, found by their one-time link. The link's token is never stored here,
 * only its SHA-256, which the private zone published.
 */
@ApplicationScoped
public class Invitations {

  @Inject private Transactions transactions;

  /** The invitation behind {@code token} in that tenant; empty for an unknown link. */
  public Optional<Invitation> byToken(Tenant tenant, String token) {
    return transactions.read(tenant, "read an invitation", c -> find(c, tenant, token));
  }

  static Optional<Invitation> find(Connection connection, Tenant tenant, String token)
      throws SQLException {
    Optional<InvitationToken> parsed = InvitationToken.parse(token);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    try (PreparedStatement query =
        connection.prepareStatement(
            "select i.invitation_id, i.event, i.application_id, i.unit_code, i.occurred_at,"
                + " exists (select 1 from rating r where r.invitation_id = i.invitation_id)"
                + " from rating_invitation i where i.token_hash = ? and i.tenant_id = ?")) {
      query.setString(1, parsed.get().hash());
      query.setString(2, tenant.id().value());
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Invitation(
                row.getObject(1, UUID.class),
                row.getString(2),
                row.getLong(3),
                row.getString(4),
                row.getTimestamp(5).toInstant(),
                row.getBoolean(6)));
      }
    }
  }

  static boolean rated(Connection connection, UUID invitation) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "select 1 from rating where invitation_id = ? and follow_up_of is null")) {
      query.setObject(1, invitation);
      try (ResultSet row = query.executeQuery()) {
        return row.next();
      }
    }
  }
}
