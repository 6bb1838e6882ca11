package cn.gov.zj.cloud.launcher;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a developer needs after the start: where to go, how to sign in, how long it took. */
final class Banner {

  private Banner() {}

  static String of(
      StackSettings settings,
      DatabaseServer database,
      StartupTimes times,
      TenantDirectory tenants) {
    StringBuilder out = new StringBuilder();
    String line = "=".repeat(72);
    out.append(line).append('\n');
    out.append("浙江政务云门户 Zhejiang e-government cloud portal: running / 已启动\n");
    out.append(line).append('\n');
    row(out, "专有云门户 private portal", settings.privateBaseUrl() + "/");
    row(out, "公有云门户 public portal", settings.publicBaseUrl() + "/");
    row(
        out,
        "Keycloak 管理 admin",
        settings.keycloakUrl() + "/admin  (" + Stack.KEYCLOAK_ADMIN + ")");
    row(out, "  管理员密码 its password", adminPassword(settings));
    row(
        out,
        "邮件 Mail (development)",
        settings.mailUrl() + "/  (SMTP localhost:" + settings.smtpPort() + ")");
    row(
        out,
        "PostgreSQL",
        database.host()
            + ":"
            + database.port()
            + (settings.embeddedPostgres()
                ? "  (embedded 内置, " + settings.dataDirectory().resolve("pg") + ")"
                : "  (external 外部: "
                    + database.privateZone().name()
                    + ", "
                    + database.publicZone().name()
                    + ", "
                    + database.keycloak().name()
                    + ")"));
    row(out, "数据目录 data", settings.dataDirectory().toString());
    row(out, "日志 logs", settings.logDirectory().toString());
    if (settings.demo()) {
      out.append('\n');
      row(
          out,
          "演示模式 DEMO MODE",
          "ZJ_DEMO=true: demo data; secrets generated in "
              + settings.dataDirectory().resolve("secrets")
              + " — not for production");
      row(out, "演示账号 demo users", "<tenant>.<role> / " + "demo");
      row(
          out,
          "租户 tenants",
          tenants.all().stream().map(t -> t.id().value()).collect(Collectors.joining(", ")));
      row(
          out,
          "角色 roles",
          Arrays.stream(Role.values())
              .map(
                  r ->
                      r.realmRole() + (r.provinceOnly() ? " (" + province(tenants) + " only)" : ""))
              .collect(Collectors.joining(", ")));
      row(out, "例 e.g.", "hangzhou.unit-applicant / demo");
    }
    out.append('\n');
    out.append("启动耗时 start-up times:\n");
    for (Map.Entry<String, Duration> part : times.asMap().entrySet()) {
      row(out, "  " + part.getKey(), seconds(part.getValue()));
    }
    out.append('\n').append("Ctrl-C 停止 stops everything\n").append(line);
    return out.toString();
  }

  /**
   * Issue 15, cluster mode: the portal URLs above are HAProxy's; here each instance and the load
   * balancer's statistics.
   */
  static String cluster(PortalCluster cluster) {
    ClusterLayout layout = cluster.layout();
    StringBuilder out =
        new StringBuilder("\n集群 cluster (HAProxy, cookie ")
            .append(PortalCluster.instanceCookie())
            .append(")\n");
    for (String zone : List.of("private", "public")) {
      List<Integer> ports = layout.instancePorts(zone);
      for (int i = 0; i < ports.size(); i++) {
        row(
            out,
            "  " + LoadBalancer.instanceName(zone, i),
            "http://localhost:"
                + ports.get(i)
                + "/  (data grid 数据网格 "
                + layout.dataGridPorts(zone).get(i)
                + ")");
      }
    }
    row(out, "  负载均衡统计 HAProxy stats", "http://localhost:" + layout.statsPort() + "/");
    return out.toString();
  }

  /** Where the password is: the generated file, or the variable that passed it. */
  private static String adminPassword(StackSettings settings) {
    Path file = InstallationSecrets.file(settings, InstallationSecrets.KEYCLOAK_ADMIN_PASSWORD);
    return Files.isRegularFile(file)
        ? "cat " + file
        : "$" + InstallationSecrets.KEYCLOAK_ADMIN_PASSWORD + " (as passed)";
  }

  private static String province(TenantDirectory tenants) {
    Tenant province = tenants.province();
    return province.id().value();
  }

  /** Pads by display width: a Chinese character takes two columns in a terminal. */
  private static void row(StringBuilder out, String label, String value) {
    int width = label.codePoints().map(c -> Character.isIdeographic(c) ? 2 : 1).sum();
    out.append(label).append(" ".repeat(Math.max(1, 30 - width))).append(value).append('\n');
  }

  static String seconds(Duration duration) {
    return String.format("%.1f s", duration.toMillis() / 1000.0);
  }
}
