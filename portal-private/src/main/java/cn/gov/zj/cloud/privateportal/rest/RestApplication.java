package cn.gov.zj.cloud.privateportal.rest;

import cn.gov.zj.cloud.privateportal.application.rest.ActionsResource;
import cn.gov.zj.cloud.privateportal.application.rest.ApplicationsResource;
import cn.gov.zj.cloud.privateportal.application.rest.AttachmentsResource;
import cn.gov.zj.cloud.privateportal.application.rest.InboxResource;
import cn.gov.zj.cloud.privateportal.calendar.rest.CalendarResource;
import cn.gov.zj.cloud.privateportal.feedback.rest.FeedbackResource;
import cn.gov.zj.cloud.privateportal.interconnect.rest.ChannelResource;
import cn.gov.zj.cloud.privateportal.notification.rest.NotificationsResource;
import cn.gov.zj.cloud.privateportal.registry.rest.OversightResource;
import cn.gov.zj.cloud.privateportal.registry.rest.SystemsResource;
import cn.gov.zj.cloud.privateportal.registry.rest.UnitsResource;
import cn.gov.zj.cloud.privateportal.rules.rest.RulesResource;
import cn.gov.zj.cloud.privateportal.staff.rest.StaffResource;
import cn.gov.zj.cloud.privateportal.tenant.TenantMatch;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The REST API under {@code /api/v1}. Resources are listed, not scanned, so that providers of
 * libraries in the WAR are never adopted by accident.
 */
@ApplicationPath("api/v1")
public class RestApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        UnitsResource.class,
        SystemsResource.class,
        OversightResource.class,
        StaffResource.class,
        CalendarResource.class,
        RulesResource.class,
        ApplicationsResource.class,
        ActionsResource.class,
        AttachmentsResource.class,
        InboxResource.class,
        NotificationsResource.class,
        ChannelResource.class,
        FeedbackResource.class,
        cn.gov.zj.cloud.privateportal.inspection.rest.InspectionsResource.class,
        cn.gov.zj.cloud.privateportal.bulletin.rest.BulletinsResource.class,
        ProblemMappers.FindingConflict.class,
        TenantMatch.class,
        AddressText.class,
        ProblemMappers.StateConflict.class,
        ProblemMappers.Refused.class,
        ProblemMappers.Unavailable.class,
        ProblemMappers.InvalidInput.class,
        ProblemMappers.Forbidden.class,
        ProblemMappers.Missing.class,
        ProblemMappers.Web.class,
        ProblemMappers.Failure.class);
  }
}
