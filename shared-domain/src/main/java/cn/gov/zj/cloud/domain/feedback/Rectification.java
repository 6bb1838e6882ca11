package cn.gov.zj.cloud.domain.feedback;

import cn.gov.zj.cloud.domain.calendar.WorkingDays;

/**
 * Art. 23 and Zhejiang's practice for bad reviews (差评整改): a DISSATISFIED rating obliges the
 * provider (for a unit's rating) or the responsible unit (for a citizen's) to call the rater back
 * within {@link #CALLBACK} and to report the rectification within {@link #REPORT}.
 */
public final class Rectification {

  /** The call back: 1 working day from the rating. */
  public static final WorkingDays CALLBACK = WorkingDays.of(1);

  /** The rectification report: 15 working days from the rating. */
  public static final WorkingDays REPORT = WorkingDays.of(15);

  /** After the response the rater may rate once more, no more. */
  public static final int FOLLOW_UPS = 1;

  private Rectification() {}

  /** Whether a rating of this grade opens a rectification item. */
  public static boolean opensFor(Grade grade) {
    return grade == Grade.DISSATISFIED;
  }
}
