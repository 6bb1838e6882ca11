/**
 * Art. 17 and 19: security inspections with their findings tracked to verified rectification, and
 * the provider's monthly bulletins and yearly emergency drill with the gaps that are flagged.
 */
package cn.gov.zj.cloud.domain.inspection;
