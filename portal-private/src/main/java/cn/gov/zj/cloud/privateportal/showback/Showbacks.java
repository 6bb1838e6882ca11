package cn.gov.zj.cloud.privateportal.showback;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.showback.Showback;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import cn.gov.zj.cloud.privateportal.usage.UtilizationReports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Art. 21: the showback of the tenant's using units: what each unit's allocations cost, month by
 * month, at the prices in force, as the basis of its next budget. Unit staff read their own unit's
 * (another unit is 404, as another tenant's); the competent department (reviewer) and the tenant's
 * administrator read every unit's; other roles are refused (403).
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Showbacks {

  /** Art. 21: who reads a unit's showback. */
  public static final Role[] READERS = {
    Role.UNIT_APPLICANT, Role.UNIT_SECURITY_OFFICER, Role.REVIEWER, Role.TENANT_ADMIN
  };

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private PriceBook prices;
  @Inject private UtilizationReports reports;
  @Inject private Clock clock;

  /** Art. 21: the unit's showback of {@code year}, or of {@code month} of it, up to today. */
  public UnitShowback of(long unitId, int year, Optional<YearMonth> month) {
    Actor who = actor.get();
    who.require(READERS);
    if (ownUnit().map(own -> own != unitId).orElse(false)) {
      throw new NotFound("unit", unitId);
    }
    String name = unitName(unitId).orElseThrow(() -> new NotFound("unit", unitId));
    LocalDate today = today();
    return new UnitShowback(
        unitId,
        name,
        Showback.year(AllocationRecords.of(em, unitId), prices.catalogue(), year, today),
        month,
        today);
  }

  /** The unit of the actor when unit staff (a unit applicant without a unit: none at all). */
  public Optional<Long> ownUnit() {
    Actor who = actor.get();
    who.require(READERS);
    if (who.hasAny(Role.REVIEWER, Role.TENANT_ADMIN)) {
      return Optional.empty();
    }
    return Optional.of(reports.ownUnit().orElse(-1L));
  }

  /** Art. 21: the units with an allocation, by name (id, name), for those who pick one. */
  public List<Object[]> units() {
    actor.get().require(READERS);
    return reports.unitsWithAllocations();
  }

  /** A year from 2000 to this one (this one when not given); 400 naming {@code year} otherwise. */
  public int year(String text) {
    if (text == null || text.isEmpty()) {
      return today().getYear();
    }
    if (text != null && text.matches("\\d{4}")) {
      int year = Integer.parseInt(text);
      if (year >= 2000 && year <= today().getYear()) {
        return year;
      }
    }
    new Violations().add("year", "showback.year").throwIfAny();
    return 0;
  }

  /** A month 1–12 of {@code year} that has begun; empty when not given; 400 naming it otherwise. */
  public Optional<YearMonth> month(int year, String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    if (text.matches("\\d{1,2}")) {
      int month = Integer.parseInt(text);
      if (month >= 1
          && month <= 12
          && !YearMonth.of(year, month).isAfter(YearMonth.from(today()))) {
        return Optional.of(YearMonth.of(year, month));
      }
    }
    new Violations().add("month", "showback.month").throwIfAny();
    return Optional.empty();
  }

  /** Today in Beijing. */
  public LocalDate today() {
    return OfficialCalendar.dateOf(clock.instant());
  }

  private Optional<String> unitName(long unitId) {
    @SuppressWarnings("unchecked")
    List<String> names =
        em.createNativeQuery("select name from using_unit where id = ?1 and tenant_id = ?2")
            .setParameter(1, unitId)
            .setParameter(2, actor.get().tenant().id().value())
            .getResultList();
    return names.stream().findFirst();
  }
}
