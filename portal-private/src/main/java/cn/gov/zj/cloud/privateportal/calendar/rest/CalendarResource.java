package cn.gov.zj.cloud.privateportal.calendar.rest;

import cn.gov.zj.cloud.domain.calendar.CalendarNotice;
import cn.gov.zj.cloud.domain.calendar.DueDate;
import cn.gov.zj.cloud.domain.calendar.HolidayBlock;
import cn.gov.zj.cloud.domain.calendar.NoticeTemplate;
import cn.gov.zj.cloud.domain.calendar.WorkingDays;
import cn.gov.zj.cloud.domain.calendar.YearSummary;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.calendar.CalendarNotices;
import cn.gov.zj.cloud.privateportal.calendar.WorkingCalendar;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;

/** Art. 8–12, 25: due dates in working days on the official calendar, and its yearly notices. */
@Path("tenants/{tenant}/calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

  @Inject private WorkingCalendar calendar;
  @Inject private CalendarNotices notices;

  /**
   * Art. 8: the N-th working day strictly after {@code from}; provisional past the loaded notices.
   */
  @GET
  @Path("due-date")
  public String dueDate(
      @QueryParam("from") String from, @QueryParam("workingDays") String workingDays) {
    Violations violations = new Violations();
    LocalDate start = date(from, violations);
    WorkingDays count = workingDays(workingDays, violations);
    violations.throwIfAny();
    DueDate due = calendar.current().dueDate(start, count);
    return Json.createObjectBuilder()
        .add("from", start.toString())
        .add("workingDays", count.value())
        .add("due", due.date().toString())
        .add("provisional", due.provisional())
        .build()
        .toString();
  }

  /** The years whose notice is loaded. */
  @GET
  @Path("years")
  public String years() {
    JsonArrayBuilder years = Json.createArrayBuilder();
    calendar.current().years().forEach(year -> years.add(year.getValue()));
    return Json.createObjectBuilder().add("years", years).build().toString();
  }

  /**
   * Art. 8–12: the template of a notice for {@code year} (default: the year after the last loaded),
   * its instructions in Chinese; a CSV that {@code POST notices} reads once filled in.
   */
  @GET
  @Path("notice-template")
  @Produces(NoticeTemplate.CONTENT_TYPE)
  public Response template(@QueryParam("year") String year) {
    Set<Year> asked = years("year", year);
    if (asked.size() > 1) {
      new Violations().add("year", "validation.notANumber").throwIfAny();
    }
    Year wanted =
        asked.isEmpty() ? calendar.current().years().last().plusYears(1) : asked.iterator().next();
    return Response.ok(NoticeTemplate.of(wanted, calendar.current()))
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + NoticeTemplate.fileName(wanted) + "\"")
        .build();
  }

  /**
   * Art. 8–12: the province administrator loads a notice (CSV {@code date,kind,name}); with {@code
   * preview=true} it is only checked and summarised.
   */
  @POST
  @Path("notices")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  public Response load(
      String csv, @QueryParam("years") String years, @QueryParam("preview") boolean preview) {
    Set<Year> declared = years("years", years);
    byte[] content = csv == null ? new byte[0] : csv.getBytes(StandardCharsets.UTF_8);
    if (preview) {
      return Response.ok(summary(notices.preview(content, declared), false).toString()).build();
    }
    return Response.status(Response.Status.CREATED)
        .entity(summary(notices.load(content, declared), true).toString())
        .build();
  }

  private static JsonObject summary(CalendarNotice notice, boolean loaded) {
    JsonArrayBuilder years = Json.createArrayBuilder();
    for (YearSummary year : notice.summary()) {
      JsonArrayBuilder blocks = Json.createArrayBuilder();
      for (HolidayBlock block : year.blocks()) {
        blocks.add(
            Json.createObjectBuilder()
                .add("name", block.name())
                .add("first", block.first().toString())
                .add("last", block.last().toString())
                .add("makeupWorkdays", block.makeupWorkdays().size()));
      }
      years.add(
          Json.createObjectBuilder()
              .add("year", year.year().getValue())
              .add("holidays", year.holidays())
              .add("makeupWorkdays", year.makeupWorkdays())
              .add("blocks", blocks));
    }
    return Json.createObjectBuilder().add("loaded", loaded).add("years", years).build();
  }

  /**
   * Art. 25: the days a due date may start from, and the years a notice may declare; beyond them a
   * date's arithmetic overflows (a 500 once), and no notice exists.
   */
  private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

  private static final LocalDate LAST_DAY = LocalDate.of(2999, 12, 31);

  private static LocalDate date(String text, Violations violations) {
    if (text == null || text.isBlank()) {
      violations.add("from", "validation.required");
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(text.strip());
      if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
        violations.add("from", "validation.outOfRange", FIRST_DAY, LAST_DAY);
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      violations.add("from", "validation.notADate");
      return null;
    }
  }

  private static WorkingDays workingDays(String text, Violations violations) {
    if (text == null || text.isBlank()) {
      violations.add("workingDays", "validation.required");
      return null;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (WorkingDays.isValid(value)) {
        return WorkingDays.of(value);
      }
      violations.add("workingDays", "validation.outOfRange", WorkingDays.MIN, WorkingDays.MAX);
    } catch (NumberFormatException e) {
      violations.add("workingDays", "validation.notANumber");
    }
    return null;
  }

  private static Set<Year> years(String field, String text) {
    Set<Year> years = new TreeSet<>();
    if (text == null || text.isBlank()) {
      return years;
    }
    Violations violations = new Violations();
    for (String part : text.split(",")) {
      try {
        int year = Integer.parseInt(part.strip());
        if (year < FIRST_DAY.getYear() || year > LAST_DAY.getYear()) {
          violations.addOnce(
              field,
              "validation.outOfRange",
              String.valueOf(FIRST_DAY.getYear()),
              String.valueOf(LAST_DAY.getYear()));
        } else {
          years.add(Year.of(year));
        }
      } catch (NumberFormatException e) {
        violations.addOnce(field, "validation.notANumber");
      }
    }
    violations.throwIfAny();
    return years;
  }
}
