package cn.gov.zj.cloud.publicportal.web.rating;

import cn.gov.zj.cloud.domain.feedback.ProviderRating;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.publicportal.web.Inputs;
import jakarta.faces.model.SelectItem;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Art. 23: a unit's rating of a provider service event as the form posts it: the grade, the
 * response and quality scores of 1–5 and an optional comment, for a first rating and for the one
 * follow-up alike.
 */
public class ProviderRatingForm extends RatingForm {

  private String responseScore;
  private String qualityScore;

  public ProviderRatingForm(Locale locale) {
    super(locale);
  }

  /** Art. 23: the valid rating; {@code InvalidInputException} otherwise. */
  public ProviderRating rating() {
    return Inputs.valid(
        violations ->
            ProviderRating.from(
                new ProviderRating.Draft(
                    getGrade(),
                    score("responseScore", responseScore, violations),
                    score("qualityScore", qualityScore, violations),
                    getComment()),
                violations));
  }

  private static Integer score(String field, String text, Violations violations) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      violations.addOnce(field, "validation.notANumber");
      return null;
    }
  }

  /** 1 to 5, as the radio groups offer them. */
  public List<SelectItem> getScores() {
    return IntStream.rangeClosed(ProviderRating.MIN_SCORE, ProviderRating.MAX_SCORE)
        .mapToObj(score -> new SelectItem(Integer.toString(score), Integer.toString(score)))
        .toList();
  }

  public String getResponseScore() {
    return responseScore;
  }

  public void setResponseScore(String responseScore) {
    this.responseScore = responseScore;
  }

  public String getQualityScore() {
    return qualityScore;
  }

  public void setQualityScore(String qualityScore) {
    this.qualityScore = qualityScore;
  }
}
