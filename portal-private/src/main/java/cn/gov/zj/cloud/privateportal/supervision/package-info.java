/**
 * Art. 4, 21–23: what a city's department and the province supervise, read from the tenants' own
 * records: cloud adoption ({@link AdoptionCounts}) first; dashboards, showback and assessments
 * build on it.
 */
package cn.gov.zj.cloud.privateportal.supervision;
