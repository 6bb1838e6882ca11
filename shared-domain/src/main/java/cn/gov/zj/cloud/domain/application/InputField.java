package cn.gov.zj.cloud.domain.application;

import java.util.Arrays;
import java.util.Optional;

/**
 * Art. 7–12: every field an action's input may carry, by its JSON name (the REST body, the page's
 * input id in kebab case) and its shape. Which action takes which is declared in {@link
 * ActionInputs}.
 */
public enum InputField {
  /** Art. 8–12: the opinion, or the reason of an extension request. */
  OPINION("opinion", Shape.TEXT, ActionInput.MAX_OPINION),
  /** Art. 9: the trial period in calendar days. */
  TRIAL_DAYS("trialDays", Shape.INTEGER, 0),
  /** Art. 9: the trial environment's details (addresses, accounts handed over). */
  ENVIRONMENT("environment", Shape.TEXT, ActionInput.MAX_ENVIRONMENT),
  /** Art. 9: the days of trial asked for, or granted. */
  EXTENSION_DAYS("extensionDays", Shape.INTEGER, 0),
  /** Art. 9, 11: the CNAS-accredited body, {@code {"body", "accreditationNo"}}. */
  THIRD_PARTY("thirdParty", Shape.THIRD_PARTY, ThirdPartyTest.MAX_BODY),
  /** Art. 8, 10, 11: resource lines from the catalogue. */
  RESOURCES("resources", Shape.RESOURCE_LINES, 0),
  /** Art. 10: the elastic range, {@code {"min", "max"}}. */
  ELASTIC("elastic", Shape.RANGE, 0),
  /** Art. 11, 18: the system's MLPS level after the change, 1 to 5. */
  MLPS_LEVEL("mlpsLevel", Shape.INTEGER, 0),
  /** Art. 11: the unit declares an architecture change. */
  ARCHITECTURE_CHANGE("architectureChange", Shape.FLAG, 0),
  /** Art. 12: the unit confirms its system is offline. */
  SYSTEM_OFFLINE("systemOffline", Shape.CONFIRMATION, 0),
  /** Art. 12: the unit confirms its data is migrated. */
  DATA_MIGRATED("dataMigrated", Shape.CONFIRMATION, 0),
  /** Art. 12: the unit confirms its data is backed up. */
  DATA_BACKED_UP("dataBackedUp", Shape.CONFIRMATION, 0);

  /** What a field holds, for the REST schema and the page's input. */
  public enum Shape {
    /** Free text up to {@link InputField#maxLength()}. */
    TEXT,
    /** A whole number. */
    INTEGER,
    /** {@code true} or {@code false}. */
    FLAG,
    /** {@code true} when required: the unit confirms a fact. */
    CONFIRMATION,
    /** {@code {"body": text, "accreditationNo": "CNAS L1234"}}. */
    THIRD_PARTY,
    /** {@code [{"type": …, …}]}: the catalogue's resource lines. */
    RESOURCE_LINES,
    /** {@code {"min": n, "max": n}}. */
    RANGE
  }

  private final String json;
  private final Shape shape;
  private final int maxLength;

  InputField(String json, Shape shape, int maxLength) {
    this.json = json;
    this.shape = shape;
    this.maxLength = maxLength;
  }

  /** The field's name in a REST body and in the violations, e.g. {@code trialDays}. */
  public String json() {
    return json;
  }

  public Shape shape() {
    return shape;
  }

  /** The longest text allowed; 0 where the field is not text. */
  public int maxLength() {
    return maxLength;
  }

  /** The field of a JSON name; empty for an unknown name. */
  public static Optional<InputField> ofJson(String name) {
    return Arrays.stream(values()).filter(f -> f.json.equals(name)).findFirst();
  }
}
