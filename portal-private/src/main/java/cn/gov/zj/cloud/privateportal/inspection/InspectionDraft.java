package cn.gov.zj.cloud.privateportal.inspection;

import cn.gov.zj.cloud.domain.inspection.InspectionKind;
import java.time.LocalDate;
import java.util.List;

/** Art. 17: a planned inspection as given (fields may be null: checked by the service). */
public record InspectionDraft(
    String title, InspectionKind kind, List<Long> unitIds, LocalDate startsOn, LocalDate endsOn) {}
