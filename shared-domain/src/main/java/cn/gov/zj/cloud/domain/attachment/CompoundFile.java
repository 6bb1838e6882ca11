package cn.gov.zj.cloud.domain.attachment;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A legacy Office file (DOC, XLS, PPT) told apart by the streams at the root of its OLE2 compound
 * file ([MS-CFB]). Other compound files (MSI installers, Outlook messages, password-protected
 * Office Open XML) are none of the allowed kinds. Every sector number is checked against the file
 * and every walk is bounded, so a forged file ends in "not allowed", never in a loop.
 */
final class CompoundFile {

  static final byte[] MAGIC = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  private static final int HEADER = 512;
  private static final int ENTRY = 128;
  private static final int HEADER_DIFAT = 109;
  private static final int NO_STREAM = -1;
  private static final Set<String> MACROS = Set.of("macros", "_vba_project_cur", "vba");

  private final FileChannel channel;
  private final ByteBuffer header;
  private final int sectorSize;
  private final long sectors;

  private CompoundFile(FileChannel channel, ByteBuffer header, int sectorShift) throws IOException {
    this.channel = channel;
    this.header = header;
    this.sectorSize = 1 << sectorShift;
    this.sectors = channel.size() / sectorSize - 1;
  }

  /** The legacy Office kind, or empty for any other or malformed compound file. */
  static Optional<ContentType> kind(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file)) {
      ByteBuffer header = read(channel, 0, HEADER);
      int shift = header.getShort(0x1E);
      if (shift != 9 && shift != 12) {
        return Optional.empty();
      }
      return new CompoundFile(channel, header, shift).kind();
    } catch (Malformed e) {
      return Optional.empty();
    }
  }

  private Optional<ContentType> kind() throws IOException {
    Set<String> names = rootNames();
    if (names.stream().anyMatch(MACROS::contains)) {
      throw AttachmentCheck.refusal("attachment.file.macros");
    }
    if (names.contains("worddocument")) {
      return Optional.of(ContentType.DOC);
    }
    if (names.contains("powerpoint document")) {
      return Optional.of(ContentType.PPT);
    }
    if (names.contains("workbook") || names.contains("book")) {
      return Optional.of(ContentType.XLS);
    }
    return Optional.empty();
  }

  /** The lower case names of the streams and storages right under the root entry. */
  private Set<String> rootNames() throws IOException {
    List<ByteBuffer> entries = directory();
    Set<String> names = new HashSet<>();
    Deque<Integer> todo = new ArrayDeque<>();
    todo.push(entries.get(0).getInt(0x4C));
    Set<Integer> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      int id = todo.pop();
      if (id == NO_STREAM || !seen.add(id)) {
        continue;
      }
      if (id < 0 || id >= entries.size()) {
        throw new Malformed();
      }
      ByteBuffer entry = entries.get(id);
      names.add(name(entry));
      todo.push(entry.getInt(0x44));
      todo.push(entry.getInt(0x48));
    }
    return names;
  }

  private List<ByteBuffer> directory() throws IOException {
    List<ByteBuffer> entries = new ArrayList<>();
    int sector = header.getInt(0x30);
    for (long walked = 0; sector >= 0; walked++) {
      if (walked > sectors) {
        throw new Malformed();
      }
      ByteBuffer bytes = sector(sector);
      for (int at = 0; at < sectorSize; at += ENTRY) {
        entries.add(bytes.slice(at, ENTRY).order(ByteOrder.LITTLE_ENDIAN));
      }
      sector = next(sector);
    }
    if (entries.isEmpty() || entries.get(0).get(0x42) != 5) {
      throw new Malformed();
    }
    return entries;
  }

  private static String name(ByteBuffer entry) {
    int length = entry.getShort(0x40);
    if (length < 2 || length > 64) {
      return "";
    }
    byte[] utf16 = new byte[length - 2];
    entry.get(0, utf16);
    return new String(utf16, StandardCharsets.UTF_16LE).toLowerCase(Locale.ROOT);
  }

  /** The sector after {@code sector} in its chain, from the allocation table. */
  private int next(int sector) throws IOException {
    int perSector = sectorSize / 4;
    int fatSector = fatSector(sector / perSector);
    return sector(fatSector).getInt((sector % perSector) * 4);
  }

  /** The sector holding the {@code index}-th part of the allocation table. */
  private int fatSector(int index) throws IOException {
    if (index < HEADER_DIFAT) {
      return header.getInt(0x4C + index * 4);
    }
    int perSector = sectorSize / 4 - 1;
    int difat = header.getInt(0x44);
    int rest = index - HEADER_DIFAT;
    for (long walked = 0; rest >= perSector; walked++, rest -= perSector) {
      if (walked > sectors) {
        throw new Malformed();
      }
      difat = sector(difat).getInt(perSector * 4);
    }
    return sector(difat).getInt(rest * 4);
  }

  private ByteBuffer sector(int sector) throws IOException {
    if (sector < 0 || sector >= sectors) {
      throw new Malformed();
    }
    return read(channel, (sector + 1L) * sectorSize, sectorSize);
  }

  private static ByteBuffer read(FileChannel channel, long position, int length)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, position + buffer.position()) < 0) {
        throw new Malformed();
      }
    }
    return buffer.flip();
  }

  /** The compound file contradicts itself or its length. */
  private static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Malformed() {
      super(null, null, false, false);
    }
  }
}
