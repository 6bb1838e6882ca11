package cn.gov.zj.cloud.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/**
 * A key or secret of this installation in a file of its own, made once with {@code generator} and
 * kept across restarts; readable by its owner only from the moment it exists.
 */
final class SecretFiles {

  private SecretFiles() {}

  /** The file's value, made first when the file does not exist. */
  static synchronized String readOrCreate(Path file, Supplier<String> generator) {
    try {
      if (!Files.isRegularFile(file)) {
        create(file, generator.get());
      }
      return Files.readString(file, StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the installation's secrets in " + file, e);
    }
  }

  private static void create(Path file, String value) throws IOException {
    Files.createDirectories(file.getParent(), ownerOnly("rwx------"));
    try {
      Files.createFile(file, ownerOnly("rw-------"));
    } catch (FileAlreadyExistsException empty) {
      // an earlier start stopped between creating and writing it: write it now
    }
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      out.write(value);
    }
  }

  private static FileAttribute<?>[] ownerOnly(String permissions) {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[0];
    }
    return new FileAttribute<?>[] {
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
    };
  }
}
