package cn.gov.zj.cloud.domain.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AttachmentCheckTest {

  private final AttachmentCheck check = new AttachmentCheck();

  @TempDir Path dir;

  static Stream<Arguments> allowed() {
    return Stream.of(
        Arguments.of(ContentType.PDF, Samples.pdf()),
        Arguments.of(ContentType.PNG, Samples.png()),
        Arguments.of(ContentType.JPEG, Samples.jpeg()),
        Arguments.of(ContentType.GIF, Samples.gif()),
        Arguments.of(ContentType.ZIP, Samples.zip("说明.txt", "data/a.csv")),
        Arguments.of(ContentType.DOCX, Samples.docx()),
        Arguments.of(ContentType.XLSX, Samples.zip("[Content_Types].xml", "xl/workbook.xml")),
        Arguments.of(ContentType.PPTX, Samples.zip("[Content_Types].xml", "ppt/presentation.xml")),
        Arguments.of(
            ContentType.ODT, Samples.openDocument("application/vnd.oasis.opendocument.text")),
        Arguments.of(
            ContentType.ODS,
            Samples.openDocument("application/vnd.oasis.opendocument.spreadsheet")),
        Arguments.of(
            ContentType.ODP,
            Samples.openDocument("application/vnd.oasis.opendocument.presentation")),
        Arguments.of(ContentType.DOC, Samples.compoundFile("1Table", "WordDocument")),
        Arguments.of(ContentType.XLS, Samples.compoundFile("Workbook")),
        Arguments.of(ContentType.PPT, Samples.compoundFile("Current User", "PowerPoint Document")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allowed")
  @DisplayName("Art. 7: each allowed kind is recognised by its content, under a name that hides it")
  void allowedByContent(ContentType type, byte[] content) throws IOException {
    CheckedAttachment checked = check.check(file("material.bin", content), "material.bin");
    assertEquals(type, checked.type());
    assertEquals(content.length, checked.size());
    assertTrue(checked.declaredMismatch());
  }

  @Test
  @DisplayName("Art. 7: an executable renamed .pdf is refused, naming the kinds allowed")
  void executableRenamedPdf() {
    FieldError error = refused(Samples.exe(), "建设方案.pdf");
    assertEquals("attachment.file.typeNotAllowed", error.messageKey());
    assertEquals(
        List.of("PDF, DOCX, XLSX, PPTX, DOC, XLS, PPT, ODT, ODS, ODP, PNG, JPEG, GIF, ZIP"),
        error.arguments());
  }

  @Test
  @DisplayName("Art. 7: a text file is refused, whatever its name")
  void textRefused() {
    assertEquals("attachment.file.typeNotAllowed", refused(Samples.text(), "方案.docx").messageKey());
  }

  @Test
  @DisplayName("Art. 7: an empty file is refused")
  void emptyRefused() {
    assertEquals("attachment.file.empty", refused(new byte[0], "方案.pdf").messageKey());
  }

  @Test
  @DisplayName("Art. 7: a file above the cap is refused with the cap in MB")
  void aboveCapRefused() throws IOException {
    AttachmentCheck small = new AttachmentCheck(512 * 1024);
    Path file = file("big.pdf", Samples.concat(Samples.pdf(), new byte[512 * 1024]));
    InvalidInputException refusal =
        assertThrows(InvalidInputException.class, () -> small.check(file, "big.pdf"));
    assertEquals(List.of(FieldError.of("file", "attachment.file.tooLarge", 0.5)), refusal.errors());
  }

  @Test
  @DisplayName("Art. 7: the cap is 50 MB")
  void capIs50Mb() {
    assertEquals(52_428_800L, AttachmentCheck.MAX_BYTES);
    assertEquals(AttachmentCheck.MAX_BYTES, check.maxBytes());
  }

  @Test
  @DisplayName("Art. 7: the name never decides, but a name that does not fit is reported")
  void declaredMismatch() throws IOException {
    Path pdf = file("a", Samples.pdf());
    assertFalse(check.check(pdf, "建设方案.PDF").declaredMismatch());
    assertTrue(check.check(pdf, "建设方案.docx").declaredMismatch());
    assertTrue(check.check(pdf, "建设方案").declaredMismatch());
    assertFalse(check.check(pdf, null).declaredMismatch());
    assertFalse(check.check(file("b", Samples.jpeg()), "photo.JPEG").declaredMismatch());
  }

  @Test
  @DisplayName("Art. 7: the SHA-256 recorded is that of the bytes, spooled or already on disk")
  void sha256OfContent() throws IOException {
    byte[] content = Samples.ascii("%PDF-abc");
    String known = "1e8a7587529cc956d46dea481f38c623395a879a1179c277f476a9cdb88a540d";
    assertEquals(known, check.check(file("a.pdf", content), "a.pdf").sha256Hex());
    try (Spooled spooled =
        Spool.write(new ByteArrayInputStream(content), dir, AttachmentCheck.MAX_BYTES)) {
      assertEquals(
          new CheckedAttachment(ContentType.PDF, 8, known, false), check.check(spooled, "a.pdf"));
    }
  }

  @Test
  @DisplayName("Art. 7: a ZIP from a Chinese Windows tool, with GBK entry names, is accepted")
  void gbkNamesAccepted() throws IOException {
    byte[] zip = Samples.zip(Charset.forName("GBK"), "建设方案/说明.txt", "自测报告.pdf");
    assertEquals(ContentType.ZIP, check.check(file("材料.zip", zip), "材料.zip").type());
  }

  @Test
  @DisplayName("Art. 7: a ZIP holding Office parts but no [Content_Types].xml is a plain ZIP")
  void officeFoldersWithoutContentTypes() throws IOException {
    byte[] zip = Samples.zip("word/document.xml");
    assertEquals(ContentType.ZIP, check.check(file("a.docx", zip), "a.docx").type());
  }

  @Test
  @DisplayName("Art. 7: a broken ZIP is refused")
  void brokenZipRefused() {
    byte[] broken = Samples.concat(Samples.ascii("PK"), new byte[] {3, 4}, new byte[64]);
    assertEquals("attachment.file.typeNotAllowed", refused(broken, "a.zip").messageKey());
  }

  @Test
  @DisplayName("Art. 7: Office documents with macros are refused, new or legacy format")
  void macrosRefused() {
    byte[] docm = Samples.zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin");
    assertEquals("attachment.file.macros", refused(docm, "a.docm").messageKey());
    byte[] xlsWithMacros = Samples.compoundFile("Workbook", "_VBA_PROJECT_CUR");
    assertEquals("attachment.file.macros", refused(xlsWithMacros, "a.xls").messageKey());
  }

  @Test
  @DisplayName(
      "Art. 7: a compound file that is no Office document (e.g. an MSI installer) is refused")
  void otherCompoundFilesRefused() {
    byte[] msi = Samples.compoundFile("\u0005SummaryInformation", "䡀㼿䕲䓤䠨");
    assertEquals("attachment.file.typeNotAllowed", refused(msi, "setup.doc").messageKey());
    byte[] encrypted = Samples.compoundFile("EncryptionInfo", "EncryptedPackage");
    assertEquals("attachment.file.typeNotAllowed", refused(encrypted, "a.docx").messageKey());
  }

  @Test
  @DisplayName("Art. 7: a forged or truncated compound file is refused, not followed")
  void forgedCompoundFileRefused() {
    byte[] header = Arrays.copyOf(Samples.compoundFile("WordDocument"), 600);
    assertEquals("attachment.file.typeNotAllowed", refused(header, "a.doc").messageKey());
    byte[] looping = Samples.compoundFile("WordDocument");
    ByteBuffer.wrap(looping).order(ByteOrder.LITTLE_ENDIAN).putInt(512 + 4, 1);
    assertEquals("attachment.file.typeNotAllowed", refused(looping, "a.doc").messageKey());
  }

  @Test
  @DisplayName("Art. 7: refusals read in Chinese first, English too")
  void refusalTexts() {
    assertEquals("文件不能超过 50 MB", Messages.get(Locale.CHINA, "attachment.file.tooLarge", 50d));
    assertEquals(
        "The file may be at most 50 MB",
        Messages.get(Locale.ENGLISH, "attachment.file.tooLarge", 50d));
    assertTrue(
        Messages.get(Locale.CHINA, "attachment.file.typeNotAllowed", ContentType.allowedList())
            .endsWith(
                "允许的类型：PDF, DOCX, XLSX, PPTX, DOC, XLS, PPT, ODT, ODS, ODP, PNG, JPEG, GIF, ZIP"));
  }

  private FieldError refused(byte[] content, String declaredName) {
    Path file = file("upload", content);
    InvalidInputException refusal =
        assertThrows(InvalidInputException.class, () -> check.check(file, declaredName));
    assertEquals(1, refusal.errors().size());
    assertEquals("file", refusal.errors().get(0).field());
    return refusal.errors().get(0);
  }

  private Path file(String name, byte[] content) {
    try {
      return Files.write(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
