package cn.gov.zj.cloud.benchmark;

import cn.gov.zj.cloud.domain.application.Action;
import cn.gov.zj.cloud.domain.application.ApplicationState;
import cn.gov.zj.cloud.domain.application.AttachmentKind;
import cn.gov.zj.cloud.domain.application.Step;
import cn.gov.zj.cloud.domain.demo.DemoUnit;
import cn.gov.zj.cloud.domain.registry.CreditCode;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The small tables that {@code load.sql} multiplies out: the tenants with their share of the
 * applications, their using units (Art. 3), the state mix and the lifecycle paths (Art. 6–12).
 */
final class Staging {

  /** Using units per tenant besides its demo unit. */
  static final int UNITS = 300;

  /** Relative sizes: the province and the large cities hold more applications. */
  private static final Map<String, Integer> WEIGHTS =
      Map.ofEntries(
          Map.entry("zhejiang", 12),
          Map.entry("hangzhou", 16),
          Map.entry("ningbo", 12),
          Map.entry("wenzhou", 10),
          Map.entry("jiaxing", 7),
          Map.entry("huzhou", 6),
          Map.entry("shaoxing", 7),
          Map.entry("jinhua", 8),
          Map.entry("quzhou", 5),
          Map.entry("zhoushan", 4),
          Map.entry("taizhou", 8),
          Map.entry("lishui", 5));

  private static final Map<Action, String> OPINIONS =
      Map.of(
          Action.REJECT, "材料不完整，请补充建设方案。",
          Action.DENY, "不符合集约化建设要求，不予批准。",
          Action.APPROVE, "同意，按申请配置资源。",
          Action.FINAL_APPROVE, "测试通过，同意正式上线。");

  private static final Map<Action, AttachmentKind> ATTACHMENTS =
      Map.of(
          Action.SUBMIT, AttachmentKind.CONSTRUCTION_PLAN,
          Action.SUBMIT_TEST_RESULTS, AttachmentKind.FUNCTIONAL_TEST_REPORT,
          Action.REQUEST_TERMINATION, AttachmentKind.BACKUP_CONFIRMATION);

  private final Connection db;

  Staging(Connection db) {
    this.db = db;
  }

  void create() throws SQLException {
    try (Statement sql = db.createStatement()) {
      sql.execute(
          "create temp table bench_tenant (tenant_id text, first_id bigint, apps int, units int)");
      sql.execute("create temp table bench_unit (tenant_id text, ordinal int, id bigint)");
      sql.execute(
          "create temp table bench_mix (state text, lo float8, hi float8, step text,"
              + " step_limit int, terminal bool, recent bool, approved bool, allocated bool,"
              + " pending bool, trial bool, cloud_status text)");
      sql.execute(
          "create temp table bench_path (state text, variant int, seq int, steps_after int,"
              + " action text, from_state text, to_state text, role text, starts_step bool,"
              + " opinion text, details text, attachment_kind text, file_name text)");
    }
  }

  /** Each tenant's share of {@code applications}, with ids after {@code lastId}. */
  void tenants(List<Tenant> tenants, int applications, long lastId) throws SQLException {
    int total = tenants.stream().mapToInt(Staging::weight).sum();
    long next = lastId + 1;
    int left = applications;
    try (PreparedStatement insert =
        db.prepareStatement("insert into bench_tenant values (?, ?, ?, ?)")) {
      for (int i = 0; i < tenants.size(); i++) {
        Tenant tenant = tenants.get(i);
        int apps =
            i == tenants.size() - 1 ? left : (int) ((long) applications * weight(tenant) / total);
        insert.setString(1, tenant.id().value());
        insert.setLong(2, next);
        insert.setInt(3, apps);
        insert.setInt(4, UNITS);
        insert.addBatch();
        next += apps;
        left -= apps;
      }
      insert.executeBatch();
    }
  }

  private static int weight(Tenant tenant) {
    return WEIGHTS.getOrDefault(tenant.id().value(), 8);
  }

