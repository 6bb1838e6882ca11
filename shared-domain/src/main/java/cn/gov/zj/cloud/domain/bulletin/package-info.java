/**
 * Art. 19: the provider's monthly security bulletin and yearly emergency drill, their due dates on
 * the official calendar and the gaps flagged to the department and the security authority.
 */
package cn.gov.zj.cloud.domain.bulletin;
