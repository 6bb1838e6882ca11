package cn.gov.zj.cloud.publicportal.rest;

import cn.gov.zj.cloud.publicportal.consultation.rest.ConsultationsResource;
import cn.gov.zj.cloud.publicportal.interconnect.rest.ContactsResource;
import cn.gov.zj.cloud.publicportal.interconnect.rest.InterconnectResource;
import cn.gov.zj.cloud.publicportal.interconnect.rest.ZoneGuard;
import cn.gov.zj.cloud.publicportal.rating.rest.RatingsResource;
import cn.gov.zj.cloud.publicportal.service.ServicesResource;
import cn.gov.zj.cloud.publicportal.statistics.RankingResource;
import cn.gov.zj.cloud.publicportal.statistics.SatisfactionResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The public REST API under {@code /api/v1}: no account needed, every call rate-limited per client
 * (Art. 23), every failure problem+json. Resources are listed, not scanned.
 */
@ApplicationPath("api/v1")
public class PublicRestApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        ConsultationsResource.class,
        InterconnectResource.class,
        ContactsResource.class,
        RatingsResource.class,
        SatisfactionResource.class,
        RankingResource.class,
        ServicesResource.class,
        ZoneGuard.class,
        RateLimits.class,
        AddressText.class,
        PublicProblems.InvalidInput.class,
        PublicProblems.Missing.class,
        PublicProblems.RatingRefused.class,
        PublicProblems.Web.class,
        PublicProblems.Failure.class);
  }
}
