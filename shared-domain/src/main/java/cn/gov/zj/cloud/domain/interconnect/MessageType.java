package cn.gov.zj.cloud.domain.interconnect;

import static cn.gov.zj.cloud.domain.interconnect.Field.optional;
import static cn.gov.zj.cloud.domain.interconnect.Field.required;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Art. 24 (通过安全措施按需互通): the only messages the two zones exchange, each with its direction, its
 * version and the whitelist of its fields and their sizes. Anything else is refused and logged.
 */
public enum MessageType {
  /** A public-facing application system in the tenant's public directory (or withdrawn from it). */
  SERVICE_PUBLISHED(
      Direction.PUBLICATION,
      1,
      required("serviceId", 19),
      required("name", 200),
      optional("unitName", 200),
      optional("description", 2000),
      required("listed", 5)),
  /** Art. 23: a provider service event that the unit is invited to rate, once. */
  RATING_INVITED(
      Direction.PUBLICATION,
      1,
      required("invitationId", 36),
      required("event", 32),
      required("applicationId", 19),
      required("unitCode", 18),
      required("tokenHash", 64),
      required("occurredAt", 40)),
  /** Art. 23: the reply to a consultation. */
  CONSULTATION_ANSWERED(
      Direction.PUBLICATION,
      1,
      required("trackingNo", 20),
      required("reply", 4000),
      required("repliedAt", 40)),
  /** Art. 23: the call back and rectification of a DISSATISFIED rating, shown to the rater. */
  RECTIFICATION_RESPONDED(
      Direction.PUBLICATION,
      1,
      required("ratingId", 36),
      required("response", 4000),
      required("respondedAt", 40),
      optional("stage", 16)),
  /** Art. 23: a citizen rated a public service. */
  CITIZEN_RATED(
      Direction.SUBMISSION,
      1,
      required("ratingId", 36),
      required("serviceId", 19),
      required("grade", 32),
      optional("tags", 300),
      optional("comment", 500),
      required("ratedAt", 40),
      optional("followUpOf", 36)),
  /** Art. 23: a unit rated a provider service event through its invitation. */
  PROVIDER_RATED(
      Direction.SUBMISSION,
      1,
      required("ratingId", 36),
      required("invitationId", 36),
      required("grade", 32),
      required("responseScore", 1),
      required("qualityScore", 1),
      optional("comment", 500),
      required("ratedAt", 40),
      optional("followUpOf", 36)),
  /** Art. 23: a consultation, complaint or suggestion; the contact stays sealed. */
  CONSULTATION_SUBMITTED(
      Direction.SUBMISSION,
      1,
      required("trackingNo", 20),
      required("category", 16),
      required("subject", 100),
      required("content", 2000),
      optional("contactSealed", 400),
      optional("contactMasked", 120),
      required("submittedAt", 40));

  private final Direction direction;
  private final int version;
  private final List<Field> fields;

  MessageType(Direction direction, int version, Field... fields) {
    this.direction = direction;
    this.version = version;
    this.fields = List.of(fields);
  }

  public Direction direction() {
    return direction;
  }

  /** The version this build writes and reads. */
  public int version() {
    return version;
  }

  public List<Field> fields() {
    return fields;
  }

  public Optional<Field> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** The type of a name on the wire; empty for anything not whitelisted. */
  public static Optional<MessageType> named(String name) {
    return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
  }
}
