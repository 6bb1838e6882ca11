package cn.gov.zj.cloud.privateportal.rest;

import cn.gov.zj.cloud.privateportal.access.rest.AccessRefusalsResource;
import cn.gov.zj.cloud.privateportal.access.rest.AccessResource;
import cn.gov.zj.cloud.privateportal.application.rest.ActionsResource;
import cn.gov.zj.cloud.privateportal.application.rest.ApplicationsResource;
import cn.gov.zj.cloud.privateportal.application.rest.AttachmentsResource;
import cn.gov.zj.cloud.privateportal.application.rest.InboxResource;
import cn.gov.zj.cloud.privateportal.application.rest.MaterialShareResource;
import cn.gov.zj.cloud.privateportal.assessment.rest.ProviderAssessmentResource;
import cn.gov.zj.cloud.privateportal.assessment.rest.UnitAssessmentsResource;
import cn.gov.zj.cloud.privateportal.audit.rest.AuditResource;
import cn.gov.zj.cloud.privateportal.bulletin.rest.BulletinsResource;
import cn.gov.zj.cloud.privateportal.calendar.rest.CalendarResource;
import cn.gov.zj.cloud.privateportal.dashboard.rest.DashboardResource;
import cn.gov.zj.cloud.privateportal.fault.rest.FaultActionsResource;
import cn.gov.zj.cloud.privateportal.fault.rest.FaultAttachmentsResource;
import cn.gov.zj.cloud.privateportal.fault.rest.FaultsResource;
import cn.gov.zj.cloud.privateportal.feedback.rest.FeedbackResource;
import cn.gov.zj.cloud.privateportal.filing.rest.FilingsResource;
import cn.gov.zj.cloud.privateportal.filing.rest.ProfileResource;
import cn.gov.zj.cloud.privateportal.inspection.rest.InspectionsResource;
import cn.gov.zj.cloud.privateportal.interconnect.rest.ChannelResource;
import cn.gov.zj.cloud.privateportal.notification.rest.NotificationsResource;
import cn.gov.zj.cloud.privateportal.registry.rest.AssessmentResource;
import cn.gov.zj.cloud.privateportal.registry.rest.OversightResource;
import cn.gov.zj.cloud.privateportal.registry.rest.SystemsResource;
import cn.gov.zj.cloud.privateportal.registry.rest.UnitsResource;
import cn.gov.zj.cloud.privateportal.rules.rest.RulesResource;
import cn.gov.zj.cloud.privateportal.rules.rest.SecurityRulesResource;
import cn.gov.zj.cloud.privateportal.securityfile.rest.SecurityFilesResource;
import cn.gov.zj.cloud.privateportal.services.rest.ServiceRequestsResource;
import cn.gov.zj.cloud.privateportal.services.rest.ServiceTargetsResource;
import cn.gov.zj.cloud.privateportal.services.rest.TrainingMaterialsResource;
import cn.gov.zj.cloud.privateportal.services.rest.TrainingsResource;
import cn.gov.zj.cloud.privateportal.showback.rest.PricesResource;
import cn.gov.zj.cloud.privateportal.showback.rest.ShowbackResource;
import cn.gov.zj.cloud.privateportal.staff.rest.StaffResource;
import cn.gov.zj.cloud.privateportal.tenant.TenantMatch;
import cn.gov.zj.cloud.privateportal.terms.rest.TermsResource;
import cn.gov.zj.cloud.privateportal.usage.rest.ReportsResource;
import cn.gov.zj.cloud.privateportal.usage.rest.UsageResource;
import cn.gov.zj.cloud.privateportal.usage.rest.UsageRulesResource;
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
        FaultsResource.class,
        FaultActionsResource.class,
        FaultAttachmentsResource.class,
        ServiceRequestsResource.class,
        TrainingsResource.class,
        ServiceTargetsResource.class,
        TrainingMaterialsResource.class,
        UsageResource.class,
        ReportsResource.class,
        UsageRulesResource.class,
        AccessResource.class,
        AuditResource.class,
        InspectionsResource.class,
        BulletinsResource.class,
        TermsResource.class,
        AssessmentResource.class,
        SecurityFilesResource.class,
        SecurityRulesResource.class,
        AccessRefusalsResource.class,
        MaterialShareResource.class,
        FilingsResource.class,
        ProfileResource.class,
        ShowbackResource.class,
        PricesResource.class,
        DashboardResource.class,
        UnitAssessmentsResource.class,
        ProviderAssessmentResource.class,
        ProblemMappers.FindingConflict.class,
        TenantMatch.class,
        AddressText.class,
        ProblemMappers.StateConflict.class,
        ProblemMappers.Refused.class,
        ProblemMappers.FaultActionRefused.class,
        ProblemMappers.Unavailable.class,
        ProblemMappers.InvalidInput.class,
        ProblemMappers.Forbidden.class,
        ProblemMappers.Missing.class,
        ProblemMappers.Web.class,
        ProblemMappers.Failure.class,
        ProblemMappers.AccessNotAuthorized.class,
        ProblemMappers.GrantStateConflict.class,
        ProblemMappers.StoreFull.class,
        ProblemMappers.TransactionFailed.class);
  }
}
