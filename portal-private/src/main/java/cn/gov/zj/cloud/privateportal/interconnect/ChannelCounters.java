package cn.gov.zj.cloud.privateportal.interconnect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Art. 24: the channel's running totals, counted in the transaction that moved the messages. */
final class ChannelCounters {

  private ChannelCounters() {}

  static void received(Connection connection, int applied, int refused) throws SQLException {
    if (applied == 0 && refused == 0) {
      return;
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "update interconnect_channel set received_total = received_total + ?,"
                + " refused_in_total = refused_in_total + ? where id = 1")) {
      update.setInt(1, applied);
      update.setInt(2, refused);
      update.executeUpdate();
    }
  }
}
