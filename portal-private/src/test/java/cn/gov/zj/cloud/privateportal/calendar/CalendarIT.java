package cn.gov.zj.cloud.privateportal.calendar;

import static cn.gov.zj.cloud.privateportal.Deployments.actAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.calendar.DueDate;
import cn.gov.zj.cloud.domain.calendar.WorkingDays;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.privateportal.AuditProbe;
import cn.gov.zj.cloud.privateportal.Deployments;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** The official calendar in the private zone's database, inside Payara Micro. */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CalendarIT {

  private static final byte[] NOTICE_2027 =
      "date,kind,name\n2027-01-01,HOLIDAY,元旦\n".getBytes(StandardCharsets.UTF_8);

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Inject HttpServletRequest request;
  @Inject WorkingCalendar calendar;
  @Inject CalendarNotices notices;
  @Inject AuditProbe audit;

  private DueDate firstWorkingDayOf2027() {
    return calendar.current().dueDate(LocalDate.of(2026, 12, 31), WorkingDays.of(1));
  }

  @Test
  @Order(1)
  @DisplayName("Art. 8: the shipped 2025 and 2026 notices are loaded at boot; 2027 is provisional")
  void shippedNoticesAtBoot() {
    assertTrue(calendar.current().years().containsAll(List.of(Year.of(2025), Year.of(2026))));
    assertEquals(
        new DueDate(LocalDate.of(2025, 2, 7), false),
        calendar.current().dueDate(LocalDate.of(2025, 1, 27), WorkingDays.of(3)));
    assertEquals(new DueDate(LocalDate.of(2027, 1, 1), true), firstWorkingDayOf2027());
  }

  @Test
  @Order(2)
  @DisplayName("Art. 8–12: a city administrator cannot load a notice; a bad file changes nothing")
  void refusals() {
    actAs(request, "hangzhou", null, Role.TENANT_ADMIN);
    assertThrows(AccessDenied.class, () -> notices.load(NOTICE_2027, Set.of(Year.of(2027))));
    actAs(request, "zhejiang", null, Role.PROVINCE_ADMIN);
    byte[] bad =
        "date,kind,name\n2027-02-30,HOLIDAY,春节\n2027-01-04,MAKEUP_WORKDAY,元旦\n"
            .getBytes(StandardCharsets.UTF_8);
    InvalidInputException invalid =
        assertThrows(InvalidInputException.class, () -> notices.load(bad, Set.of(Year.of(2027))));
    assertEquals(
        List.of("line 2", "line 3"), invalid.errors().stream().map(e -> e.field()).toList());
    assertFalse(calendar.current().years().contains(Year.of(2027)));
  }

  @Test
  @Order(3)
  @DisplayName(
      "Art. 8–12: the province loads the 2027 notice without a release; the date becomes final, audited")
  void provinceLoadsNextYear() {
    actAs(request, "zhejiang", null, Role.PROVINCE_ADMIN);
    assertEquals(1, notices.preview(NOTICE_2027, Set.of()).days().size());
    assertFalse(calendar.current().years().contains(Year.of(2027)), "a preview changes nothing");

    notices.load(NOTICE_2027, Set.of(Year.of(2027)));
    assertEquals(new DueDate(LocalDate.of(2027, 1, 4), false), firstWorkingDayOf2027());
    assertEquals(List.of("calendar.notice.load"), audit.actionsAbout("calendar", "2027"));
  }
}
