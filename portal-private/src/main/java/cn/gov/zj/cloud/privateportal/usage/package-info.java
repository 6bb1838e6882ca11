/**
 * Art. 15 (and Art. 25 for its thresholds): the provider's daily usage per allocated line and the
 * monthly utilization reports. Entry points: {@link
 * cn.gov.zj.cloud.privateportal.usage.UsageIntake} ({@code POST usage}), {@link
 * cn.gov.zj.cloud.privateportal.usage.UtilizationReports} ({@code GET reports/utilization}, JSON,
 * {@link cn.gov.zj.cloud.privateportal.usage.ReportPdf PDF}, {@link
 * cn.gov.zj.cloud.privateportal.usage.ReportSheet XLSX}, the page {@code reports}), {@link
 * cn.gov.zj.cloud.privateportal.usage.UsageThresholds} ({@code usage/rules}), {@link
 * cn.gov.zj.cloud.privateportal.usage.MonthlyReports} (the first working day's job, once across
 * instances). The O&M summary takes its parts from every {@link
 * cn.gov.zj.cloud.privateportal.usage.OperationsSource} bean. Tables (V15): {@code usage_sample},
 * {@code usage_rules}, {@code usage_report}.
 */
package cn.gov.zj.cloud.privateportal.usage;
