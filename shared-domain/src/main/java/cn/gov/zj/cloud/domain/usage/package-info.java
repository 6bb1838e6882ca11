/**
 * Art. 15: the provider's daily usage samples per allocated resource line, the month's figures of
 * each line, and the optimization advice (idle, over- or under-provisioned, no data) under the
 * thresholds in force (Art. 25: a tenant's own values, the provincial defaults otherwise). Entry
 * points: {@link cn.gov.zj.cloud.domain.usage.DailySample}, {@link
 * cn.gov.zj.cloud.domain.usage.LineMonth}, {@link cn.gov.zj.cloud.domain.usage.Advisor}, {@link
 * cn.gov.zj.cloud.domain.usage.UsageRules}. Tables (portal-private): {@code usage_sample}, {@code
 * usage_rules}, {@code usage_report}.
 */
package cn.gov.zj.cloud.domain.usage;
