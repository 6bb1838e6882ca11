package cn.gov.zj.cloud.launcher;

import cn.gov.zj.cloud.devdb.DevPostgres;
import cn.gov.zj.cloud.devdb.ZoneDatabase;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.launcher.mail.MailServer;
import cn.gov.zj.cloud.realm.ProvisionRealms;
import cn.gov.zj.cloud.realm.ProvisioningReport;
import cn.gov.zj.cloud.realm.ProvisioningSettings;
import cn.gov.zj.cloud.realm.RealmProvisioner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.keycloak.admin.client.Keycloak;

/**
 * The whole product on one machine: PostgreSQL (embedded, or an external server when {@code
 * ZJ_DB_HOST} is set), Keycloak with one realm per tenant, and the two portals in their own Payara
 * Micro processes, and a mail server for development that portal-private sends to. Used by {@link
 * Launcher} and by system tests; closing it (or a JVM shutdown) stops every process it started.
 */
public final class Stack implements AutoCloseable {

  /**
   * The master-realm administrator that the launcher bootstraps; its password is the installation's
   * ({@link InstallationSecrets#keycloakAdminPassword()}).
   */
  public static final String KEYCLOAK_ADMIN = "admin";

  /** 180 s, or {@code -Dzj.keycloak.timeoutSeconds} on a machine too busy for that. */
  static final Duration KEYCLOAK_TIMEOUT =
      Duration.ofSeconds(Long.getLong("zj.keycloak.timeoutSeconds", 180));

  static final Duration PORTAL_TIMEOUT =
      Duration.ofSeconds(Long.getLong("zj.portal.timeoutSeconds", 240));

  private final StackSettings settings;
  private final StartupTimes times = new StartupTimes();
  private final List<ChildProcess> children = new ArrayList<>();
  private final Map<String, PortalServer> portals = new ConcurrentHashMap<>();
  private final Map<String, ChildProcess> portalProcesses = new ConcurrentHashMap<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Thread shutdownHook = new Thread(this::close, "stack-shutdown");
  private MailServer mail;
  private ChildProcess keycloak;
  private DevPostgres postgres;
  private DatabaseServer database;
  private ProvisioningReport realms;
  private InstallationSecrets secrets;
  private final Optional<ClusterLayout> layout;
  private final List<PortalCluster> clusters = new ArrayList<>();

  private Stack(StackSettings settings, Optional<ClusterLayout> layout) {
    this.settings = settings;
    this.layout = layout;
  }

  /** Starts every part in order; a part that fails stops the ones already running. */
  public static Stack start(StackSettings settings) {
    return start(settings, Optional.empty());
  }

  /**
   * Issue 15, cluster mode: as {@link #start(StackSettings)}, with each portal as the layout's
   * instances behind HAProxy on the settings' portal ports, when {@code layout} is present.
   */
  public static Stack start(StackSettings settings, Optional<ClusterLayout> layout) {
    Stack stack = new Stack(settings, layout);
    Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
    try {
      stack.startAll();
      return stack;
    } catch (RuntimeException | Error e) {
      stack.close();
      throw e;
    }
  }

  private void startAll() {
    prepareDirectories();
    secrets = InstallationSecrets.of(settings);
    startMail();
    times.measure("PostgreSQL", this::prepareDatabase);
    keycloak = times.measure("Keycloak", this::startKeycloakProcess);
    times.measure("realms 领域", this::provisionRealms);
    times.measure("portals 门户", this::startPortals);
    if (!keycloak.isAlive()) {
      throw new IllegalStateException("Keycloak stopped during start; see " + keycloak.log());
    }
    times.finish();
  }

