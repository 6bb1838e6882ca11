package cn.gov.zj.cloud.devdb.junit;

import cn.gov.zj.cloud.devdb.DevPostgres;
import cn.gov.zj.cloud.devdb.ZoneDatabase;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a clean embedded PostgreSQL before any test of the session (before Arquillian starts
 * Payara), with the zone databases ready. A module registers it in its test resources under {@code
 * META-INF/services/org.junit.platform.launcher.LauncherSessionListener}; the port comes from the
 * {@code ZJ_DB_PORT} environment variable, which the forked Payara reads as well.
 */
public class ZoneDatabaseSession implements LauncherSessionListener {

  private DevPostgres postgres;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String port = System.getenv("ZJ_DB_PORT");
    if (port == null) {
      return;
    }
    Path data = Path.of(System.getProperty("java.io.tmpdir"), "zone-db-" + port);
    postgres = DevPostgres.start(data, Integer.parseInt(port), true);
    postgres.ensure(ZoneDatabase.PRIVATE);
    postgres.ensure(ZoneDatabase.PUBLIC);
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (postgres != null) {
      postgres.close();
    }
  }
}
