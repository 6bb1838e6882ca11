package cn.gov.zj.cloud.benchmark;

import cn.gov.zj.cloud.domain.feedback.RectificationRate;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;

/**
 * Art. 4, 22, 23: the figures the pages answered, each beside a direct SQL count of the same rows
 * (as the superuser, over the tables the counters are kept from; the rectification beside the
 * domain's own computation over the bad reviews), printed equal or not equal.
 */
final class DashboardChecks {

  private static final String IN_YEAR =
      " >= make_timestamptz(?, 1, 1, 0, 0, 0, 'Asia/Shanghai')"
          + " and %1$s < make_timestamptz(? + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai')";

  private static final String WAITING =
      " and step is not null and state not in ('ACTIVE', 'DENIED', 'TERMINATED')";

  private final DataLoad zone;
  private final DataLoad publicZone;
  private final String city;
  private final int year;
  private int unequal;

  DashboardChecks(DataLoad zone, DataLoad publicZone, String city, int year) {
    this.zone = zone;
    this.publicZone = publicZone;
    this.city = city;
    this.year = year;
  }

  /** Prints every check; the answers by page name as the benchmark printed them. */
  void print(java.util.Map<String, JsonObject> answers) throws SQLException {
    System.out.printf("%nFigures against a direct SQL count (%s, %d):%n", city, year);
    JsonObject cityFigures = answers.get("city dashboard");
    JsonObject total = answers.get("province dashboard").getJsonObject("total");
    JsonObject citizens = answers.get("public statistics").getJsonObject("citizens");
    try (Connection db = zone.superuser()) {
      dashboard(db, "city", cityFigures, "tenant_id = '" + city + "'");
      dashboard(db, "province total", total, "tenant_id <> 'zhejiang'");
      JsonArray units = answers.get("unit assessment list").getJsonArray("items");
      check(
          "unit assessment: units listed",
          units == null ? null : units.size(),
          count(
              db,
              "select count(*) from using_unit where tenant_id = '"
                  + city
                  + "'"
                  + " and retired_at is null"));
      check(
          "unit assessment: systems on cloud (sum)",
          units == null
              ? null
              : units.stream()
                  .mapToLong(u -> number(u.asJsonObject().getJsonObject("adoption"), "onCloud"))
                  .sum(),
          count(
              db,
              "select count(*) from app_system s join using_unit u on u.id = s.unit_id"
                  + " and u.retired_at is null where s.tenant_id = '"
                  + city
                  + "'"
                  + " and s.retired_at is null and s.cloud_status = 'ON_CLOUD'"));
    }
    try (Connection db = publicZone.superuser()) {
      String rated =
          "select count(*) from rating where tenant_id = '"
              + city
              + "'"
              + " and kind = 'CITIZEN' and follow_up_of is null and rated_at"
              + IN_YEAR.formatted("rated_at");
      check(
          "public statistics: citizens' ratings",
          number(citizens, "total"),
          count(db, rated, year, year));
      JsonObject rectification = answers.get("public statistics").getJsonObject("rectification");
      check(
          "public statistics: bad reviews",
          number(rectification, "badReviews"),
          count(db, rated + " and grade = 'DISSATISFIED'", year, year));
      rectification(rectification, RectificationDirect.of(db, city, year, Instant.now()));
    }
    System.out.printf(
        "%s%n",
        unequal == 0 ? "Every figure equals its direct count." : unequal + " figures NOT EQUAL.");
  }

  /**
   * Art. 23: the answered rectification (kept counts against the due dates) beside the domain's
   * computation over every bad review; both at the same Beijing date unless a midnight passed.
   */
  private void rectification(JsonObject answered, RectificationRate direct) {
    String name = "public statistics: ";
    check(
        name + "called back in time",
        number(answered, "calledBackInTime"),
        direct.calledBackInTime());
    check(
        name + "call back decided", number(answered, "callbackDecided"), direct.callbackDecided());
    check(
        name + "rectified in time", number(answered, "rectifiedInTime"), direct.rectifiedInTime());
    check(
        name + "rectification decided",
        number(answered, "rectificationDecided"),
        direct.rectificationDecided());
  }

