package cn.gov.zj.cloud.publicportal.statistics;

import cn.gov.zj.cloud.domain.feedback.RectificationRate;
import cn.gov.zj.cloud.domain.feedback.Satisfaction;
import java.util.Optional;

/**
 * Art. 23: one public service's figures in a period: its citizens' ratings per grade and how its
 * bad reviews were rectified. Counts only: nothing personal.
 */
public record ServiceFigures(
    long serviceId,
    String name,
    Optional<String> unitName,
    Satisfaction citizens,
    RectificationRate rectification) {}
