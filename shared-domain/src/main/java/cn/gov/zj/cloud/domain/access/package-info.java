/**
 * Art. 20 (第二十条): nobody enters a using unit's cloud hosts, databases or storage without that
 * unit's authorization. Provider access is a time-bounded {@link
 * cn.gov.zj.cloud.domain.access.Grant} by the unit, each access a recorded session that only a
 * grant covering its system, scope and moment admits ({@link
 * cn.gov.zj.cloud.domain.access.Coverage}); an emergency access without a grant is admitted only
 * with a reason, told to the unit at once and reviewed afterwards ({@link
 * cn.gov.zj.cloud.domain.access.Emergency}).
 */
package cn.gov.zj.cloud.domain.access;
