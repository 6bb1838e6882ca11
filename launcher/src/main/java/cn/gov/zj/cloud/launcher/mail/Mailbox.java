package cn.gov.zj.cloud.launcher.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The messages the SMTP sink accepted: each one written as an {@code .eml} file into a directory
 * and listed in memory. The list lasts as long as the process; the files stay.
 */
public final class Mailbox {

  /** UTC, so that file names sort by arrival whatever the time zone. */
  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS").withZone(ZoneOffset.UTC);

  private final Path directory;
  private final Clock clock = Clock.systemUTC();
  private final List<ReceivedMail> messages = new ArrayList<>();
  private long sequence;

  /** Creates {@code directory} when missing. */
  public Mailbox(Path directory) {
    this.directory = directory.toAbsolutePath().normalize();
    try {
      Files.createDirectories(this.directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the mail directory " + directory, e);
    }
  }

  public Path directory() {
    return directory;
  }

  /** Writes the raw message to its own new file, then lists it. */
  ReceivedMail store(String from, List<String> to, byte[] data) throws IOException {
    Arrival arrival = nextArrival();
    Path file = directory.resolve(arrival.id() + ".eml");
    Files.write(file, data, StandardOpenOption.CREATE_NEW);
    ReceivedMail mail =
        new ReceivedMail(
            arrival.id(), from, to, arrival.instant(), MessageHeaders.subject(data), file);
    synchronized (messages) {
      messages.add(mail);
    }
    return mail;
  }

  /** The time and the sequence number together, so that ids sort as the messages arrived. */
  private synchronized Arrival nextArrival() {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    sequence++;
    return new Arrival(ID_TIME.format(now) + "-" + String.format("%06d", sequence), now);
  }

  /** Every listed message, the newest first. */
  public List<ReceivedMail> newestFirst() {
    synchronized (messages) {
      return messages.stream().sorted(Comparator.comparing(ReceivedMail::id).reversed()).toList();
    }
  }

  /** The listed messages with {@code address} among the envelope recipients, the newest first. */
  public List<ReceivedMail> sentTo(String address) {
    return newestFirst().stream().filter(m -> m.sentTo(address)).toList();
  }

  public Optional<ReceivedMail> find(String id) {
    return newestFirst().stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** Empties the list; the files stay in the directory. */
  public void clear() {
    synchronized (messages) {
      messages.clear();
    }
  }

  private record Arrival(String id, Instant instant) {}
}
