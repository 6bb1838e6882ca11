package cn.gov.zj.cloud.publicportal.statistics;

import java.util.List;

/** Art. 23: one page of a tenant's listed services with their figures, and how many there are. */
public record ServicePage(List<ServiceFigures> items, long total) {}
