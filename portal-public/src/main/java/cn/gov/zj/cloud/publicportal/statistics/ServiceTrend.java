package cn.gov.zj.cloud.publicportal.statistics;

import java.util.List;

/**
 * Art. 23: a service's year: its figures for the whole year and the twelve months' trend.
 *
 * @param year the service's figures over the whole year
 * @param months January to December, a month without ratings counted as none
 */
public record ServiceTrend(ServiceFigures year, List<MonthFigures> months) {}
