package cn.gov.zj.cloud.domain.registry;

import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.time.LocalDate;

/**
 * Art. 18, Art. 9: the third-party assessment of a system of MLPS level 3 or above, by a
 * CNAS-accredited institution: who assessed, the report's number and date, and its conclusion.
 */
public record CnasAssessment(
    String institution, String reportNo, LocalDate reportDate, String conclusion) {

  public static final int MAX_INSTITUTION = 200;
  public static final int MAX_REPORT_NO = 100;
  public static final int MAX_CONCLUSION = 2000;

  /** Raw input, null where absent or of the wrong type. */
  public record Draft(
      String institution, String reportNo, LocalDate reportDate, String conclusion) {}

  /**
   * Art. 18: checks a draft; null when anything is wrong, each fault named in {@code violations}. A
   * report dated after {@code today} is refused.
   */
  public static CnasAssessment from(Draft draft, LocalDate today, Violations violations) {
    String institution =
        Texts.requiredLine("institution", draft.institution(), MAX_INSTITUTION, violations);
    String reportNo = Texts.requiredLine("reportNo", draft.reportNo(), MAX_REPORT_NO, violations);
    String conclusion =
        Texts.required("conclusion", draft.conclusion(), MAX_CONCLUSION, violations);
    if (draft.reportDate() == null) {
      violations.addOnce("reportDate", "validation.required");
    } else if (draft.reportDate().isAfter(today)) {
      violations.addOnce("reportDate", "assessment.reportDate.future");
    }
    if (!violations.isEmpty()) {
      return null;
    }
    return new CnasAssessment(institution, reportNo, draft.reportDate(), conclusion);
  }

  /** Art. 18: a system of this level without a recorded assessment shows a warning. */
  public static boolean missingFor(MlpsLevel level, boolean recorded) {
    return level.needsThirdPartyReport() && !recorded;
  }
}
