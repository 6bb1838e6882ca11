package cn.gov.zj.cloud.publicportal.web.rating;

import cn.gov.zj.cloud.domain.feedback.CitizenRating;
import cn.gov.zj.cloud.domain.feedback.Grade;
import cn.gov.zj.cloud.domain.feedback.RatingTag;
import cn.gov.zj.cloud.publicportal.web.Choices;
import cn.gov.zj.cloud.publicportal.web.Inputs;
import jakarta.faces.model.SelectItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Art. 23: a citizen's rating as the form posts it (a grade, optional tags fitting the grade, an
 * optional comment), for a first rating and for the one follow-up alike.
 */
public class CitizenRatingForm extends RatingForm {

  private List<String> tags = new ArrayList<>();

  public CitizenRatingForm(Locale locale) {
    super(locale);
  }

  /** Art. 23: the valid rating of {@code serviceId}; {@code InvalidInputException} otherwise. */
  public CitizenRating rating(Long serviceId) {
    var draft = new CitizenRating.Draft(serviceId, getGrade(), tags, getComment());
    return Inputs.valid(violations -> CitizenRating.from(draft, violations));
  }

  public List<SelectItem> getTagChoices() {
    return Choices.of(RatingTag.values(), RatingTag::nameKey, locale());
  }

  /** Art. 23: the praise tags (the others name problems), for the page's script. */
  public String getPraiseTags() {
    return names(Arrays.stream(RatingTag.values()).filter(RatingTag::praise));
  }

  /** Art. 23: the grades that take praise tags, for the page's script. */
  public String getSatisfiedGrades() {
    return names(Arrays.stream(Grade.values()).filter(Grade::satisfied));
  }

  private static String names(Stream<? extends Enum<?>> constants) {
    return constants.map(Enum::name).collect(Collectors.joining(" "));
  }

  public List<String> getTags() {
    return tags;
  }

  public void setTags(List<String> tags) {
    this.tags = tags == null ? new ArrayList<>() : tags;
  }
}
