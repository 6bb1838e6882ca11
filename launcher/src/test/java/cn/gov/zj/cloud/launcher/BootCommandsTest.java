package cn.gov.zj.cloud.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BootCommandsTest {

  @TempDir Path folder;

  private Path war(String... names) throws Exception {
    Path war = folder.resolve("portal.war");
    try (OutputStream file = Files.newOutputStream(war);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      for (String name : names) {
        zip.putNextEntry(new ZipEntry("WEB-INF/classes/payara/" + name));
        zip.write(("# " + name + "\n").getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return war;
  }

  @Test
  @DisplayName(
      "Product disclosure, metrics to anyone: the launcher hands Payara Micro the WAR's own boot commands")
  void passesTheWarsCommandFiles() throws Exception {
    Path war = war("pre-boot-commands.asadmin", "post-boot-commands.asadmin");
    List<String> options = BootCommands.options(war, folder);
    assertEquals(
        List.of(
            "--prebootcommandfile",
            folder.resolve("pre-boot-commands.asadmin").toString(),
            "--postbootcommandfile",
            folder.resolve("post-boot-commands.asadmin").toString()),
        options);
    assertTrue(Files.readString(Path.of(options.get(1))).contains("pre-boot"));
    assertEquals(
        List.of("--prebootcommandfile", folder.resolve("pre-boot-commands.asadmin").toString()),
        BootCommands.options(war("pre-boot-commands.asadmin"), folder));
  }
}
