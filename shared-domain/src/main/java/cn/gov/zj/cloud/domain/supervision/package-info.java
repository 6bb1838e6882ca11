/**
 * Art. 4, 21–23: what the cities and the province supervise: cloud adoption ({@link Adoption}),
 * dashboards, showback of cost, and the annual assessments of units and of the provider.
 */
package cn.gov.zj.cloud.domain.supervision;
