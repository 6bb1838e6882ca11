package cn.gov.zj.cloud.publicportal.statistics;

import cn.gov.zj.cloud.domain.feedback.Satisfaction;
import java.time.YearMonth;

/** Art. 23: one month of a trend: the citizens' ratings of that month per grade. */
public record MonthFigures(YearMonth month, Satisfaction citizens) {}
