package cn.gov.zj.cloud.systemtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Art. 14: a training session with registration and attendance, in headless Chromium. */
@ExtendWith(RunningStack.class)
class TrainingJourneyIT {

  private static final String TENANT = "huzhou";
  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  @Test
  @DisplayName(
      "Art. 14: the provider schedules a session, a unit applicant registers, the provider records attendance after the start, the unit's record shows it")
  void art14_trainingWithRegistrationAndAttendance() throws Exception {
    String title = Submissions.uniqueName("政务云运维培训");
    // the session starts tomorrow: registration now; then its start is moved into the past
    Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofDays(1));
    String session;
    try (Browser provider = new Browser()) {
      provider.open("/t/" + TENANT + "/trainings");
      provider.signIn(TENANT + ".provider-operator");
      provider.type("schedule-form:title", title);
      provider.type("schedule-form:starts-at", "明天");
      provider.type("schedule-form:place", "湖州市政务服务中心 301");
      provider.click("schedule-form:schedule");
      provider.waitForText("schedule-form:starts-at-message", "yyyy-MM-dd HH:mm");
      provider.type("schedule-form:starts-at", MINUTES.format(start));
      provider.click("schedule-form:schedule");
      provider.waitForUrlContaining("/training?id=");
      provider.waitForText("page-messages", "培训已安排");
      session = provider.driver().getCurrentUrl().replaceAll("^.*[?&]id=(\\d+).*$", "$1");
      assertTrue(provider.text("session-seats").contains("30 / 30"));
    }

    try (Browser unit = new Browser()) {
      unit.open("/t/" + TENANT + "/trainings");
      unit.signIn(TENANT + ".unit-applicant");
      unit.type("trainings-form:trainings-table:globalFilter", title);
      unit.waitForText("trainings-form:trainings-table", title);
      unit.click("trainings-form:trainings-table:0:register");
      unit.waitForText("trainings-form:messages", "报名成功");
      unit.waitForText("trainings-form:trainings-table", "29 / 30");
    }

    TimeShift.move(
        TENANT,
        "update training_session set starts_at = now() - interval '5 minutes' where id = ?",
        Long.parseLong(session));
    try (Browser provider = new Browser()) {
      provider.open("/t/" + TENANT + "/training?id=" + session);
      provider.signIn(TENANT + ".provider-operator");
      provider.click("attendance-form:present:0");
      provider.click("attendance-form:record-attendance");
      provider.waitForText("page-messages", "出勤已登记");
      provider.waitForText("attendance-form:registrations-table:0:attended", "出勤");
    }

    try (Browser unit = new Browser()) {
      unit.open("/t/" + TENANT + "/training-record");
      unit.signIn(TENANT + ".unit-applicant");
      unit.type("record-form:record-table:globalFilter", title);
      unit.waitForText("record-form:record-table:0:session-link", title);
      unit.waitForText("record-form:record-table:0:attended", "出勤");
    }
  }

  @Test
  @DisplayName(
      "Art. 14: the provider uploads a material file on the session page; a unit sees it only after registering and downloads it; a training edit tells the registered unit")
  void art14_materialFilesAndEditNotice() throws Exception {
    String base = "/api/v1/tenants/" + TENANT + "/trainings";
    String title = Submissions.uniqueName("政务云资料培训");
    var scheduled =
        Api.post(
            Tokens.of(TENANT, "provider-operator"),
            base,
            "{\"title\": \""
                + title
                + "\", \"startsAt\": \"2030-04-01T09:00:00+08:00\", \"durationMinutes\": 60,"
                + " \"place\": \"湖州市政务服务中心 301\", \"capacity\": 10}");
    assertEquals(201, scheduled.statusCode(), scheduled.body());
    long id = Api.json(scheduled.body()).getJsonNumber("id").longValue();
    Path pdf = Files.createTempDirectory("training").resolve("讲义.pdf");
    Files.write(pdf, Submissions.PDF);
    String page = "/t/" + TENANT + "/training?id=" + id;
    try (Browser provider = new Browser();
        Browser unit = new Browser()) {
      provider.open(page);
      provider.signIn(TENANT + ".provider-operator");
      provider.element("material-upload-form:file").sendKeys(pdf.toAbsolutePath().toString());
      provider.click("material-upload-form:upload");
      provider.waitForText("files-table", "讲义.pdf");

      unit.open(page);
      unit.signIn(TENANT + ".unit-applicant");
      unit.waitForText("files-closed", "报名");
      assertEquals(
          200,
          Api.post(Tokens.of(TENANT, "unit-applicant"), base + "/" + id + "/registration", "")
              .statusCode());
      unit.open(page);
      unit.waitForText("files-table", "讲义.pdf");
      String link =
          unit.driver().findElement(By.cssSelector("#files-table a.download")).getAttribute("id");
      assertArrayEquals(Submissions.PDF, unit.download(link));
    }
    var moved =
        Api.put(
            Tokens.of(TENANT, "provider-operator"),
            base + "/" + id,
            "{\"title\": \""
                + title
                + "\", \"startsAt\": \"2030-04-02T09:00:00+08:00\", \"durationMinutes\": 60,"
                + " \"place\": \"湖州市政务服务中心 502\", \"capacity\": 10}");
    assertEquals(200, moved.statusCode(), moved.body());
    Api.json(
            Api.get(
                    Tokens.of(TENANT, "unit-applicant"),
                    "/api/v1/tenants/" + TENANT + "/notifications")
                .body())
        .getJsonArray("items")
        .getValuesAs(jakarta.json.JsonObject.class)
        .stream()
        .filter(n -> n.toString().contains("502"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no notice of the move"));
  }
}
