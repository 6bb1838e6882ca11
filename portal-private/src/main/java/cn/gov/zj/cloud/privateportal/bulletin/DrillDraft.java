package cn.gov.zj.cloud.privateportal.bulletin;

import java.time.LocalDate;

/** Art. 19: a drill as given (fields may be null: checked by the service). */
public record DrillDraft(
    Integer year, String scenario, LocalDate heldOn, String participants, String result) {}
