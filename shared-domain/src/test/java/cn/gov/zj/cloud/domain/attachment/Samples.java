package cn.gov.zj.cloud.domain.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Tiny but real files of each kind, built here so that no binary lives in the repository. */
final class Samples {

  private Samples() {}

  static byte[] pdf() {
    return ascii("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
  }

  static byte[] png() {
    return bytes(
        0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0,
        0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xDE);
  }

  static byte[] jpeg() {
    return bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0);
  }

  static byte[] gif() {
    return concat(ascii("GIF89a"), bytes(1, 0, 1, 0, 0, 0, 0, ';'));
  }

  static byte[] exe() {
    return concat(ascii("MZ"), bytes(0x90, 0, 3, 0, 0, 0, 4, 0), ascii("This program"));
  }

  static byte[] text() {
    return "项目建设方案\nplain text, no magic\n".getBytes(StandardCharsets.UTF_8);
  }

  static byte[] zip(String... names) {
    return zip(StandardCharsets.UTF_8, names);
  }

  /**
   * A ZIP whose entry names are written in {@code charset}, without the UTF-8 flag unless UTF-8.
   */
  static byte[] zip(Charset charset, String... names) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, charset)) {
      for (String name : names) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(ascii("<x/>"));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static byte[] docx() {
    return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");
  }

  /** An OpenDocument package: {@code mimetype} first and stored, as the standard asks. */
  static byte[] openDocument(String mediaType) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      byte[] content = ascii(mediaType);
      ZipEntry mimetype = new ZipEntry("mimetype");
      mimetype.setMethod(ZipEntry.STORED);
      mimetype.setSize(content.length);
      CRC32 crc = new CRC32();
      crc.update(content);
      mimetype.setCrc(crc.getValue());
      zip.putNextEntry(mimetype);
      zip.write(content);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(ascii("<office:document-content/>"));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * An OLE2 compound file of 512-byte sectors: header, one allocation table sector, one directory
   * sector holding the root entry and up to three streams under it.
   */
  static byte[] compoundFile(String... streams) {
    ByteBuffer file = ByteBuffer.allocate(3 * 512).order(ByteOrder.LITTLE_ENDIAN);
    file.put(CompoundFile.MAGIC);
    file.putShort(0x18, (short) 0x3E).putShort(0x1A, (short) 3).putShort(0x1C, (short) 0xFFFE);
    file.putShort(0x1E, (short) 9).putShort(0x20, (short) 6);
    file.putInt(0x2C, 1).putInt(0x30, 1).putInt(0x38, 4096).putInt(0x3C, -2).putInt(0x44, -2);
    for (int i = 0; i < 109; i++) {
      file.putInt(0x4C + i * 4, i == 0 ? 0 : -1);
    }
    for (int i = 0; i < 128; i++) {
      file.putInt(512 + i * 4, i == 0 ? -3 : i == 1 ? -2 : -1);
    }
    entry(file, 0, "Root Entry", 5, streams.length == 0 ? -1 : 1, -1);
    for (int i = 0; i < streams.length; i++) {
      entry(file, i + 1, streams[i], 2, -1, i + 1 < streams.length ? i + 2 : -1);
    }
    return file.array();
  }

  private static void entry(ByteBuffer file, int id, String name, int type, int child, int right) {
    int at = 1024 + id * 128;
    byte[] utf16 = name.getBytes(StandardCharsets.UTF_16LE);
    file.put(at, utf16).putShort(at + 0x40, (short) (utf16.length + 2)).put(at + 0x42, (byte) type);
    file.putInt(at + 0x44, -1).putInt(at + 0x48, right).putInt(at + 0x4C, child);
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      bytes.writeBytes(part);
    }
    return bytes.toByteArray();
  }
}
