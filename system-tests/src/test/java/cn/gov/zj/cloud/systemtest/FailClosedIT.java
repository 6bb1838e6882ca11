package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.gov.zj.cloud.devdb.ZoneDatabase;
import cn.gov.zj.cloud.domain.interconnect.ZoneKey;
import cn.gov.zj.cloud.launcher.Stack;
import cn.gov.zj.cloud.launcher.StackSettings;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 10, silent development secret: a portal started outside demo mode without a secret does not
 * deploy, and its log names the variable. A second portal-public, against the stack's own public
 * database, with every setting but {@code ZJ_PUBLIC_CONTACT_KEY}.
 */
@ExtendWith(RunningStack.class)
class FailClosedIT {

  private static final Duration START = Duration.ofSeconds(240);

  @Test
  @DisplayName(
      "Silent development secret: portal-public without ZJ_PUBLIC_CONTACT_KEY outside demo mode refuses to start, naming it")
  void publicPortalRefusesToStartWithoutTheContactKey() throws Exception {
    Stack stack = RunningStack.stack();
    assumeTrue(stack != null, "needs the stack that these tests start");
    StackSettings settings = stack.settings();
    int port = settings.publicPort() + 10;
    Path tmp = Files.createDirectories(settings.dataDirectory().resolve("tmp/fail-closed"));
    Path log = tmp.resolve("portal-public.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp,
                "-jar",
                settings.runtimeDirectory().resolve("payara-micro.jar").toString(),
                "--deploy",
                settings.runtimeDirectory().resolve("portal-public.war").toString(),
                "--contextroot",
                "/",
                "--port",
                Integer.toString(port),
                "--nocluster",
                "--disablephonehome")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    withoutContactKey(builder.environment(), stack);
    Process payara = builder.start();
    try {
      String output = awaitStarted(payara, log);
      assertTrue(
          output.contains("ZJ_PUBLIC_CONTACT_KEY must be set"), "the log names the variable");
      for (String path : List.of("/health/ready", "/t/hangzhou/")) {
        HttpResponse<Void> response =
            Api.HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertNotEquals(200, response.statusCode(), path);
      }
    } finally {
      payara.destroyForcibly().waitFor();
    }
  }

  /** Everything portal-public needs, from the running stack, except the contact key. */
  private static void withoutContactKey(Map<String, String> env, Stack stack) {
    env.keySet().removeIf(name -> name.startsWith("ZJ_"));
    ZoneDatabase database = stack.database().publicZone();
    env.put("ZJ_DB_HOST", "localhost");
    env.put("ZJ_DB_PORT", Integer.toString(stack.database().port()));
    env.put("ZJ_PUBLIC_DB_NAME", database.name());
    env.put("ZJ_PUBLIC_DB_USER", database.owner());
    env.put("ZJ_PUBLIC_DB_PASSWORD", database.password());
    env.put("ZJ_KEYCLOAK_URL", stack.settings().keycloakUrl());
    env.put("ZJ_ZONE_SIGNING_KEY", ZoneKey.generate());
    env.put("ZJ_PEER_VERIFY_KEY", ZoneKey.generate());
  }

  /** Payara Micro's log once it says it is ready (with or without the application). */
  private static String awaitStarted(Process payara, Path log) throws Exception {
    Instant deadline = Instant.now().plus(START);
    while (Instant.now().isBefore(deadline) && payara.isAlive()) {
      String output = Files.readString(log, StandardCharsets.UTF_8);
      if (output.contains(") ready in ")) {
        return output;
      }
      Thread.sleep(1000);
    }
    return Files.readString(log, StandardCharsets.UTF_8);
  }
}
