package cn.gov.zj.cloud.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the Kubernetes manifests of {@code deploy/} and the image profile of the root pom stay
 * consistent with the code: the variables they set are the documented ones (docs/runtime.md), the
 * probes ask the portals' real health paths on the image's port, the JVM options are the
 * launcher's, and the zones' walls hold (Art. 24).
 */
class DeploymentManifestsTest {

  private static final Path ROOT = Path.of("..");
  private static final Pattern ENV = Pattern.compile("(?m)^\\s*- name: (ZJ_[A-Z0-9_]+)\\s*$");
  private static final Pattern PROBE_PATH =
      Pattern.compile("(?m)^\\s*httpGet: \\{path: (\\S+), port: (\\S+)\\}");

  @Test
  @DisplayName("every variable the manifests set is one of docs/runtime.md")
  void everyVariableIsDocumented() throws IOException {
    String runtime = Files.readString(ROOT.resolve("docs/runtime.md"));
    Set<String> set = variables(manifests());
    assertFalse(set.isEmpty(), "no variable found in deploy/");
    for (String name : set) {
      assertTrue(runtime.contains("`" + name + "`"), name + " is not in docs/runtime.md");
    }
  }

  @Test
  @DisplayName("Art. 24: each portal gets the secrets it requires, and nothing of the other zone")
  void art24_eachZoneGetsItsSecretsOnly() throws IOException {
    Set<String> privateZone = variables(read("private/portal-private.yaml"));
    Set<String> publicZone = variables(read("public/portal-public.yaml"));
    assertTrue(
        privateZone.containsAll(
            List.of(
                "ZJ_PRIVATE_CLIENT_SECRET",
                "ZJ_INTERCONNECT_CLIENT_SECRET",
                "ZJ_ZONE_SIGNING_KEY",
                "ZJ_PEER_VERIFY_KEY",
                "ZJ_PRIVATE_DB_PASSWORD")),
        privateZone.toString());
    assertTrue(
        publicZone.containsAll(
            List.of(
                "ZJ_PUBLIC_CONTACT_KEY",
                "ZJ_PUBLIC_FORM_KEY",
                "ZJ_ZONE_SIGNING_KEY",
                "ZJ_PEER_VERIFY_KEY",
                "ZJ_PUBLIC_DB_PASSWORD")),
        publicZone.toString());
    assertTrue(publicZone.stream().noneMatch(name -> name.startsWith("ZJ_PRIVATE_")));
    assertFalse(publicZone.contains("ZJ_INTERCONNECT_CLIENT_SECRET"));
    assertTrue(privateZone.stream().noneMatch(name -> name.startsWith("ZJ_PUBLIC_DB_")));
    assertTrue(
        Stream.concat(privateZone.stream(), publicZone.stream())
            .noneMatch(name -> name.contains("ADMIN")));
  }

  @Test
  @DisplayName("the probes ask the portals' health paths on the port the image exposes")
  void probesUseTheRealPathsAndPort() throws IOException {
    String pom = Files.readString(ROOT.resolve("pom.xml"));
    Matcher port = Pattern.compile("<port>(\\d+)</port>").matcher(pom);
    assertTrue(port.find(), "no port in the image profile");
    for (String file : List.of("private/portal-private.yaml", "public/portal-public.yaml")) {
      String manifest = read(file);
      assertTrue(manifest.contains("containerPort: " + port.group(1)), file);
      assertTrue(
          manifest.contains(
              "readinessProbe:\n            httpGet: {path: " + PortalServer.READINESS));
      Matcher probe = PROBE_PATH.matcher(manifest);
      int probes = 0;
      while (probe.find()) {
        probes++;
        assertTrue(
            Set.of(PortalServer.READINESS, PortalServer.LIVENESS).contains(probe.group(1)),
            file + ": " + probe.group(1));
        assertEquals("http", probe.group(2), file);
      }
      assertEquals(3, probes, file + ": startup, readiness and liveness");
    }
  }

  @Test
  @DisplayName("the image runs the portals with the launcher's JVM options")
  void imageHasTheLaunchersJvmOptions() throws IOException {
    Matcher options =
        Pattern.compile("<portal.jvm.options>([^<]+)</portal.jvm.options>")
            .matcher(Files.readString(ROOT.resolve("pom.xml")));
    assertTrue(options.find());
    assertEquals(String.join(" ", PortalServer.JVM_OPTIONS), options.group(1));
  }

  private static Set<String> variables(String manifests) {
    Set<String> names = new TreeSet<>();
    Matcher env = ENV.matcher(manifests);
    while (env.find()) {
      names.add(env.group(1));
    }
    return names;
  }

  private static String read(String file) throws IOException {
    return Files.readString(ROOT.resolve("deploy").resolve(file));
  }

  private static String manifests() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(ROOT.resolve("deploy"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        all.append(Files.readString(file)).append('\n');
      }
    }
    return all.toString();
  }
}
