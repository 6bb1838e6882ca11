package cn.gov.zj.cloud.privateportal.inspection;

import cn.gov.zj.cloud.domain.inspection.InspectionKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Art. 17: an inspection as read: its units, period and how many findings are still open. */
public record InspectionView(
    long id,
    String title,
    InspectionKind kind,
    List<Long> unitIds,
    LocalDate startsOn,
    LocalDate endsOn,
    String createdBy,
    Instant createdAt,
    long findings,
    long openFindings) {

  public InspectionView {
    unitIds = List.copyOf(unitIds);
  }
}
