package cn.gov.zj.cloud.publicportal.rating;

import cn.gov.zj.cloud.domain.feedback.QueryCode;
import java.util.UUID;

/**
 * What a rater keeps: the rating's id and the code to read the response and rate once more; {@code
 * repeated} when the same client rated the same service that day already (the day's first rating's
 * receipt).
 */
public record RatingReceipt(UUID ratingId, QueryCode accessCode, boolean repeated) {}
