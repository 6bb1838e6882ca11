package cn.gov.zj.cloud.launcher;

import cn.gov.zj.cloud.devdb.ZoneDatabase;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One portal in its own Payara Micro process. Art. 24 and architecture wall 3: each zone gets its
 * own database credentials only, and never Keycloak's admin credentials.
 */
final class PortalServer {

  /** Art. 24: how often the private zone exchanges with the public zone in development. */
  static final int CHANNEL_SECONDS = 2;

  /**
   * Taken from the launcher's system properties or environment when set, over the development
   * values: the tenant list, the public zone's rate limits (Art. 23) and the channel's interval
   * (Art. 24), which the system tests and the benchmark change.
   */
  static final List<String> PASSED_THROUGH =
      List.of(
          TenantDirectory.FILE_VARIABLE,
          "ZJ_PUBLIC_WRITES_PER_MINUTE",
          "ZJ_PUBLIC_READS_PER_MINUTE",
          "ZJ_CHANNEL_SECONDS",
          "ZJ_TRUSTED_PROXIES",
          "ZJ_PUBLIC_RATINGS_PER_DAY");

  /**
   * Issue 15: the JVM options of every portal process, here and in the container image (the root
   * pom's {@code portal.jvm.options}, which a test compares with this list). The heap stays small
   * and grows only as needed (a portal keeps nothing large in memory), thread stacks are half the
   * default, metaspace and compiled code are bounded, and the serial collector spares the
   * concurrent one's remembered sets. The resident memory after the inbox benchmark dropped from
   * 1,356 to 577–614 MB (portal-private, above the 450 MB target still) and from 649 to 372–395 MB
   * (portal-public): docs/benchmarks.md, "Memory and warm start".
   */
  static final List<String> JVM_OPTIONS =
      List.of(
          "-Xms64m",
          "-Xmx320m",
          "-Xss512k",
          "-XX:MaxMetaspaceSize=256m",
          "-XX:ReservedCodeCacheSize=128m",
          "-XX:+UseSerialGC");

  /**
   * glibc's malloc keeps an arena per thread that allocates; two are enough for the JVM's own
   * allocations and save tens of MB of resident memory.
   */
  static final Map<String, String> MALLOC = Map.of("MALLOC_ARENA_MAX", "2");

  /**
   * MicroProfile Health's readiness of a portal (its {@code @Readiness} check reaches its
   * database); the launcher, the load balancer and Kubernetes (deploy/) wait on it.
   */
  static final String READINESS = "/health/ready";

  /** MicroProfile Health's liveness: the server answers, whatever its database does. */
  static final String LIVENESS = "/health/live";

  /** The sender of portal-private's notifications in development. */
  static final String MAIL_FROM = "noreply@zjzwy.gov.cn";

  private final String name;
  private final Path war;
  private final int port;
  private final Map<String, String> environment;
  private final StackSettings settings;

  private PortalServer(
      String name, Path war, int port, Map<String, String> environment, StackSettings settings) {
    this.name = name;
    this.war = war;
    this.port = port;
    this.environment = environment;
    this.settings = settings;
  }

  static PortalServer privateZone(
      StackSettings settings, DatabaseServer database, InstallationSecrets secrets) {
    Map<String, String> own = privateOnly(settings, secrets);
    own.put(InstallationSecrets.PRIVATE_CLIENT_SECRET, secrets.privateClientSecret());
    return zone(
        settings,
        database,
        "PRIVATE",
        database.privateZone(),
        settings.privateBaseUrl(),
        settings.privatePort(),
        own);
  }

