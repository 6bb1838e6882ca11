/**
 * Art. 4 and 5: the cities and the province. Each tenant names its competent department and says
 * whether it uses the provincial platform or builds its own city platform ({@link PlatformChoice},
 * {@link CompetentDepartment}); a city that builds its own files the construction plan with the
 * province (备案, {@link PlatformPlan}), which accepts or returns it ({@link FilingLifecycle}).
 */
package cn.gov.zj.cloud.domain.filing;
