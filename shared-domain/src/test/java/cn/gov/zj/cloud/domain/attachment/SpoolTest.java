package cn.gov.zj.cloud.domain.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolTest {

  private static final int CAP = 256 * 1024;

  @TempDir Path dir;

  @Test
  @DisplayName("Art. 7: size and SHA-256 are taken while spooling (SHA-256 of \"abc\")")
  void sizeAndDigest() throws IOException {
    try (Spooled spooled = Spool.write(input("abc".getBytes()), dir, CAP)) {
      assertEquals(3, spooled.size());
      assertEquals(
          "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", spooled.sha256Hex());
      assertEquals("abc", Files.readString(spooled.file()));
    }
  }

  @Test
  @DisplayName("Art. 7: past the cap, writing stops and the spool file is deleted")
  void capStopsAndDeletes() throws IOException {
    Endless upload = new Endless();
    InvalidInputException refusal =
        assertThrows(InvalidInputException.class, () -> Spool.write(upload, dir, CAP));
    assertEquals(
        List.of(FieldError.of("file", "attachment.file.tooLarge", 0.25)), refusal.errors());
    assertTrue(upload.served <= CAP + 64 * 1024, "read on long past the cap: " + upload.served);
    assertNothingIn(dir);
  }

  @Test
  @DisplayName("Art. 7: a file of exactly the cap is kept")
  void exactlyTheCap() throws IOException {
    byte[] content = Samples.concat(Samples.pdf(), new byte[CAP - Samples.pdf().length]);
    try (Spooled spooled = Spool.write(input(content), dir, CAP)) {
      assertEquals(CAP, spooled.size());
      assertEquals(ContentType.PDF, new AttachmentCheck(CAP).check(spooled, "a.pdf").type());
    }
  }

  @Test
  @DisplayName("Art. 7: an upload broken off mid-way leaves nothing behind")
  void brokenUploadDeleted() throws IOException {
    InputStream broken =
        new InputStream() {
          private int left = 100_000;

          @Override
          public int read() throws IOException {
            if (left-- <= 0) {
              throw new IOException("connection reset");
            }
            return 'x';
          }
        };
    assertThrows(IOException.class, () -> Spool.write(broken, dir, CAP));
    assertNothingIn(dir);
  }

  @Test
  @DisplayName(
      "Art. 7: a refused upload is gone when its spool is closed; an accepted one is moved")
  void refusedGoneAcceptedMoved() throws IOException {
    AttachmentCheck check = new AttachmentCheck();
    try (Spooled spooled = Spool.write(input(Samples.exe()), dir, CAP)) {
      assertThrows(InvalidInputException.class, () -> check.check(spooled, "a.pdf"));
    }
    assertNothingIn(dir);

    Path stored = Files.createDirectory(dir.resolve("stored")).resolve("42");
    try (Spooled spooled = Spool.write(input(Samples.png()), dir, CAP)) {
      check.check(spooled, "a.png");
      Files.move(spooled.file(), stored);
    }
    assertTrue(Files.exists(stored));
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(List.of(dir.resolve("stored")), left.toList());
    }
  }

  @Test
  @DisplayName("Art. 7: the spool file is readable by its owner only")
  void ownerOnly() throws IOException {
    try (Spooled spooled = Spool.write(input(Samples.pdf()), dir, CAP)) {
      if (Files.getFileStore(spooled.file()).supportsFileAttributeView("posix")) {
        assertEquals("rw-------", posix(spooled.file()));
      }
      assertFalse(Files.isExecutable(spooled.file()));
    }
  }

  private static String posix(Path file) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
  }

  private static InputStream input(byte[] content) {
    return new ByteArrayInputStream(content);
  }

  private static void assertNothingIn(Path dir) throws IOException {
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(List.of(), left.toList());
    }
  }

  /** An upload that never ends, counting what it served. */
  private static final class Endless extends InputStream {
    long served;

    @Override
    public int read() {
      served++;
      return 0;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      served += length;
      return length;
    }
  }
}