  /**
   * Art. 7–12: portal-private keeps attachments in {@code data/files} and mails the deadline
   * notifications, in development to the launcher's SMTP sink. The public zone sends none.
   */
  private static Map<String, String> privateOnly(
      StackSettings settings, InstallationSecrets secrets) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("ZJ_FILES_DIR", settings.dataDirectory().resolve("files").toAbsolutePath().toString());
    env.put("ZJ_SMTP_HOST", "localhost");
    env.put("ZJ_SMTP_PORT", Integer.toString(settings.smtpPort()));
    env.put("ZJ_MAIL_FROM", MAIL_FROM);
    env.putAll(interconnect(settings, secrets));
    env.putAll(ZoneKeyFiles.privateZone(settings.dataDirectory()));
    return env;
  }

  /**
   * Art. 24: the private zone starts the exchange every {@value #CHANNEL_SECONDS} seconds, with the
   * interconnection's service account; it knows the public zone's address, never the other way.
   */
  private static Map<String, String> interconnect(
      StackSettings settings, InstallationSecrets secrets) {
    return Map.of(
        "ZJ_PUBLIC_ZONE_URL",
        settings.publicBaseUrl(),
        "ZJ_PUBLIC_BASE_URL",
        settings.publicBaseUrl(),
        "ZJ_CHANNEL_SECONDS",
        Integer.toString(CHANNEL_SECONDS),
        InstallationSecrets.INTERCONNECT_CLIENT_SECRET,
        secrets.interconnectClientSecret());
  }

  /**
   * Art. 23: the public zone seals citizens' contacts with the installation's key; it signs nobody
   * in, so it gets no client secret.
   */
  static PortalServer publicZone(
      StackSettings settings, DatabaseServer database, InstallationSecrets secrets) {
    Map<String, String> own =
        new LinkedHashMap<>(ZoneKeyFiles.publicZone(settings.dataDirectory()));
    own.put(InstallationSecrets.CONTACT_KEY, secrets.contactKey());
    own.put(InstallationSecrets.FORM_KEY, secrets.formKey());
    return zone(
        settings,
        database,
        "PUBLIC",
        database.publicZone(),
        settings.publicBaseUrl(),
        settings.publicPort(),
        own);
  }

  /**
   * The variables of docs/runtime.md for one zone: {@code ZJ_<ZONE>_DB_*}, its own URL, and the
   * zone's {@code others}.
   */
  private static PortalServer zone(
      StackSettings settings,
      DatabaseServer server,
      String zone,
      ZoneDatabase database,
      String baseUrl,
      int port,
      Map<String, String> others) {
    Map<String, String> env = common(settings, server);
    env.putAll(others);
    passThrough(env);
    env.put("ZJ_" + zone + "_DB_NAME", database.name());
    env.put("ZJ_" + zone + "_DB_USER", database.owner());
    env.put("ZJ_" + zone + "_DB_PASSWORD", database.password());
    env.put("ZJ_" + zone + "_BASE_URL", baseUrl);
    String name = "portal-" + zone.toLowerCase(Locale.ROOT);
    return new PortalServer(
        name, settings.runtimeDirectory().resolve(name + ".war"), port, env, settings);
  }

  private static Map<String, String> common(StackSettings settings, DatabaseServer server) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put(DatabaseServer.HOST_VARIABLE, server.host());
    env.put(DatabaseServer.PORT_VARIABLE, Integer.toString(server.port()));
    env.put("ZJ_KEYCLOAK_URL", settings.keycloakUrl());
    env.put("ZJ_DEMO", Boolean.toString(settings.demo()));
    return env;
  }

  private static void passThrough(Map<String, String> env) {
    for (String name : PASSED_THROUGH) {
      String value = System.getProperty(name, System.getenv(name));
      if (value != null && !value.isBlank()) {
        env.put(name, value);
      }
    }
  }

  String name() {
    return name;
  }

  /** The variables this portal gets; tests check the wall between the zones with it. */
  Map<String, String> environment() {
    return Map.copyOf(environment);
  }

  ChildProcess start(String java) {
    return start(java, port, name, List.of("--nocluster"));
  }

  /**
   * Issue 15, cluster mode: instance {@code index} of this portal on its own port, a member of the
   * zone's own data grid (Hazelcast, TCP discovery on the loopback, every instance of the zone
   * listed). Host-aware partitioning is off, or the grid would keep no backup of a session on
   * another instance of the same machine, and a killed instance would take its sessions along.
   */
  ChildProcess startInstance(String java, ClusterLayout layout, int index) {
    return start(
        java,
        layout.instancePorts(zone()).get(index),
        name + "-" + (index + 1),
        clusterOptions(layout, index));
  }

  /** Payara Micro's options that make instance {@code index} a member of the zone's data grid. */
  List<String> clusterOptions(ClusterLayout layout, int index) {
    String zone = zone();
    List<Integer> grid = layout.dataGridPorts(zone);
    String members = grid.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
    return List.of(
        "--clustermode",
        "tcpip:" + members,
        "--clustername",
        name + "-" + layout.front(zone),
        "--startport",
        Integer.toString(grid.get(index)),
        "--interfaces",
        "127.0.0.1",
        "--nohostaware",
        "--name",
        LoadBalancer.instanceName(zone, index));
  }

  /** {@code private} or {@code public}. */
  String zone() {
    return name.substring("portal-".length());
  }

  private ChildProcess start(String java, int httpPort, String process, List<String> cluster) {
    if (!Files.isRegularFile(war)) {
      throw new IllegalStateException("no " + war + "; build first: mvn install -DskipTests");
    }
    Path tmp = settings.dataDirectory().resolve("tmp").resolve(process);
    try {
      Files.createDirectories(tmp);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> command =
        new ArrayList<>(List.of(java, "-Djava.io.tmpdir=" + tmp, "-Duser.timezone=Asia/Shanghai"));
    command.addAll(JVM_OPTIONS);
    command.addAll(
        List.of(
            "-jar",
            settings.runtimeDirectory().resolve("payara-micro.jar").toString(),
            "--deploy",
            war.toString(),
            "--contextroot",
            "/",
            "--port",
            Integer.toString(httpPort)));
    command.addAll(cluster);
    command.add("--disablephonehome");
    command.addAll(BootCommands.options(war, tmp));
    Map<String, String> env =
        new LinkedHashMap<>(cluster.contains("--nocluster") ? environment : behindLoadBalancer());
    env.putAll(MALLOC);
    return ChildProcess.start(
        process,
        command,
        env,
        settings.dataDirectory(),
        settings.logDirectory().resolve(process + ".log"));
  }

  /**
   * Art. 23, issue 15: behind HAProxy every request comes from the loopback, so the portal believes
   * its {@code X-Forwarded-For} from there (and from nowhere else), unless set otherwise.
   */
  private Map<String, String> behindLoadBalancer() {
    Map<String, String> env = new LinkedHashMap<>(environment);
    env.putIfAbsent("ZJ_TRUSTED_PROXIES", "127.0.0.1");
    return env;
  }

  /**
   * Ready when MicroProfile Health's {@code /health/ready} answers 200. Payara Micro answers 404
   * there while it is still deploying, so 404 means "not yet", like no answer at all.
   */
  void awaitReady(ChildProcess process) {
    awaitReady(process, port);
  }

  /** As {@link #awaitReady(ChildProcess)}, for an instance on {@code httpPort}. */
  void awaitReady(ChildProcess process, int httpPort) {
    process.awaitHttp(
        "http://localhost:" + httpPort + READINESS, status -> status == 200, Stack.PORTAL_TIMEOUT);
  }
}
