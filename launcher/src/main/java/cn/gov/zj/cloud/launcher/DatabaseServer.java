package cn.gov.zj.cloud.launcher;

import cn.gov.zj.cloud.devdb.ZoneDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The PostgreSQL server of the stack and the three databases on it: each portal gets exactly its
 * own zone's, Keycloak its own (Art. 24). Either the embedded development server with the fixed
 * development credentials, or an external server configured by the environment variables of
 * docs/runtime.md ({@code ZJ_DB_HOST} set).
 *
 * @param privateZone the database and owner of portal-private ({@code ZJ_PRIVATE_DB_*})
 * @param publicZone the database and owner of portal-public ({@code ZJ_PUBLIC_DB_*})
 * @param keycloak Keycloak's database and owner ({@code ZJ_KEYCLOAK_DB_*})
 */
public record DatabaseServer(
    String host,
    int port,
    ZoneDatabase privateZone,
    ZoneDatabase publicZone,
    ZoneDatabase keycloak) {

  /** Set and not blank: use that external server, start no embedded PostgreSQL. */
  public static final String HOST_VARIABLE = "ZJ_DB_HOST";

  public static final String PORT_VARIABLE = "ZJ_DB_PORT";
  static final int DEFAULT_PORT = 5432;

  public DatabaseServer {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("no database host");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("database port out of range: " + port);
    }
    Objects.requireNonNull(privateZone, "privateZone");
    Objects.requireNonNull(publicZone, "publicZone");
    Objects.requireNonNull(keycloak, "keycloak");
    List<ZoneDatabase> all = List.of(privateZone, publicZone, keycloak);
    if (all.stream().map(ZoneDatabase::name).distinct().count() < 3
        || all.stream().map(ZoneDatabase::owner).distinct().count() < 3) {
      throw new IllegalArgumentException(
          "the private zone, the public zone and Keycloak need three different databases with"
              + " three different owners (Art. 24), not "
              + all);
    }
  }

  /** The embedded development server on localhost with the development credentials. */
  public static DatabaseServer embedded(int port) {
    return new DatabaseServer(
        "localhost", port, ZoneDatabase.PRIVATE, ZoneDatabase.PUBLIC, ZoneDatabase.KEYCLOAK);
  }

  /**
   * The external server that these environment variables configure, or empty when {@code
   * ZJ_DB_HOST} is unset or blank (then the launcher starts the embedded one). Database names
   * default to {@code portal_private}, {@code portal_public} and {@code keycloak}, each owner to
   * its database's name, the port to 5432; the three passwords are required.
   *
   * @throws IllegalArgumentException naming the variable that is missing or wrong
   */
  public static Optional<DatabaseServer> fromEnvironment(Map<String, String> env) {
    String host = env.get(HOST_VARIABLE);
    if (host == null || host.isBlank()) {
      return Optional.empty();
    }
    List<String> missing = new ArrayList<>();
    int port = port(env.get(PORT_VARIABLE));
    ZoneDatabase privateZone = zone(env, "PRIVATE", ZoneDatabase.PRIVATE.name(), missing);
    ZoneDatabase publicZone = zone(env, "PUBLIC", ZoneDatabase.PUBLIC.name(), missing);
    ZoneDatabase keycloak = zone(env, "KEYCLOAK", ZoneDatabase.KEYCLOAK.name(), missing);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          HOST_VARIABLE
              + " is set, so the external PostgreSQL is used, and it needs "
              + String.join(", ", missing)
              + " (see docs/runtime.md)");
    }
    return Optional.of(new DatabaseServer(host.strip(), port, privateZone, publicZone, keycloak));
  }

  private static int port(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_PORT;
    }
    try {
      int port = Integer.parseInt(value.strip());
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        PORT_VARIABLE + " must be a port number (1-65535), not '" + value + "'");
  }

  /** {@code ZJ_<ZONE>_DB_NAME}, {@code _USER}, {@code _PASSWORD}; null when the password lacks. */
  private static ZoneDatabase zone(
      Map<String, String> env, String zone, String defaultName, List<String> missing) {
    String prefix = "ZJ_" + zone + "_DB_";
    String name = orDefault(env.get(prefix + "NAME"), defaultName);
    String owner = orDefault(env.get(prefix + "USER"), name);
    String password = env.get(prefix + "PASSWORD");
    if (password == null || password.isEmpty()) {
      missing.add(prefix + "PASSWORD");
      return null;
    }
    try {
      return new ZoneDatabase(name, owner, password);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          prefix + "NAME / " + prefix + "USER: " + e.getMessage(), e);
    }
  }

  private static String orDefault(String value, String defaultValue) {
    return value == null || value.isBlank() ? defaultValue : value.strip();
  }

  public String jdbcUrl(ZoneDatabase database) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database.name();
  }

  /**
   * Connects once with each of the three credentials (plain JDBC), so that a wrong host, database,
   * owner or password stops the start before Keycloak and the portals, naming what failed.
   *
   * @throws IllegalStateException naming every database that cannot be reached
   */
  public void checkConnections() {
    Map<String, ZoneDatabase> databases = new LinkedHashMap<>();
    databases.put("private zone, ZJ_PRIVATE_DB_*", privateZone);
    databases.put("public zone, ZJ_PUBLIC_DB_*", publicZone);
    databases.put("Keycloak, ZJ_KEYCLOAK_DB_*", keycloak);
    List<String> failures =
        databases.entrySet().stream()
            .map(e -> connectionFailure(e.getKey(), e.getValue()))
            .flatMap(Optional::stream)
            .toList();
    if (!failures.isEmpty()) {
      throw new IllegalStateException(
          "PostgreSQL at "
              + host
              + ":"
              + port
              + ": "
              + String.join("; ", failures)
              + " (the databases and owners must exist: see the README, Run)");
    }
  }

  private Optional<String> connectionFailure(String role, ZoneDatabase database) {
    Properties properties = new Properties();
    properties.setProperty("user", database.owner());
    properties.setProperty("password", database.password());
    properties.setProperty("connectTimeout", "5");
    properties.setProperty("loginTimeout", "10");
    properties.setProperty("socketTimeout", "10");
    try (Connection connection = DriverManager.getConnection(jdbcUrl(database), properties)) {
      return connection.isValid(5)
          ? Optional.empty()
          : Optional.of(describe(role, database) + " does not answer");
    } catch (SQLException e) {
      return Optional.of(describe(role, database) + " cannot connect: " + e.getMessage());
    }
  }

  private static String describe(String role, ZoneDatabase database) {
    return "database " + database.name() + " as " + database.owner() + " (" + role + ")";
  }
}
