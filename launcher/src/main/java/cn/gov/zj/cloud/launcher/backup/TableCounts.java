package cn.gov.zj.cloud.launcher.backup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows of every table of a database, counted as the local superuser (row-level security does
 * not hide rows from it) in one read-only snapshot: what a backup printed and what a restore is
 * compared by.
 */
public final class TableCounts {

  private TableCounts() {}

  /** {@code schema.table} to its row count, in name order. */
  public static Map<String, Long> of(String jdbcUrl) {
    try (Connection admin = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
      admin.setAutoCommit(false);
      admin.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      admin.setReadOnly(true);
      Map<String, Long> counts = new TreeMap<>();
      for (String table : tables(admin)) {
        try (Statement statement = admin.createStatement();
            ResultSet row = statement.executeQuery("select count(*) from " + table)) {
          row.next();
          counts.put(table, row.getLong(1));
        }
      }
      admin.commit();
      return counts;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count the rows of " + jdbcUrl, e);
    }
  }

  /** Each database of {@code databases} on the server at {@code host:port}. */
  public static Map<String, Map<String, Long>> of(String host, int port, List<String> databases) {
    Map<String, Map<String, Long>> all = new LinkedHashMap<>();
    for (String database : databases) {
      all.put(database, of("jdbc:postgresql://" + host + ":" + port + "/" + database));
    }
    return all;
  }

  private static List<String> tables(Connection admin) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement statement = admin.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select quote_ident(schemaname) || '.' || quote_ident(tablename) from pg_tables"
                    + " where schemaname not in ('pg_catalog', 'information_schema')"
                    + " order by 1")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    return tables;
  }
}
