package cn.gov.zj.cloud.privateportal.dashboard;

import cn.gov.zj.cloud.domain.dashboard.CityRanking;
import cn.gov.zj.cloud.domain.dashboard.DashboardYear;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.Tenant;
import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.RowScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Art. 4, 5: the dashboards: a city's for its reviewers and administrators, read in its own row
 * scope; the province's for the province administrator, every city side by side under the
 * province's read-only oversight (as {@code registry.Oversight}), with the total and the ranking.
 * The role is checked before the year: a wrong role is 403 whatever the year.
 */
@ApplicationScoped
@Transactional
public class Dashboards {

  @PersistenceContext(unitName = "private")
  private EntityManager em;

  @Inject private CurrentActor actor;
  @Inject private FigureReader reader;
  @Inject private Clock clock;

  /** Art. 4: the caller's tenant's figures; 403 unless reviewer or tenant administrator. */
  public CityFigures city(String yearText) {
    Actor who = actor.get();
    who.require(Role.REVIEWER, Role.TENANT_ADMIN);
    DashboardYear year = year(yearText);
    RowScope.tenant(em, who.tenant().id());
    String tenant = who.tenant().id().value();
    return reader.read(em, year, List.of(tenant)).get(tenant);
  }

  /** Art. 4: every city's figures, the total and the ranking; 403 unless province admin. */
  public ProvinceFigures province(String yearText) {
    Actor who = actor.get();
    who.require(Role.PROVINCE_ADMIN);
    DashboardYear year = year(yearText);
    RowScope.oversight(em, who.tenant().id());
    List<String> cities =
        TenantDirectory.load().all().stream()
            .filter(tenant -> !tenant.isProvince())
            .map(Tenant::id)
            .map(id -> id.value())
            .toList();
    List<CityFigures> figures = List.copyOf(reader.read(em, year, cities).values());
    String province = who.tenant().id().value();
    CityFigures total =
        figures.stream()
            .reduce(CityFigures.none(province, year), (sum, city) -> sum.plus(city, province));
    List<CityRanking.Ranked> ranking =
        CityRanking.rank(
            figures.stream()
                .map(
                    city ->
                        new CityRanking.Entry(
                            city.tenant(), city.steps().onTime(), city.adoption()))
                .toList());
    return new ProvinceFigures(year, figures, total, ranking);
  }

  private DashboardYear year(String text) {
    Violations violations = new Violations();
    var year = DashboardYear.parse(text, clock.instant(), violations);
    violations.throwIfAny();
    return year.orElseThrow();
  }
}