  private void dashboard(Connection db, String name, JsonObject figures, String tenants)
      throws SQLException {
    String events =
        "select count(*) from application_event where "
            + tenants
            + " and details like '%\"closedStep\"%' and occurred_at"
            + IN_YEAR.formatted("occurred_at");
    JsonArray steps = figures.getJsonArray("steps");
    check(
        name + ": applications opened",
        number(figures.getJsonObject("applications"), "opened"),
        count(
            db,
            "select count(*) from application where "
                + tenants
                + " and created_at"
                + IN_YEAR.formatted("created_at"),
            year,
            year));
    check(name + ": steps closed", sum(steps, "closed"), count(db, events, year, year));
    check(
        name + ": steps closed in time",
        sum(steps, "met"),
        count(db, events + " and details::jsonb #>> '{closedStep,met}' = 'true'", year, year));
    check(
        name + ": steps waiting",
        sum(steps, "waiting"),
        count(db, "select count(*) from application where " + tenants + WAITING));
    String ratings =
        "select count(*) from service_rating where "
            + tenants
            + " and follow_up_of is null and rated_at"
            + IN_YEAR.formatted("rated_at");
    JsonObject satisfaction = figures.getJsonObject("satisfaction");
    check(
        name + ": units' ratings",
        number(satisfaction.getJsonObject("units"), "rated"),
        count(db, ratings + " and kind = 'PROVIDER'", year, year));
    check(
        name + ": citizens' ratings",
        number(satisfaction.getJsonObject("citizens"), "rated"),
        count(db, ratings + " and kind = 'CITIZEN'", year, year));
    check(
        name + ": citizens satisfied",
        number(satisfaction.getJsonObject("citizens"), "satisfied"),
        count(db, ratings + " and kind = 'CITIZEN' and grade <> 'DISSATISFIED'", year, year));
    String samples =
        " from usage_sample where "
            + tenants
            + " and day >= make_date(?, 1, 1)"
            + " and day < make_date(? + 1, 1, 1)";
    JsonObject resources = figures.getJsonObject("resources");
    check(
        name + ": usage samples",
        number(resources, "samples"),
        count(db, "select count(*)" + samples, year, year));
    check(
        name + ": mean CPU % x 10",
        decimal(resources, "cpuAvgPct"),
        count(
            db, "select (round(avg(cpu_avg_pct::numeric), 1) * 10)::bigint" + samples, year, year));
  }

  private void check(String figure, Long answered, long direct) {
    boolean equal = Objects.equals(answered, direct);
    unequal += equal ? 0 : 1;
    System.out.printf(
        "  %-52s %,14d  direct %,14d  %s%n",
        figure, answered == null ? -1 : answered, direct, equal ? "equal" : "NOT EQUAL");
  }

  private void check(String figure, Integer answered, long direct) {
    check(figure, answered == null ? null : answered.longValue(), direct);
  }

  private static Long number(JsonObject object, String key) {
    return object == null || !(object.get(key) instanceof JsonNumber n) ? null : n.longValue();
  }

  /** A one-decimal figure times ten. */
  private static Long decimal(JsonObject object, String key) {
    if (object == null || !(object.get(key) instanceof JsonNumber n)) {
      return null;
    }
    BigDecimal value = n.bigDecimalValue();
    return value.movePointRight(1).longValue();
  }

  private static Long sum(JsonArray array, String key) {
    if (array == null) {
      return null;
    }
    return array.stream()
        .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
        .mapToLong(v -> number(v.asJsonObject(), key) == null ? 0 : number(v.asJsonObject(), key))
        .sum();
  }

  private static long count(Connection db, String query, int... values) throws SQLException {
    try (PreparedStatement sql = db.prepareStatement(query)) {
      for (int i = 0; i < values.length; i++) {
        sql.setInt(i + 1, values[i]);
      }
      try (ResultSet row = sql.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
