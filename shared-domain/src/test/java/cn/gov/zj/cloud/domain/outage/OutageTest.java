package cn.gov.zj.cloud.domain.outage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutageTest {

  @Test
  @DisplayName("fault_databaseRestart: a lost connection wrapped by JPA and JTA is an outage")
  void connectionLostDeepInTheChain() {
    SQLException driver =
        new SQLException("An I/O error occurred while sending to the backend.", "08006");
    RuntimeException jpa = new RuntimeException("Internal Exception: " + driver, driver);
    RuntimeException jta = new IllegalStateException("transaction rolled back", jpa);
    assertTrue(Outage.ofDatabase(jta));
  }

  @Test
  @DisplayName("fault_databaseRestart: shutting down, starting up and too many connections")
  void operatorStates() {
    assertTrue(Outage.ofDatabase(new SQLException("terminating connection", "57P01")));
    assertTrue(Outage.ofDatabase(new SQLException("the database system is starting up", "57P03")));
    assertTrue(Outage.ofDatabase(new SQLException("too many clients", "53300")));
    assertTrue(Outage.ofDatabase(new SQLTransientConnectionException("pool")));
    assertTrue(Outage.ofDatabase(new RuntimeException(new ConnectException("refused"))));
  }

  @Test
  @DisplayName("fault_databaseRestart: the pool's own words, and a cause behind getNextException")
  void poolAndNextException() {
    assertTrue(
        Outage.ofDatabase(
            new SQLException("Error in allocating a connection. Cause: Connection refused")));
    Exception commit =
        new IllegalStateException(
            "commit failed",
            new Exception(
                "jakarta.resource.ResourceException: This Managed Connection is not valid as the"
                    + " physical connection is not usable"));
    assertTrue(Outage.ofDatabase(commit));
    SQLException batch = new SQLException("batch failed", "22000");
    batch.setNextException(new SQLException("connection closed", "08003"));
    assertTrue(Outage.ofDatabase(batch));
  }

  @Test
  @DisplayName("fault_databaseRestart: a constraint or a bug is no outage (stays a 409 or 500)")
  void ordinaryFailuresAreNot() {
    assertFalse(Outage.ofDatabase(new SQLException("duplicate key", "23505")));
    assertFalse(Outage.ofDatabase(new IllegalStateException("bug")));
    assertFalse(Outage.ofDatabase(null));
  }

  @Test
  @DisplayName("fault_databaseRestart: a chain that loops ends")
  void loopingChain() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);
    assertFalse(Outage.ofDatabase(a));
  }

  @Test
  @DisplayName("fault_diskFull: ENOSPC while writing, wrapped, is a full disk; other I/O is not")
  void diskFull() {
    IOException enospc = new IOException("No space left on device");
    assertTrue(Outage.ofDisk(new UncheckedIOException("cannot receive an attachment", enospc)));
    assertTrue(
        Outage.ofDisk(new FileSystemException("/files/spool/x", null, "No space left on device")));
    assertTrue(Outage.ofDisk(new IOException("Disk quota exceeded")));
    assertFalse(Outage.ofDisk(new IOException("Broken pipe")));
    assertFalse(Outage.ofDisk(new IOException((String) null)));
  }

  @Test
  @DisplayName("fault_diskFull: the refusal names the upload's field and keeps the cause")
  void storageFullNamesTheField() {
    IOException enospc = new IOException("No space left on device");
    StorageFull full = new StorageFull("file", enospc);
    assertEquals("file", full.errors().get(0).field());
    assertEquals(StorageFull.MESSAGE_KEY, full.errors().get(0).messageKey());
    assertTrue(Outage.ofDisk(full));
  }
}
