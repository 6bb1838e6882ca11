package cn.gov.zj.cloud.publicportal.web.rating;

import cn.gov.zj.cloud.domain.feedback.CitizenRating;
import cn.gov.zj.cloud.publicportal.web.Choices;
import jakarta.faces.model.SelectItem;
import java.util.List;
import java.util.Locale;

/**
 * Art. 23: what every rating form asks, a citizen's or a unit's: one of the four grades and an
 * optional comment of at most {@value CitizenRating#MAX_COMMENT} characters.
 */
public abstract class RatingForm {

  private final Locale locale;
  private String grade;
  private String comment;

  protected RatingForm(Locale locale) {
    this.locale = locale;
  }

  protected Locale locale() {
    return locale;
  }

  /** 非常满意, 满意, 基本满意, 不满意. */
  public List<SelectItem> getGrades() {
    return Choices.grades(locale);
  }

  public int getMaxComment() {
    return CitizenRating.MAX_COMMENT;
  }

  public String getGrade() {
    return grade;
  }

  public void setGrade(String grade) {
    this.grade = grade;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
