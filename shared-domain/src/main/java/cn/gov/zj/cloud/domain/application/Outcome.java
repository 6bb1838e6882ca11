package cn.gov.zj.cloud.domain.application;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What firing an action gives: a transition to store, a refusal (403 or 409), or invalid input
 * (400). Only a transition changes anything.
 */
public sealed interface Outcome {

  /**
   * The action may happen: store {@code to}, the record, and the step it starts with its limit in
   * force (the due date counts from the day of this action).
   */
  record Transition(
      ApplicationState from,
      Action action,
      ApplicationState to,
      Optional<StepStart> starts,
      ActionRecord record)
      implements Outcome {
    public Transition {
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(record, "record");
    }
  }

  /** Why an action is refused before its input is looked at. */
  enum Reason {
    /** The caller lacks the action's role: 403. Checked first, whatever the state. */
    WRONG_ROLE(403),
    /** The action is not allowed in the current state: 409, naming what is allowed now. */
    NOT_ALLOWED_NOW(409);

    private final int httpStatus;

    Reason(int httpStatus) {
      this.httpStatus = httpStatus;
    }

    public int httpStatus() {
      return httpStatus;
    }
  }

  /**
   * The action is refused; nothing changes.
   *
   * @param requiredRole the role the action needs (for the 403 detail)
   * @param allowedNow every action allowed in {@code state}, whoever may fire it (for the 409
   *     detail; each action names its role), in lifecycle order
   */
  record Refusal(
      Reason reason,
      ApplicationState state,
      Action action,
      Role requiredRole,
      List<Action> allowedNow)
      implements Outcome {
    public Refusal {
      allowedNow = List.copyOf(allowedNow);
    }
  }

  /** The input breaks a rule of the action: 400, every offending field named; nothing changes. */
  record Invalid(List<FieldError> errors) implements Outcome {
    public Invalid {
      errors = List.copyOf(errors);
    }

    public InvalidInputException toException() {
      return new InvalidInputException(errors);
    }
  }
}
