package cn.gov.zj.cloud.devdb;

/**
 * One database and its owner. Art. 24: each zone has its own, and neither owner may connect to the
 * other's database. The development constants below are what the embedded PostgreSQL creates; an
 * external server's come from the environment (the launcher's {@code DatabaseServer}).
 */
public record ZoneDatabase(String name, String owner, String password) {

  /** The private zone (专有云) in development. */
  public static final ZoneDatabase PRIVATE =
      new ZoneDatabase("portal_private", "portal_private", "portal_private_dev");

  /** The public zone (公有云) in development. */
  public static final ZoneDatabase PUBLIC =
      new ZoneDatabase("portal_public", "portal_public", "portal_public_dev");

  /** Keycloak's own database in development. */
  public static final ZoneDatabase KEYCLOAK =
      new ZoneDatabase("keycloak", "keycloak", "keycloak_dev");

  public ZoneDatabase {
    if (name == null
        || owner == null
        || !name.matches("[a-z_][a-z0-9_]*")
        || !owner.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException(
          "database and owner names are lower-case identifiers ([a-z_][a-z0-9_]*), not '"
              + name
              + "' / '"
              + owner
              + "'");
    }
    if (password == null || password.isEmpty()) {
      throw new IllegalArgumentException("database " + name + " needs a password");
    }
  }

  /** Never the password: this ends up in logs and exception messages. */
  @Override
  public String toString() {
    return "ZoneDatabase[name=" + name + ", owner=" + owner + ", password=***]";
  }
}
