package cn.gov.zj.cloud.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Issue 15, cluster mode: {@link ClusterLayout#instances()} instances of each portal, each portal's
 * instances one data grid, behind HAProxy ({@link LoadBalancer}). The instances share the zone's
 * database, so the scheduled work (deadline scan, mail outbox, monthly jobs, the interconnection)
 * runs once across them by the advisory locks each job takes.
 */
public final class PortalCluster implements AutoCloseable {

  /** Which portal an instance runs, and its index among the portal's instances. */
  private record Member(PortalServer portal, int index) {}

  private final ClusterLayout layout;
  private final Map<String, ChildProcess> instances = new LinkedHashMap<>();
  private final Map<String, Member> members = new LinkedHashMap<>();
  private ChildProcess loadBalancer;
  private String java;

  private PortalCluster(ClusterLayout layout) {
    this.layout = layout;
  }

  /**
   * Starts every instance of both portals at once, waits until each is ready, then HAProxy. The
   * portals' URLs are the fronts of {@code settings}, which must be the layout's.
   */
  static PortalCluster start(
      ClusterLayout layout,
      StackSettings settings,
      DatabaseServer database,
      InstallationSecrets secrets,
      String java) {
    PortalCluster cluster = new PortalCluster(layout);
    try {
      cluster.startAll(
          List.of(
              PortalServer.privateZone(settings, database, secrets),
              PortalServer.publicZone(settings, database, secrets)),
          settings,
          java);
      return cluster;
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  private void startAll(List<PortalServer> portals, StackSettings settings, String java) {
    this.java = java;
    List<CompletableFuture<Void>> ready = new ArrayList<>();
    for (PortalServer portal : portals) {
      List<Integer> ports = layout.instancePorts(portal.zone());
      for (int i = 0; i < ports.size(); i++) {
        ChildProcess process = portal.startInstance(java, layout, i);
        synchronized (this) {
          instances.put(LoadBalancer.instanceName(portal.zone(), i), process);
          members.put(LoadBalancer.instanceName(portal.zone(), i), new Member(portal, i));
        }
        int port = ports.get(i);
        ready.add(CompletableFuture.runAsync(() -> portal.awaitReady(process, port)));
      }
    }
    try {
      CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
    loadBalancer =
        LoadBalancer.start(
            layout,
            settings.dataDirectory().resolve("haproxy-" + layout.privateFront()),
            settings.logDirectory().resolve("haproxy-" + layout.privateFront() + ".log"));
  }

  public ClusterLayout layout() {
    return layout;
  }

  /**
   * The instances' names ({@code private-1}, …, {@code public-2}), as HAProxy's cookie names them.
   */
  public synchronized List<String> instanceNames() {
    return List.copyOf(instances.keySet());
  }

  /** The cookie by which HAProxy keeps a browser on its instance, its value the instance's name. */
  public static String instanceCookie() {
    return LoadBalancer.COOKIE;
  }

  /**
   * HAProxy's statistics as CSV ({@code pxname,svname,…,status,…}), e.g. to see an instance DOWN.
   */
  public String statisticsUrl() {
    return "http://localhost:" + layout.statsPort() + "/;csv";
  }

  /** Issue 15's fault: kills one instance at once (SIGKILL), as a crash would. */
  public void kill(String instance) {
    ChildProcess process;
    synchronized (this) {
      process = instances.get(instance);
    }
    if (process == null) {
      throw new IllegalArgumentException("no instance " + instance + " in " + instanceNames());
    }
    process.kill();
  }

  /**
   * Issue 15: starts an instance again (killing what is left of it first) and waits until it is
   * ready; it joins its zone's data grid, and HAProxy's health checks take it back in.
   */
  public void restart(String instance) {
    Member member;
    ChildProcess old;
    synchronized (this) {
      member = members.get(instance);
      old = instances.get(instance);
    }
    if (member == null) {
      throw new IllegalArgumentException("no instance " + instance + " in " + instanceNames());
    }
    old.kill();
    ChildProcess process = member.portal().startInstance(java, layout, member.index());
    synchronized (this) {
      instances.put(instance, process);
    }
    int port = layout.instancePorts(member.portal().zone()).get(member.index());
    member.portal().awaitReady(process, port);
  }

  /** Stops HAProxy, then every instance. Safe to call twice. */
  @Override
  public void close() {
    if (loadBalancer != null) {
      loadBalancer.close();
    }
    List<ChildProcess> running;
    synchronized (this) {
      running = List.copyOf(instances.values());
    }
    running.parallelStream().forEach(ChildProcess::close);
  }
}
