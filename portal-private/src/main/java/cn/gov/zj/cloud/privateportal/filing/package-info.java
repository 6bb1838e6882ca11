/**
 * Art. 4, 5: the cities and the province. {@link TenantProfiles}: each tenant's competent
 * department and platform (table {@code tenant_profile}); {@link Filings}: a city files its
 * platform's construction plan with the province and files a returned one again; {@link
 * FilingReviews}: the province reads every city's filings and profiles under its read-only
 * oversight ({@code RowScope.oversight}) and decides through {@link FilingDecisions}, which writes
 * in the city's own row scope (tables {@code platform_filing}, {@code filing_event}). REST under
 * {@code /api/v1/tenants/<t>/profile} and {@code .../filings}; pages 主管部门, 平台备案, 备案审查 and 备案登记.
 */
package cn.gov.zj.cloud.privateportal.filing;
