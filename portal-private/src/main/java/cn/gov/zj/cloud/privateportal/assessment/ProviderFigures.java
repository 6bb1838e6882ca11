package cn.gov.zj.cloud.privateportal.assessment;

import cn.gov.zj.cloud.domain.assessment.Availability;
import cn.gov.zj.cloud.domain.assessment.Rate;
import cn.gov.zj.cloud.domain.feedback.Grade;
import cn.gov.zj.cloud.domain.feedback.Satisfaction;
import java.util.EnumMap;
import java.util.Map;

/**
 * Art. 23: the provider's figures in one tenant (or their sum) for a period: service response (its
 * lifecycle steps on time, fault responses and resolutions within their targets), the using units'
 * satisfaction in the four grades, and service quality (availability, performance incidents: P1/P2
 * faults, security incidents: high-severity inspection findings).
 */
public record ProviderFigures(
    String tenant,
    Rate steps,
    Rate responses,
    Rate resolutions,
    Satisfaction satisfaction,
    Availability availability,
    long performanceIncidents,
    long securityIncidents) {

  /** A tenant with nothing counted. */
  static ProviderFigures none(String tenant) {
    return new ProviderFigures(
        tenant,
        Rate.none(),
        Rate.none(),
        Rate.none(),
        new Satisfaction(Map.of()),
        new Availability(0, 0),
        0,
        0);
  }

  /** The sum of two tenants' figures, named {@code tenant}. */
  ProviderFigures plus(String tenant, ProviderFigures other) {
    Map<Grade, Long> grades = new EnumMap<>(satisfaction.byGrade());
    other.satisfaction.byGrade().forEach((grade, count) -> grades.merge(grade, count, Long::sum));
    return new ProviderFigures(
        tenant,
        steps.plus(other.steps),
        responses.plus(other.responses),
        resolutions.plus(other.resolutions),
        new Satisfaction(grades),
        availability.plus(other.availability),
        performanceIncidents + other.performanceIncidents,
        securityIncidents + other.securityIncidents);
  }
}
