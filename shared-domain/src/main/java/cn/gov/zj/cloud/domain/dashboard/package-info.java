/**
 * Art. 4, 5, 8–12, 13, 22, 23: the figures of the dashboards a city's department head and the
 * province open every morning, as values that add up from the cities to the province: counts per
 * month ({@link Monthly}), shares with their rate ({@link Share}), handling days with their median
 * ({@link HandlingDays}), the on-time record of a statutory step ({@link StepTimeliness}), the year
 * asked for ({@link DashboardYear}) and the province's ranking of cities ({@link CityRanking}).
 */
package cn.gov.zj.cloud.domain.dashboard;