  private void prepareDirectories() {
    try {
      if (settings.clean()) {
        deleteRecursively(settings.dataDirectory());
      }
      Files.createDirectories(settings.logDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * In this JVM, before anything that could send: portal-private mails its Art. 8–12 notifications
   * here, and they can be read at {@link StackSettings#mailUrl()}.
   */
  private void startMail() {
    mail = MailServer.start(settings.mailDirectory(), settings.smtpPort(), settings.mailPort());
  }

  /**
   * Without an external server: starts the embedded one (its data in {@code data/pg} persists) and
   * creates the three databases when missing. With one: starts nothing, the DBA created them.
   * Either way, each of the three credentials must connect before anything else starts.
   */
  private void prepareDatabase() {
    if (settings.embeddedPostgres()) {
      postgres =
          DevPostgres.start(settings.dataDirectory().resolve("pg"), settings.postgresPort(), false);
      database = DatabaseServer.embedded(postgres.port());
      postgres.ensure(database.privateZone());
      postgres.ensure(database.publicZone());
      postgres.ensure(database.keycloak());
    } else {
      database = settings.database();
    }
    database.checkConnections();
  }

  /**
   * {@code start-dev} against PostgreSQL. Measured on the 2-core dev machine: 36 s on the very
   * first start (it augments once into lib/quarkus of the runtime directory), 15-17 s afterwards,
   * so a separate {@code kc.sh build} + {@code start --optimized} would gain little. The database
   * credentials go in the environment, not on the command line that {@code ps} shows.
   */
  private ChildProcess startKeycloakProcess() {
    Path home = keycloakHome();
    Path script = home.resolve("bin").resolve("kc.sh");
    ZoneDatabase db = database.keycloak();
    List<String> command =
        List.of(
            "bash",
            script.toString(),
            "start-dev",
            "--http-port=" + settings.keycloakPort(),
            "--http-management-port=" + settings.keycloakManagementPort(),
            "--health-enabled=true",
            "--hostname=" + settings.keycloakUrl(),
            "--db=postgres");
    Map<String, String> env = new LinkedHashMap<>();
    env.put("KC_DB_URL", database.jdbcUrl(db));
    env.put("KC_DB_USERNAME", db.owner());
    env.put("KC_DB_PASSWORD", db.password());
    env.put("KC_BOOTSTRAP_ADMIN_USERNAME", KEYCLOAK_ADMIN);
    env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", secrets.keycloakAdminPassword());
    env.put("JAVA_HOME", javaHome().toString());
    env.put("JAVA", java());
    ChildProcess keycloak =
        started(
            ChildProcess.start(
                "Keycloak", command, env, home, settings.logDirectory().resolve("keycloak.log")));
    keycloak.awaitHttp(
        "http://localhost:" + settings.keycloakManagementPort() + "/health/ready",
        status -> status == 200,
        KEYCLOAK_TIMEOUT);
    return keycloak;
  }

  /** Art. 25: the realms get this installation's client secrets, the portals the same ones. */
  private void provisionRealms() {
    ProvisioningSettings realmSettings =
        new ProvisioningSettings(
            settings.keycloakUrl(),
            settings.privateBaseUrl(),
            settings.publicBaseUrl(),
            secrets.privateClientSecret(),
            secrets.publicClientSecret(),
            secrets.interconnectClientSecret(),
            secrets.usageClientSecret(),
            settings.demo());
    try (Keycloak admin =
        ProvisionRealms.masterAdmin(
            settings.keycloakUrl(), KEYCLOAK_ADMIN, secrets.keycloakAdminPassword())) {
      realms = new RealmProvisioner(admin, realmSettings).provision(TenantDirectory.load());
    }
    System.out.println(realms);
  }

  /** Both portals at once: they do not depend on each other. */
  private void startPortals() {
    if (layout.isPresent()) {
      started(PortalCluster.start(layout.get(), settings, database, secrets, java()));
      return;
    }
    PortalServer privatePortal = PortalServer.privateZone(settings, database, secrets);
    PortalServer publicPortal = PortalServer.publicZone(settings, database, secrets);
    ChildProcess privateProcess = started(privatePortal, privatePortal.start(java()));
    ChildProcess publicProcess = started(publicPortal, publicPortal.start(java()));
    CompletableFuture<Void> privateReady =
        CompletableFuture.runAsync(
            () ->
                times.measure(
                    privatePortal.name(), () -> privatePortal.awaitReady(privateProcess)));
    CompletableFuture<Void> publicReady =
        CompletableFuture.runAsync(
            () -> times.measure(publicPortal.name(), () -> publicPortal.awaitReady(publicProcess)));
    try {
      CompletableFuture.allOf(privateReady, publicReady).join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  private synchronized PortalCluster started(PortalCluster cluster) {
    clusters.add(cluster);
    return cluster;
  }

  /**
   * Issue 15, tests: a cluster of both portals beside this stack's own ones, on the layout's ports,
   * with this stack's databases, Keycloak and secrets; it stops with the stack or when closed. The
   * realms know only this stack's portal URLs: a browser journey through the cluster's front needs
   * its redirect URI added to the tenant's client.
   */
  public PortalCluster startCluster(ClusterLayout beside) {
    StackSettings fronts = settings.withFronts(beside.privateFront(), beside.publicFront());
    return started(PortalCluster.start(beside, fronts, database, secrets, java()));
  }

  /** The cluster that cluster mode started; empty with one instance of each portal. */
  public Optional<PortalCluster> cluster() {
    synchronized (this) {
      return layout.isPresent() && !clusters.isEmpty()
          ? Optional.of(clusters.get(0))
          : Optional.empty();
    }
  }

  private synchronized ChildProcess started(ChildProcess child) {
    children.add(child);
    return child;
  }

  private ChildProcess started(PortalServer portal, ChildProcess child) {
    portals.put(portal.name(), portal);
    portalProcesses.put(portal.name(), child);
    return started(child);
  }

  /**
   * Tests of Art. 24 only: kills one portal ({@code portal-private} or {@code portal-public}) at
   * once, as a crash would, runs {@code whileDown}, then starts it again and waits until it is
   * ready.
   */
  public void crashAndRestart(String portal, Runnable whileDown) {
    PortalServer server = portals.get(portal);
    ChildProcess process = portalProcesses.get(portal);
    process.kill();
    synchronized (this) {
      children.remove(process);
    }
    try {
      whileDown.run();
    } finally {
      ChildProcess again = started(server, server.start(java()));
      server.awaitReady(again);
    }
  }

  /**
   * Tests of issue 15 only: stops the embedded PostgreSQL as an operator's restart does (a fast
   * shutdown: every open connection of Keycloak and the portals breaks), keeping its data; {@link
   * #startDatabase()} brings it back. Never an external server.
   */
  public synchronized void stopDatabase() {
    if (postgres == null) {
      throw new IllegalStateException(
          "no embedded PostgreSQL to stop (external server or stopped)");
    }
    postgres.close();
  }

  /**
   * Starts the embedded PostgreSQL again on its data and port; returns once it accepts connections.
   */
  public synchronized void startDatabase() {
    if (postgres == null) {
      throw new IllegalStateException("no embedded PostgreSQL in this stack");
    }
    postgres = postgres.startAgain();
  }

  /**
   * Tests of issue 15 only: stops Keycloak (politely, as an operator does), keeping its database;
   * {@link #startKeycloak()} brings it back with its realms.
   */
  public void stopKeycloak() {
    ChildProcess running = keycloak;
    synchronized (this) {
      children.remove(running);
    }
    running.close();
  }

  /** Starts Keycloak again on its database; returns once it reports ready. */
  public void startKeycloak() {
    if (keycloak.isAlive()) {
      throw new IllegalStateException("Keycloak is running");
    }
    keycloak = startKeycloakProcess();
  }

  private Path keycloakHome() {
    try (Stream<Path> entries = Files.list(settings.runtimeDirectory())) {
      Path home =
          entries
              .filter(p -> p.getFileName().toString().startsWith("keycloak-"))
              .filter(p -> Files.isRegularFile(p.resolve("bin").resolve("kc.sh")))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "no Keycloak in "
                              + settings.runtimeDirectory()
                              + "; build first: mvn install -DskipTests"));
      return home;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "no runtime directory " + settings.runtimeDirectory() + "; build first", e);
    }
  }

  static Path javaHome() {
    return Path.of(System.getProperty("java.home"));
  }

  static String java() {
    return javaHome().resolve("bin").resolve("java").toString();
  }

  public StackSettings settings() {
    return settings;
  }

  /** This installation's secrets, as the realms and the portals got them. */
  public InstallationSecrets secrets() {
    return secrets;
  }

  /** What the realm provisioning of this start added. */
  public ProvisioningReport realms() {
    return realms;
  }

  /** Seconds per part of the start, in order, then the total. */
  public Map<String, Duration> startupTimes() {
    return times.asMap();
  }

  /**
   * Each running portal's resident memory in kB, by name; the benchmarks print it after their load
   * (issue 15: at most 450 MB each).
   */
  public Map<String, Long> portalResidentKilobytes() {
    Map<String, Long> memory = new TreeMap<>();
    portalProcesses.forEach((name, process) -> memory.put(name, process.residentKilobytes()));
    return memory;
  }

  /** The database server in use: the embedded one this stack started, or the external one. */
  public DatabaseServer database() {
    return database;
  }

  public String banner() {
    return Banner.of(settings, database, times, TenantDirectory.load())
        + cluster().map(Banner::cluster).orElse("");
  }

  /**
   * Stops the portals and Keycloak (together), then the embedded PostgreSQL (never an external
   * one), then the mail server. Safe to call twice.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // called by the hook itself
    }
    List<ChildProcess> running;
    List<PortalCluster> clustered;
    synchronized (this) {
      running = List.copyOf(children);
      clustered = List.copyOf(clusters);
    }
    clustered.parallelStream().forEach(PortalCluster::close);
    running.parallelStream().forEach(ChildProcess::close);
    if (postgres != null) {
      postgres.close();
    }
    if (mail != null) {
      mail.close();
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
