package cn.gov.zj.cloud.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LoadBalancerTest {

  private final ClusterLayout run =
      ClusterLayout.of(StackSettings.forTests(Path.of("target/unused"), 0), 2);

  @Test
  @DisplayName(
      "Issue 15: the run command's cluster keeps the users' ports for HAProxy and gives every"
          + " instance, data grid and the statistics a port of its own")
  void everyPortOnce() {
    ClusterLayout layout = ClusterLayout.of(StackSettings.defaults(java.util.Map.of()), 2);
    List<Integer> ports = new ArrayList<>(List.of(8080, 8081, layout.statsPort()));
    for (String zone : List.of("private", "public")) {
      ports.addAll(layout.instancePorts(zone));
      ports.addAll(layout.dataGridPorts(zone));
    }
    assertEquals(ports.size(), new HashSet<>(ports).size(), ports.toString());
    assertEquals(List.of(8280, 8281), layout.instancePorts("private"));
    assertThrows(
        IllegalArgumentException.class,
        () -> ClusterLayout.of(StackSettings.defaults(java.util.Map.of()), 1));
  }

  @Test
  @DisplayName(
      "Issue 15: HAProxy checks /health/ready every second, takes an instance out after two"
          + " failures (within 5 s), back after two answers, keeps a browser on its instance by a"
          + " cookie, redispatches, and adds X-Forwarded-For")
  void configuration() {
    String cfg = LoadBalancer.configuration(run);
    for (String line :
        List.of(
            "option httpchk GET /health/ready",
            "http-check expect status 200",
            "default-server inter 1s fall 2 rise 2",
            "option redispatch",
            "option forwardfor",
            "balance roundrobin",
            "cookie ZJ_INSTANCE insert indirect nocache httponly",
            "bind :" + run.privateFront(),
            "bind :" + run.publicFront(),
            "server private-1 127.0.0.1:"
                + run.instancePorts("private").get(0)
                + " check cookie private-1",
            "server public-2 127.0.0.1:"
                + run.instancePorts("public").get(1)
                + " check cookie public-2")) {
      assertTrue(cfg.contains(line), line + " in\n" + cfg);
    }
  }

  @Test
  @DisplayName(
      "Art. 24: each portal's instances form their own data grid, never one with the other zone's")
  void art24_zonesNeverJoinOneGrid() {
    StackSettings settings = StackSettings.forTests(Path.of("target/unused"), 0);
    DatabaseServer database = DatabaseServer.embedded(5432);
    InstallationSecrets secrets = new InstallationSecrets("a", "b", "c", "d", "e", "f", "g");
    List<String> privateOptions =
        PortalServer.privateZone(settings, database, secrets).clusterOptions(run, 1);
    List<String> publicOptions =
        PortalServer.publicZone(settings, database, secrets).clusterOptions(run, 0);
    assertEquals(
        "tcpip:127.0.0.1:"
            + run.firstDataGridPort()
            + ",127.0.0.1:"
            + (run.firstDataGridPort() + 1),
        after(privateOptions, "--clustermode"));
    assertEquals("portal-private-" + run.privateFront(), after(privateOptions, "--clustername"));
    assertEquals("portal-public-" + run.publicFront(), after(publicOptions, "--clustername"));
    assertTrue(privateOptions.contains("--nohostaware"), "a backup on the other instance");
    assertTrue(
        run.dataGridPorts("public").stream()
            .noneMatch(p -> after(privateOptions, "--clustermode").contains(":" + p)));
  }

  private static String after(List<String> options, String option) {
    return options.get(options.indexOf(option) + 1);
  }
}
