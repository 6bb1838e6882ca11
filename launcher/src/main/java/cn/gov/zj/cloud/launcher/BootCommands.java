package cn.gov.zj.cloud.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Issue 10: the Payara Micro settings a portal brings in its WAR ({@code
 * WEB-INF/classes/payara/pre-boot-commands.asadmin}, and {@code post-boot-commands.asadmin} when it
 * has one): no product name in {@code Server}, {@code /metrics} only with credentials, no {@code
 * /openapi} on the public portal. The integration tests pass the same files.
 */
final class BootCommands {

  private static final String FOLDER = "WEB-INF/classes/payara/";

  private BootCommands() {}

  /** The command-line options that pass the WAR's command files, copied into {@code tmp}. */
  static List<String> options(Path war, Path tmp) {
    List<String> options = new ArrayList<>();
    try (ZipFile zip = new ZipFile(war.toFile())) {
      add(options, zip, tmp, "pre-boot-commands.asadmin", "--prebootcommandfile");
      add(options, zip, tmp, "post-boot-commands.asadmin", "--postbootcommandfile");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + war, e);
    }
    return options;
  }

  private static void add(List<String> options, ZipFile zip, Path tmp, String name, String option)
      throws IOException {
    ZipEntry entry = zip.getEntry(FOLDER + name);
    if (entry == null) {
      return;
    }
    Path file = tmp.resolve(name);
    try (InputStream in = zip.getInputStream(entry)) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    options.add(option);
    options.add(file.toString());
  }
}
