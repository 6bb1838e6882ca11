package cn.gov.zj.cloud.privateportal.assessment;

import cn.gov.zj.cloud.domain.assessment.AssessmentPeriod;
import java.util.List;

/**
 * Art. 23: the provider's assessment of a period: per tenant read (one for a city, every city for
 * the province) and their total.
 */
public record ProviderAssessment(
    AssessmentPeriod period, List<ProviderFigures> tenants, ProviderFigures total) {

  /** The name of the sum of every tenant's figures. */
  public static final String TOTAL = "*";

  public ProviderAssessment {
    tenants = List.copyOf(tenants);
  }
}
