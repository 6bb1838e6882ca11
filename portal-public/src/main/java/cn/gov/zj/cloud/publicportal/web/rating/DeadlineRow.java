package cn.gov.zj.cloud.publicportal.web.rating;

import cn.gov.zj.cloud.domain.feedback.BadReviewDeadline;
import cn.gov.zj.cloud.publicportal.web.Visit;
import java.time.Instant;
import java.util.Locale;

/**
 * Art. 23 (差评整改): one row of a bad review's deadlines as the rating page shows it: the stage (回访,
 * 整改), its due date ({@code yyyy-MM-dd}, marked when provisional), its state and when it was done.
 */
public record DeadlineRow(String stage, String key, String due, String state, String doneAt) {

  static DeadlineRow of(BadReviewDeadline deadline, Instant now, Visit visit) {
    String due = deadline.due().date().toString();
    if (deadline.due().provisional()) {
      due += visit.page("rating.deadline.provisional");
    }
    BadReviewDeadline.State state = deadline.state(now);
    return new DeadlineRow(
        visit.page("rating.deadline." + deadline.stage().name()),
        deadline.stage().name().toLowerCase(Locale.ROOT),
        due,
        visit.page("rating.deadline.state." + state.name()),
        deadline.doneAt().map(visit::time).orElse(""));
  }
}
