package cn.gov.zj.cloud.privateportal.audit;

import static cn.gov.zj.cloud.privateportal.Deployments.actAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.audit.ChainWalk.Break;
import cn.gov.zj.cloud.domain.audit.ChainWalk.Verdict;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.Deployments;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.registry.Units;
import cn.gov.zj.cloud.privateportal.registry.UsingUnit;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 18, 20: the audit log's hash chain in Payara Micro on PostgreSQL: intact as the application
 * writes it, also under concurrent appends; a record changed or deleted by the database superuser
 * with the triggers disabled is found and named; each restored record makes it whole again. Runs in
 * {@code quzhou}, whose chain no other test reads.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

  private static final String TENANT = "quzhou";

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Inject HttpServletRequest request;
  @Inject Units units;
  @Inject AuditChain chain;
  @Inject AuditTrail trail;

  @Resource(lookup = "java:app/jdbc/private")
  DataSource dataSource;

  /** At least three records in the tenant's chain, through the application. */
  private void someRecords() {
    actAs(request, TENANT, null, Role.TENANT_ADMIN);
    UsingUnit unit =
        units.create("衢州市审计链测试局", Deployments.freshCreditCode("12330800"), "0570-1234567");
    units.update(unit.getId(), "衢州市审计链测试局（更名）", unit.getCreditCode(), "0570-1234567");
    units.update(unit.getId(), "衢州市审计链测试局", unit.getCreditCode(), "0570-7654321");
  }

  private Verdict verify() {
    actAs(request, TENANT, null, Role.SECURITY_SUPERVISOR);
    return chain.verify(null);
  }

  @Test
  @DisplayName("Art. 18: the chain the application writes is intact, and the check is recorded")
  void art18_anUntouchedChainIsIntact() throws SQLException {
    someRecords();
    long recorded = count("audit.verify");
    Verdict verdict = verify();
    assertTrue(verdict.intact(), verdict.toString());
    assertNull(verdict.firstBroken());
    assertEquals(count(null) - 1, verdict.checked(), "every record but the check's own");
    assertEquals(recorded + 1, count("audit.verify"));
  }

  @Test
  @DisplayName(
      "Art. 20 tamper: a record changed by the superuser with triggers disabled is named;"
          + " restored, the chain is whole")
  void art20_aChangedRecordIsNamed() throws SQLException {
    someRecords();
    long victim = chainIds().get(1);
    String actor = superuserText("select actor from audit_event where id = " + victim);
    superuser("update audit_event set actor = 'forger' where id = " + victim);
    try {
      Verdict verdict = verify();
      assertFalse(verdict.intact());
      assertEquals(victim, verdict.firstBroken());
      assertEquals(Break.ALTERED, verdict.reason());
    } finally {
      superuser("update audit_event set actor = '" + actor + "' where id = " + victim);
    }
    assertTrue(verify().intact());
  }

  @Test
  @DisplayName(
      "Art. 20 tamper: a record deleted by the superuser is found at the record after it;"
          + " restored, the chain is whole")
  void art20_aDeletedRecordIsFound() throws SQLException {
    someRecords();
    List<Long> ids = chainIds();
    long victim = ids.get(ids.size() - 3);
    long next = ids.get(ids.size() - 2);
    deleteAndCheck(
        victim,
        verdict -> {
          assertFalse(verdict.intact());
          assertEquals(next, verdict.firstBroken());
          assertEquals(Break.GAP, verdict.reason());
        });
    assertTrue(verify().intact());
  }

  @Test
  @DisplayName("Art. 20 tamper: the last record deleted by the superuser is found by the head")
  void art20_aDeletedLastRecordIsFound() throws SQLException {
    someRecords();
    List<Long> ids = chainIds();
    deleteAndCheck(
        ids.get(ids.size() - 1),
        verdict -> {
          assertFalse(verdict.intact());
          assertNull(verdict.firstBroken());
          assertEquals(Break.TRUNCATED, verdict.reason());
        });
    assertTrue(verify().intact());
  }

  @Test
  @DisplayName("Art. 20 tamper: a record slipped in by the superuser outside the chain is named")
  void art20_aRecordSlippedInIsNamed() throws SQLException {
    someRecords();
    superuser(
        "insert into audit_event (tenant_id, occurred_at, actor, action, entity_type)"
            + " values ('"
            + TENANT
            + "', now(), 'forger', 'unit.create', 'unit')");
    long forged =
        Long.parseLong(
            superuserText(
                "select max(id) from audit_event where actor = 'forger' and tenant_id = '"
                    + TENANT
                    + "'"));
    try {
      Verdict verdict = verify();
      assertFalse(verdict.intact());
      assertEquals(forged, verdict.firstBroken());
    } finally {
      superuser("delete from audit_event where id = " + forged);
    }
    assertTrue(verify().intact());
  }

  @Test
  @DisplayName("Art. 18: concurrent transactions appending to one tenant never fork its chain")
  void art18_concurrentAppendsKeepTheChainIntact() throws Exception {
    someRecords();
    int threads = 4;
    int each = 15;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      done.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < each; i++) {
                  appendTwo("thread-" + thread + "-" + i);
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> future : done) {
      future.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();
    Verdict verdict = verify();
    assertTrue(verdict.intact(), verdict.toString());
    assertEquals(
        superuserText("select count(*) from audit_event where tenant_id = '" + TENANT + "'"),
        superuserText("select seq from audit_chain_head where tenant_id = '" + TENANT + "'"));
  }

  @Test
  @DisplayName(
      "Art. 18 attacks: verification needs the security supervisor (403); another city is 404;"
          + " the province verifies any city; nothing is recorded on a refusal")
  void art18_verifyRefusals() throws SQLException {
    long recorded = count("audit.verify");
    for (Role role : List.of(Role.UNIT_APPLICANT, Role.TENANT_ADMIN, Role.REVIEWER)) {
      actAs(request, TENANT, null, role);
      assertThrows(AccessDenied.class, () -> chain.verify(null), role.name());
    }
    actAs(request, TENANT, null, Role.SECURITY_SUPERVISOR);
    assertThrows(NotFound.class, () -> chain.verify("ningbo"));
    assertThrows(NotFound.class, () -> chain.verify("../ningbo"));
    assertThrows(NotFound.class, () -> chain.verify("x".repeat(5000)));
    actAs(request, "zhejiang", null, Role.PROVINCE_ADMIN);
    assertThrows(NotFound.class, () -> chain.verify("shanghai"));
    assertEquals(recorded, count("audit.verify"), "no refusal recorded as a verification");
    assertTrue(chain.verify("ningbo").intact());
  }

  @Test
  @DisplayName(
      "Art. 18: the viewer filters by person, action, object and time; the reading is recorded;"
          + " other roles are refused")
  void art18_viewerFiltersAndRecordsTheReading() throws SQLException {
    someRecords();
    actAs(request, TENANT, null, Role.SECURITY_SUPERVISOR);
    Violations violations = new Violations();
    AuditFilter filter =
        AuditFilter.parse(TENANT + ".TEST", "unit.update", "unit", "2000-01-01", null, violations);
    assertTrue(violations.isEmpty());
    PageRequest page = new PageRequest(0, 5, "id", true, null);
    var found = trail.page(filter, page);
    assertTrue(found.total() >= 2);
    assertTrue(found.items().stream().allMatch(e -> e.getAction().equals("unit.update")));
    assertEquals(
        0,
        trail
            .page(AuditFilter.parse(null, null, null, null, "1999-12-31", new Violations()), page)
            .total());
    long views = count("audit.view");
    trail.viewed(filter);
    assertEquals(views + 1, count("audit.view"));
    actAs(request, TENANT, null, Role.REVIEWER);
    assertThrows(AccessDenied.class, () -> trail.page(AuditFilter.NONE, page));
    Violations bad = new Violations();
    AuditFilter.parse("\u0000", "no.such", null, "2026-13-01", "x", bad);
    assertEquals(
        List.of("actor", "action", "from", "to"),
        bad.errors().stream().map(e -> e.field()).toList());
  }

  /** Two records in one transaction of the tenant, as the batched writers append them. */
  private void appendTwo(String marker) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement scope =
          c.prepareStatement("select set_config('app.tenant', ?, true)")) {
        scope.setString(1, TENANT);
        scope.execute();
      }
      try (AuditLog.Batch batch = AuditLog.batch(c)) {
        Instant now = Instant.parse("2026-12-07T02:00:00Z");
        batch.add(TENANT, now, marker, AuditAction.UNIT_UPDATE, "unit", marker, null, null);
        batch.add(TENANT, now, marker, AuditAction.UNIT_UPDATE, "unit", marker, null, null);
        batch.flush();
      }
      c.commit();
    }
  }

  /** Deletes a record as the superuser, checks the verdict, and puts the record back as it was. */
  private void deleteAndCheck(long victim, java.util.function.Consumer<Verdict> check)
      throws SQLException {
    try (Connection c = superuser()) {
      c.createStatement()
          .execute("create temp table saved as select * from audit_event where id = " + victim);
      c.createStatement().execute("delete from audit_event where id = " + victim);
      try {
        check.accept(verify());
      } finally {
        c.createStatement()
            .execute("insert into audit_event overriding system value select * from saved");
      }
    }
  }

  /** The tenant's record ids in the chain's order. */
  private List<Long> chainIds() throws SQLException {
    try (Connection c = superuser();
        ResultSet rows =
            c.createStatement()
                .executeQuery(
                    "select id from audit_event where tenant_id = '"
                        + TENANT
                        + "' order by chain_seq")) {
      List<Long> ids = new ArrayList<>();
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
      return ids;
    }
  }

  private long count(String action) throws SQLException {
    return Long.parseLong(
        superuserText(
            "select count(*) from audit_event where tenant_id = '"
                + TENANT
                + "'"
                + (action == null ? "" : " and action = '" + action + "'")));
  }

  private String superuserText(String query) throws SQLException {
    try (Connection c = superuser();
        ResultSet rows = c.createStatement().executeQuery(query)) {
      rows.next();
      return rows.getString(1);
    }
  }

  private void superuser(String statement) throws SQLException {
    try (Connection c = superuser()) {
      c.createStatement().execute(statement);
    }
  }

  /**
   * The database superuser, as an intruder with the server's keys would act: row-level security
   * does not bind it, and with {@code session_replication_role = replica} no trigger fires (neither
   * the append-only guard nor the chain's).
   */
  private static Connection superuser() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", "postgres");
    Connection c =
        new org.postgresql.Driver()
            .connect(
                "jdbc:postgresql://"
                    + System.getenv("ZJ_DB_HOST")
                    + ":"
                    + System.getenv("ZJ_DB_PORT")
                    + "/"
                    + System.getenv("ZJ_PRIVATE_DB_NAME"),
                properties);
    c.createStatement().execute("set session_replication_role = replica");
    return c;
  }
}
