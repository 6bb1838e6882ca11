package cn.gov.zj.cloud.domain.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A ZIP container told apart by its central directory: OpenDocument by its first entry {@code
 * mimetype}, Office Open XML by {@code [Content_Types].xml} and its part folder, any other ZIP as
 * such. Nothing is unpacked but the few bytes of {@code mimetype}.
 */
final class ZipContent {

  private static final String MIMETYPE = "mimetype";
  private static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final int MAX_MIMETYPE = 100;

  private ZipContent() {}

  /**
   * The kind, or empty when the central directory is unreadable or lists nothing. Names are read as
   * ISO-8859-1 unless an entry is flagged UTF-8, so that archives from Chinese Windows tools (GBK
   * names) open.
   */
  static Optional<ContentType> kind(Path file) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile(), ZipFile.OPEN_READ, StandardCharsets.ISO_8859_1)) {
      return Optional.ofNullable(kind(zip));
    } catch (ZipException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static ContentType kind(ZipFile zip) throws IOException {
    Enumeration<? extends ZipEntry> entries = zip.entries();
    if (!entries.hasMoreElements()) {
      return null;
    }
    ZipEntry first = entries.nextElement();
    if (MIMETYPE.equals(first.getName())) {
      ContentType openDocument = ContentType.openDocument(mimetype(zip, first));
      if (openDocument != null) {
        return openDocument;
      }
    }
    Parts parts = new Parts();
    parts.see(first.getName());
    while (entries.hasMoreElements()) {
      parts.see(entries.nextElement().getName());
    }
    return parts.kind();
  }

  private static String mimetype(ZipFile zip, ZipEntry entry) throws IOException {
    try (InputStream in = zip.getInputStream(entry)) {
      return new String(in.readNBytes(MAX_MIMETYPE), StandardCharsets.US_ASCII).strip();
    }
  }

  /** What the entry names say about an Office Open XML package. */
  private static final class Parts {
    private boolean contentTypes;
    private boolean macros;
    private ContentType office;

    void see(String name) {
      contentTypes |= CONTENT_TYPES.equals(name);
      macros |= name.endsWith("vbaProject.bin");
      if (office == null) {
        office = officeFolder(name);
      }
    }

    ContentType kind() {
      if (!contentTypes || office == null) {
        return ContentType.ZIP;
      }
      if (macros) {
        throw AttachmentCheck.refusal("attachment.file.macros");
      }
      return office;
    }

    private static ContentType officeFolder(String name) {
      if (name.startsWith("word/")) {
        return ContentType.DOCX;
      }
      if (name.startsWith("xl/")) {
        return ContentType.XLSX;
      }
      return name.startsWith("ppt/") ? ContentType.PPTX : null;
    }
  }
}
