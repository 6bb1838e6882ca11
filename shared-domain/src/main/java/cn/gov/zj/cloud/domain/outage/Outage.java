package cn.gov.zj.cloud.domain.outage;

import java.net.ConnectException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Issue 15, faults operators meet: recognises, in a failure and everything it wraps (JTA, JPA,
 * EclipseLink, the connection pool, the JDBC driver), a database that cannot be reached and a disk
 * that is full, so that the portals answer them with a clean 503 or 507 instead of a 500. Plain
 * Java: it reads exception types, SQL states and the operating system's error text only.
 */
public final class Outage {

  /** What a client is told to wait before trying again ({@code Retry-After}, seconds). */
  public static final int RETRY_AFTER_SECONDS = 5;

  /** How deep a chain of causes is followed; a longer one is not a chain but a loop. */
  private static final int MAX_DEPTH = 64;

  /**
   * The pool's words when it cannot hand out a connection, and when a connection it handed out died
   * under a transaction (Payara's JDBC resource adapter, also inside an XAException).
   */
  private static final List<String> POOL_WORDS =
      List.of("Error in allocating a connection", "the physical connection is not usable");

  private Outage() {}

  /**
   * A database that cannot be reached, is shutting down or starting up: SQL state class 08
   * (connection exception), 57P01–57P03 (operator intervention: shut down, cannot connect now),
   * 53300 (too many connections), the JDBC connection exceptions, a refused TCP connection, or a
   * pool that cannot allocate a connection.
   */
  public static boolean ofDatabase(Throwable failure) {
    return anyCause(failure, Outage::databaseUnreachable);
  }

  /** A disk that is full: {@code ENOSPC} ("No space left on device") or a quota exceeded. */
  public static boolean ofDisk(Throwable failure) {
    return anyCause(failure, Outage::diskFull);
  }

  private static boolean databaseUnreachable(Throwable cause) {
    if (cause instanceof SQLTransientConnectionException
        || cause instanceof SQLNonTransientConnectionException
        || cause instanceof ConnectException) {
      return true;
    }
    if (cause instanceof SQLException sql) {
      String state = sql.getSQLState();
      if (state != null
          && (state.startsWith("08")
              || state.equals("57P01")
              || state.equals("57P02")
              || state.equals("57P03")
              || state.equals("53300"))) {
        return true;
      }
    }
    String message = cause.getMessage();
    return message != null && POOL_WORDS.stream().anyMatch(message::contains);
  }

  private static boolean diskFull(Throwable cause) {
    String text =
        cause instanceof FileSystemException fs && fs.getReason() != null
            ? fs.getReason()
            : cause.getMessage();
    return text != null
        && (text.contains("No space left on device") || text.contains("Disk quota exceeded"));
  }

  private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    return visit(failure, test, seen, 0);
  }

  private static boolean visit(
      Throwable cause, Predicate<Throwable> test, Set<Throwable> seen, int depth) {
    if (cause == null || depth > MAX_DEPTH || !seen.add(cause)) {
      return false;
    }
    if (test.test(cause)) {
      return true;
    }
    Throwable next = cause instanceof SQLException sql ? sql.getNextException() : null;
    return visit(cause.getCause(), test, seen, depth + 1) || visit(next, test, seen, depth + 1);
  }
}
