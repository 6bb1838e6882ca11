package cn.gov.zj.cloud.launcher.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a backup holds: every file with its size and SHA-256, as lines {@code <sha256> <size>
 * <path>} under a version line. A restore checks each file against it before copying anything, so
 * that a damaged or altered backup is refused instead of restored; a path that leaves the backup
 * ({@code ..}, absolute) is refused when read.
 *
 * @param entries the files, by path relative to the backup's root ({@code /} separated)
 */
public record BackupManifest(Map<String, Entry> entries) {

  /** The manifest's file name in the backup's root. */
  public static final String FILE_NAME = "MANIFEST";

  static final String VERSION_LINE = "# zj-backup v1: sha256 size path";

  private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) ([0-9]+) (.+)");
  private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

  /**
   * One file of the backup.
   *
   * @param size its length in bytes
   * @param sha256 its SHA-256, lower-case hex
   */
  public record Entry(long size, String sha256) {

    public Entry {
      if (size < 0 || sha256 == null || !SHA_256.matcher(sha256).matches()) {
        throw new IllegalArgumentException("not a file's size and SHA-256: " + size + " " + sha256);
      }
    }
  }

  public BackupManifest {
    entries.keySet().forEach(BackupManifest::requireInside);
    entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
  }

  /** The manifest of every file under {@code root} but the manifest itself, each one read. */
  public static BackupManifest of(Path root) {
    Map<String, Entry> entries = new TreeMap<>();
    for (Path file : files(root)) {
      entries.put(relative(root, file), hash(file));
    }
    return new BackupManifest(entries);
  }

  /** The total of the files' sizes. */
  public long bytes() {
    return entries.values().stream().mapToLong(Entry::size).sum();
  }

  /** Writes the manifest into {@code root}, the paths in order. */
  public void write(Path root) {
    StringBuilder text = new StringBuilder(VERSION_LINE).append('\n');
    new TreeMap<>(entries)
        .forEach(
            (path, entry) ->
                text.append(entry.sha256())
                    .append(' ')
                    .append(entry.size())
                    .append(' ')
                    .append(path)
                    .append('\n'));
    try {
      Files.writeString(root.resolve(FILE_NAME), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the manifest into " + root, e);
    }
  }

  /**
   * The manifest of the backup in {@code root}.
   *
   * @throws IllegalArgumentException when it is missing, of another version, or a line is not
   *     {@code <sha256> <size> <path>} inside the backup
   */
  public static BackupManifest read(Path root) {
    Path file = root.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no backup in " + root + ": " + FILE_NAME + " is missing");
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (lines.isEmpty() || !lines.get(0).equals(VERSION_LINE)) {
      throw new IllegalArgumentException(file + " is not a manifest of this version");
    }
    Map<String, Entry> entries = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      var parts = LINE.matcher(line);
      if (!parts.matches()) {
        throw new IllegalArgumentException(file + ": not a manifest line: " + line);
      }
      entries.put(parts.group(3), new Entry(Long.parseLong(parts.group(2)), parts.group(1)));
    }
    return new BackupManifest(entries);
  }

  /**
   * What differs between this manifest and the files under {@code root}: a file missing, altered
   * (size or SHA-256), or present but not listed. Empty when the backup is whole.
   */
  public List<String> problems(Path root) {
    List<String> problems = new ArrayList<>();
    Set<String> present =
        files(root).stream().map(f -> relative(root, f)).collect(Collectors.toSet());
    entries.forEach(
        (path, expected) -> {
          if (!present.contains(path)) {
            problems.add(path + ": missing");
          } else if (!hash(root.resolve(path)).equals(expected)) {
            problems.add(path + ": altered (size or SHA-256 differs from the manifest)");
          }
        });
    present.stream()
        .filter(path -> !entries.containsKey(path))
        .sorted()
        .forEach(path -> problems.add(path + ": not in the manifest"));
    return problems;
  }

  /** Size and SHA-256 of a file. */
  public static Entry hash(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return copy(in, OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Copies {@code in} to {@code out}, returning the size and SHA-256 of what passed. */
  static Entry copy(InputStream in, OutputStream out) throws IOException {
    MessageDigest digest = sha256();
    long size;
    try (DigestInputStream hashing = new DigestInputStream(in, digest)) {
      size = hashing.transferTo(out);
    }
    return new Entry(size, HexFormat.of().formatHex(digest.digest()));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static List<Path> files(Path root) {
    return Directories.files(root).stream()
        .filter(p -> !p.equals(root.resolve(FILE_NAME)))
        .toList();
  }

  static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  /** A manifest path stays inside the backup: relative, no {@code ..}, no empty part. */
  private static void requireInside(String path) {
    boolean inside =
        !path.isEmpty()
            && !path.startsWith("/")
            && Stream.of(path.split("/", -1))
                .noneMatch(p -> p.isEmpty() || p.equals("..") || p.equals("."));
    if (!inside) {
      throw new IllegalArgumentException("a manifest path must stay inside the backup: " + path);
    }
  }
}
