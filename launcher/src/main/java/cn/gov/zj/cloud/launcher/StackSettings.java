package cn.gov.zj.cloud.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how the development stack runs.
 *
 * @param dataDirectory PostgreSQL's data, logs and temporary files; persists across restarts
 * @param runtimeDirectory the launcher's {@code target/runtime}: Keycloak, Payara Micro, the WARs
 * @param postgresPort the embedded PostgreSQL's port; unused with an external database
 * @param keycloakManagementPort Keycloak's management interface, where {@code /health/ready} is
 * @param smtpPort the development mail server's SMTP port, which portal-private sends to
 * @param mailPort the development mail server's HTTP reader ({@link #mailUrl()})
 * @param demo seed demo users, the {@code portal-cli} client and the portals' demo data
 * @param clean wipe the data directory before starting (tests); never by default
 * @param externalDatabase an existing PostgreSQL ({@code ZJ_DB_HOST} set): then no embedded one
 *     starts; empty: the embedded one in {@code dataDirectory/pg} on {@code postgresPort}
 */
public record StackSettings(
    Path dataDirectory,
    Path runtimeDirectory,
    int postgresPort,
    int keycloakPort,
    int keycloakManagementPort,
    int privatePort,
    int publicPort,
    int smtpPort,
    int mailPort,
    boolean demo,
    boolean clean,
    Optional<DatabaseServer> externalDatabase) {

  /** System property naming the runtime directory; the Maven build sets it. */
  public static final String RUNTIME_DIR_PROPERTY = "zj.runtime.dir";

  /** System property naming the data directory; the {@code run} profile sets {@code ./data}. */
  public static final String DATA_DIR_PROPERTY = "zj.data.dir";

  public StackSettings {
    dataDirectory = dataDirectory.toAbsolutePath().normalize();
    runtimeDirectory = runtimeDirectory.toAbsolutePath().normalize();
    Objects.requireNonNull(externalDatabase, "externalDatabase");
  }

  /**
   * The ports of docs/runtime.md, data in {@code ./data}, demo data on; the database from the
   * process environment ({@link #defaults(Map)}).
   */
  public static StackSettings defaults() {
    return defaults(System.getenv());
  }

  /**
   * As {@link #defaults()}, with the external PostgreSQL that these environment variables configure
   * ({@link DatabaseServer#fromEnvironment}), else the embedded one on port 15432.
   *
   * @throws IllegalArgumentException naming a missing or wrong {@code ZJ_*DB*} variable
   */
  public static StackSettings defaults(Map<String, String> environment) {
    return new StackSettings(
        Path.of(System.getProperty(DATA_DIR_PROPERTY, "data")),
        defaultRuntimeDirectory(),
        15432,
        8180,
        9180,
        8080,
        8081,
        1025,
        8025,
        true,
        false,
        DatabaseServer.fromEnvironment(environment));
  }

  /**
   * For system tests: a fresh data directory and ports {@code base + 5432}, {@code base + 8180},
   * {@code base + 9180}, {@code base + 8080}, {@code base + 8081}, {@code base + 1025}, {@code base
   * + 8025} (base 20000 gives 25432, 28180, 29180, 28080, 28081, SMTP 21025, mail reader 28025).
   * Always the embedded PostgreSQL, whatever the environment says.
   */
  public static StackSettings forTests(Path dataDirectory, int base) {
    return new StackSettings(
        dataDirectory,
        defaultRuntimeDirectory(),
        base + 5432,
        base + 8180,
        base + 9180,
        base + 8080,
        base + 8081,
        base + 1025,
        base + 8025,
        true,
        true,
        Optional.empty());
  }

  /**
   * These settings with the portals' users' ports {@code privateFront} and {@code publicFront}: a
   * cluster's load balancer ({@link ClusterLayout}).
   */
  public StackSettings withFronts(int privateFront, int publicFront) {
    return new StackSettings(
        dataDirectory,
        runtimeDirectory,
        postgresPort,
        keycloakPort,
        keycloakManagementPort,
        privateFront,
        publicFront,
        smtpPort,
        mailPort,
        demo,
        clean,
        externalDatabase);
  }

  /** The database server the stack uses: the external one when configured, else the embedded. */
  public DatabaseServer database() {
    return externalDatabase.orElseGet(() -> DatabaseServer.embedded(postgresPort));
  }

  /** Whether the stack starts its own PostgreSQL (no external one configured). */
  public boolean embeddedPostgres() {
    return externalDatabase.isEmpty();
  }

  public String keycloakUrl() {
    return "http://localhost:" + keycloakPort;
  }

  public String privateBaseUrl() {
    return "http://localhost:" + privatePort;
  }

  public String publicBaseUrl() {
    return "http://localhost:" + publicPort;
  }

  /**
   * The development mail reader (Art. 8–12 notifications), without a trailing slash: {@code GET
   * /api/messages?to=<address>} answers {@code
   * [{"id":…,"from":…,"to":[…],"subject":…,"receivedAt":…}]}, the newest first.
   */
  public String mailUrl() {
    return "http://localhost:" + mailPort;
  }

  /** Where the SMTP sink writes each message it accepts as an {@code .eml} file. */
  public Path mailDirectory() {
    return dataDirectory.resolve("mail");
  }

  public Path logDirectory() {
    return dataDirectory.resolve("logs");
  }

  /**
   * {@code zj.runtime.dir} when set; else {@code launcher/target/runtime} seen from the repository
   * root or from the launcher module.
   */
  private static Path defaultRuntimeDirectory() {
    String property = System.getProperty(RUNTIME_DIR_PROPERTY);
    if (property != null) {
      return Path.of(property);
    }
    Path fromRoot = Path.of("launcher", "target", "runtime");
    return Files.isDirectory(fromRoot) ? fromRoot : Path.of("target", "runtime");
  }
}