  /**
   * Art. 3: {@link #UNITS} using units per tenant with valid credit codes whose organisation code
   * is their ordinal; ordinal 0 is the tenant's demo unit, which the demo users belong to.
   */
  void units(List<Tenant> tenants) throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into using_unit (tenant_id, name, credit_code, contact, created_at,"
                + " updated_at) values (?, ?, ?, ?, now(), now())")) {
      for (Tenant tenant : tenants) {
        for (int ordinal = 1; ordinal <= UNITS; ordinal++) {
          String first17 = "12" + tenant.division() + String.format("%09d", ordinal);
          insert.setString(1, tenant.id().value());
          insert.setString(2, tenant.nameZh() + "基准测试单位" + ordinal);
          insert.setString(3, first17 + CreditCode.checkCharacter(first17));
          insert.setString(4, "0571-8800" + String.format("%04d", ordinal));
          insert.addBatch();
        }
      }
      insert.executeBatch();
    }
    try (PreparedStatement demo =
        db.prepareStatement(
            "insert into bench_unit select tenant_id, case when credit_code = ? then 0"
                + " else substr(credit_code, 9, 9)::int end, id from using_unit"
                + " where tenant_id = ? and (credit_code = ? or credit_code like '12%')")) {
      for (Tenant tenant : tenants) {
        String code = DemoUnit.of(tenant).creditCode().value();
        demo.setString(1, code);
        demo.setString(2, tenant.id().value());
        demo.setString(3, code);
        demo.addBatch();
      }
      demo.executeBatch();
    }
  }

  /** Art. 6–12: the {@link StateMix} as ranges of one random draw, with what each state implies. */
  void mix() throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement("insert into bench_mix values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int from = 0;
      for (Map.Entry<ApplicationState, Integer> share : StateMix.PER_MILLE.entrySet()) {
        ApplicationState state = share.getKey();
        Step step = state.awaits().orElse(null);
        insert.setString(1, state.name());
        insert.setDouble(2, from / 1000.0);
        from += share.getValue();
        insert.setDouble(3, from == 1000 ? 1.1 : from / 1000.0);
        insert.setString(4, step == null ? null : step.name());
        insert.setObject(5, step == null ? null : step.statutoryLimit().value(), Types.INTEGER);
        insert.setBoolean(6, state.isTerminal());
        insert.setBoolean(7, StateMix.recent(state));
        insert.setBoolean(8, StateMix.approved(state));
        insert.setBoolean(9, StateMix.allocated(state));
        insert.setBoolean(10, StateMix.pendingChange(state));
        insert.setBoolean(11, state.isTrialRunning() || state == ApplicationState.TESTS_SUBMITTED);
        insert.setString(12, StateMix.cloudStatus(state));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Art. 6: every state's histories, {@code create} first, then {@link LifecyclePaths}. */
  void paths() throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into bench_path values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (ApplicationState state : ApplicationState.values()) {
        for (int variant = 0; variant < LifecyclePaths.VARIANTS; variant++) {
          List<Action> path = LifecyclePaths.path(state, variant);
          insert.setString(1, state.name());
          insert.setInt(2, variant);
          event(insert, 0, path.size(), null, null);
          ApplicationState from = ApplicationState.DRAFT;
          for (int seq = 1; seq <= path.size(); seq++) {
            Action action = path.get(seq - 1);
            event(insert, seq, path.size() - seq, action, from);
            from = action.to();
          }
        }
      }
      insert.executeBatch();
    }
  }

  private static void event(
      PreparedStatement insert, int seq, int stepsAfter, Action action, ApplicationState from)
      throws SQLException {
    ApplicationState to = action == null ? ApplicationState.DRAFT : action.to();
    Role role = action == null ? Role.UNIT_APPLICANT : action.role();
    AttachmentKind kind = action == null ? null : ATTACHMENTS.get(action);
    insert.setInt(3, seq);
    insert.setInt(4, stepsAfter);
    insert.setString(5, action == null ? "create" : action.restName());
    insert.setString(6, from == null ? null : from.name());
    insert.setString(7, to.name());
    insert.setString(8, role.realmRole());
    insert.setBoolean(9, to.awaits().isPresent());
    insert.setString(10, action == null ? null : OPINIONS.get(action));
    insert.setString(11, action == null ? null : details(action, from, seq));
    insert.setString(12, kind == null ? null : kind.name());
    insert.setString(13, kind == null ? null : kind.name().toLowerCase(Locale.ROOT) + ".pdf");
    insert.addBatch();
  }

  /**
   * Art. 6: what the history keeps besides the opinion, in the portal's form; an action taken in a
   * state that awaits a deadline step closes it (Art. 8–12), met except for every fourth one.
   */
  private static String details(Action action, ApplicationState from, int seq) {
    String details =
        switch (action) {
          case PROVIDE_TRIAL -> "\"attachments\":[],\"trialDays\":30,\"environment\":\"试运行环境\"";
          case REQUEST_EXTENSION -> "\"attachments\":[],\"extensionDays\":15";
          default -> "\"attachments\":[]";
        };
    String closed =
        from.awaits()
            .map(
                step ->
                    ",\"closedStep\":{\"step\":\""
                        + step.name()
                        + "\",\"due\":\"2026-01-05\",\"met\":"
                        + (seq % 4 != 3)
                        + "}")
            .orElse("");
    return "{" + details + closed + "}";
  }
}
