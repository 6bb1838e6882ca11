package cn.gov.zj.cloud.publicportal.rest;

import cn.gov.zj.cloud.publicportal.consultation.rest.ConsultationsResource;
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
        RateLimits.class,
        PublicProblems.InvalidInput.class,
        PublicProblems.Missing.class,
        PublicProblems.Web.class,
        PublicProblems.Failure.class);
  }
}
