package cn.gov.zj.cloud.launcher.mail;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.OutputStream;
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
 * The messages GreenMail accepted, one per SMTP transaction with all its envelope recipients (a
 * notification goes to many by Bcc; GreenMail's own store keeps a copy in each recipient's inbox).
 * Each one is also written as an {@code .eml} file into a directory. The list lasts as long as the
 * process; the files stay.
 */
public final class Mailbox implements MessageDeliveryHandler {

  /** UTC, so that file names sort by arrival whatever the time zone. */
  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS").withZone(ZoneOffset.UTC);

  private final Path directory;
  private final GreenMail greenMail;
  private final MessageDeliveryHandler inboxes;
  private final Clock clock = Clock.systemUTC();
  private final List<ReceivedMail> messages = new ArrayList<>();
  private MovingMessage last;
  private long sequence;

  /**
   * Creates {@code directory} when missing, and lists what {@code greenMail} delivers from now on
   * (its own handler still finds, or creates, each recipient's inbox).
   */
  Mailbox(Path directory, GreenMail greenMail) {
    this.directory = directory.toAbsolutePath().normalize();
    this.greenMail = greenMail;
    this.inboxes = greenMail.getUserManager().getMessageDeliveryHandler();
    greenMail.getUserManager().setMessageDeliveryHandler(this);
    try {
      Files.createDirectories(this.directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the mail directory " + directory, e);
    }
  }

  public Path directory() {
    return directory;
  }

  /**
   * Called by GreenMail for each recipient of a transaction in turn (its SMTP manager delivers one
   * transaction at a time): the first call lists the message.
   */
  @Override
  public GreenMailUser handle(MovingMessage message, MailAddress recipient)
      throws MessagingException, UserException {
    synchronized (messages) {
      if (message != last) {
        last = message;
        messages.add(store(message));
      }
    }
    return inboxes.handle(message, recipient);
  }

  private ReceivedMail store(MovingMessage message) throws MessagingException {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    String id = ID_TIME.format(now) + "-" + String.format("%06d", ++sequence);
    Path file = directory.resolve(id + ".eml");
    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
      message.getMessage().writeTo(out);
    } catch (IOException e) {
      throw new MessagingException("cannot write " + file, e);
    }
    MailAddress from = message.getReturnPath();
    List<String> to =
        message.getToAddresses().stream().map(MailAddress::getEmail).sorted().toList();
    return new ReceivedMail(
        id, from == null ? "" : from.getEmail(), to, now, message.getMessage(), file);
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

  /** Empties the list and GreenMail's inboxes; the files stay in the directory. */
  public void clear() {
    synchronized (messages) {
      messages.clear();
      try {
        greenMail.purgeEmailFromAllMailboxes();
      } catch (FolderException e) {
        throw new IllegalStateException("cannot empty GreenMail's inboxes", e);
      }
    }
  }
}
