package cn.gov.zj.cloud.domain.application;

import static cn.gov.zj.cloud.domain.application.AttachmentKind.BACKUP_CONFIRMATION;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.CONSTRUCTION_PLAN;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.FUNCTIONAL_TEST_REPORT;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.OTHER;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.PERFORMANCE_TEST_REPORT;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.SECURITY_TEST_REPORT;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.SELF_TEST_REPORT;
import static cn.gov.zj.cloud.domain.application.AttachmentKind.THIRD_PARTY_TEST_REPORT;
import static cn.gov.zj.cloud.domain.application.InputField.ARCHITECTURE_CHANGE;
import static cn.gov.zj.cloud.domain.application.InputField.DATA_BACKED_UP;
import static cn.gov.zj.cloud.domain.application.InputField.DATA_MIGRATED;
import static cn.gov.zj.cloud.domain.application.InputField.ELASTIC;
import static cn.gov.zj.cloud.domain.application.InputField.ENVIRONMENT;
import static cn.gov.zj.cloud.domain.application.InputField.EXTENSION_DAYS;
import static cn.gov.zj.cloud.domain.application.InputField.MLPS_LEVEL;
import static cn.gov.zj.cloud.domain.application.InputField.OPINION;
import static cn.gov.zj.cloud.domain.application.InputField.RESOURCES;
import static cn.gov.zj.cloud.domain.application.InputField.SYSTEM_OFFLINE;
import static cn.gov.zj.cloud.domain.application.InputField.THIRD_PARTY;
import static cn.gov.zj.cloud.domain.application.InputField.TRIAL_DAYS;

import cn.gov.zj.cloud.domain.registry.MlpsLevel;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Art. 7–12: the one declaration of what each action takes: its fields, each required or optional
 * (the third party's name and number required with the third-party report), the materials it must
 * come with by MLPS level and by major change, which uploads count, and whether resource lines are
 * needed. {@link Guards} checks the input against it; the REST body's schema, the action pages'
 * fields and the materials checklists are derived from it.
 *
 * @param fields each field the action takes with its need, in the order of the declaration
 * @param materials the attachment kinds always required
 * @param majorMaterials Art. 11: the kinds required as well when a change is major
 * @param thirdParty Art. 9: the action needs the CNAS third-party report at MLPS level 3 or above
 *     (for a change: a major one)
 * @param counted which uploads count for the action
 * @param resourceLines Art. 7: the application must have at least one resource line
 */
public record InputSpec(
    Map<InputField, Need> fields,
    Set<AttachmentKind> materials,
    Set<AttachmentKind> majorMaterials,
    boolean thirdParty,
    Counted counted,
    boolean resourceLines) {

  /** Whether a field must be given. */
  public enum Need {
    REQUIRED,
    OPTIONAL,
    /** Art. 9: required exactly when the CNAS third-party report is (MLPS level 3 or above). */
    WITH_THIRD_PARTY_REPORT
  }

  /** Art. 7, 9, 11, 12: which of the application's uploads count as this action's materials. */
  public enum Counted {
    /** Art. 7: everything attached to the application. */
    ALL,
    /** Art. 9: what was uploaded since the trial (re)started, so old reports do not count. */
    SINCE_TRIAL_START,
    /** Art. 11, 12: what was uploaded since the application entered its state. */
    SINCE_STATE_ENTERED
  }

  public InputSpec {
    fields = Map.copyOf(fields);
    materials = Set.copyOf(materials);
    majorMaterials = Set.copyOf(majorMaterials);
  }

  /** Art. 7–12: the declaration of {@code action}. */
  static InputSpec of(Action action) {
    return switch (action) {
      case SUBMIT ->
          opinionOnly(Need.OPTIONAL)
              .materials(CONSTRUCTION_PLAN, SELF_TEST_REPORT)
              .counted(Counted.ALL)
              .resourceLines()
              .build();
      case APPROVE -> opinionOnly(Need.REQUIRED).optional(RESOURCES, ELASTIC).build();
      case FINAL_APPROVE -> opinionOnly(Need.OPTIONAL).optional(RESOURCES, ELASTIC).build();
      case PROVIDE_TRIAL -> opinionOnly(Need.OPTIONAL).required(TRIAL_DAYS, ENVIRONMENT).build();
      case REQUEST_EXTENSION -> opinionOnly(Need.REQUIRED).required(EXTENSION_DAYS).build();
      case GRANT_EXTENSION -> opinionOnly(Need.OPTIONAL).optional(EXTENSION_DAYS).build();
      case SUBMIT_TEST_RESULTS ->
          opinionOnly(Need.OPTIONAL)
              .materials(FUNCTIONAL_TEST_REPORT, PERFORMANCE_TEST_REPORT, SECURITY_TEST_REPORT)
              .thirdParty()
              .counted(Counted.SINCE_TRIAL_START)
              .build();
      case REQUEST_CHANGE ->
          opinionOnly(Need.OPTIONAL)
              .required(RESOURCES)
              .optional(ELASTIC, MLPS_LEVEL, ARCHITECTURE_CHANGE)
              .major(
                  CONSTRUCTION_PLAN,
                  SELF_TEST_REPORT,
                  PERFORMANCE_TEST_REPORT,
                  SECURITY_TEST_REPORT)
              .thirdParty()
              .build();
      case REQUEST_TERMINATION ->
          opinionOnly(Need.OPTIONAL)
              .required(SYSTEM_OFFLINE, DATA_MIGRATED, DATA_BACKED_UP)
              .materials(BACKUP_CONFIRMATION)
              .build();
      case REJECT, DENY, REFUSE_EXTENSION, FINAL_RETURN, REFUSE_CHANGE, REFUSE_TERMINATION ->
          opinionOnly(Need.REQUIRED).build();
      case ACCEPT, APPROVE_CHANGE, EXECUTE_CHANGE, APPROVE_TERMINATION, RECLAIM ->
          opinionOnly(Need.OPTIONAL).build();
    };
  }

  /** The fields the action takes, in the order of the declaration. */
  public Set<InputField> taken() {
    Set<InputField> taken = new LinkedHashSet<>();
    Arrays.stream(InputField.values()).filter(fields::containsKey).forEach(taken::add);
    return taken;
  }

  public boolean takes(InputField field) {
    return fields.containsKey(field);
  }

  /** The field's need; null when the action does not take it. */
  public Need need(InputField field) {
    return fields.get(field);
  }

  /** Required whatever the context (the opinion of a refusal, the trial days, …). */
  public boolean requires(InputField field) {
    return fields.get(field) == Need.REQUIRED;
  }

  /** Required in this context: always, or with the third-party report it brings. */
  public boolean requires(InputField field, MlpsLevel level, boolean majorChange) {
    Need need = fields.get(field);
    return need == Need.REQUIRED
        || need == Need.WITH_THIRD_PARTY_REPORT && needsThirdParty(level, majorChange);
  }

  /**
   * Art. 7, 9, 11, 12: the materials required at MLPS {@code level} (for a change, the level after
   * it), for a major change or not.
   */
  public Set<AttachmentKind> materials(MlpsLevel level, boolean majorChange) {
    Set<AttachmentKind> kinds = EnumSet.noneOf(AttachmentKind.class);
    kinds.addAll(materials);
    if (majorChange) {
      kinds.addAll(majorMaterials);
    }
    if (needsThirdParty(level, majorChange)) {
      kinds.add(THIRD_PARTY_TEST_REPORT);
    }
    return kinds;
  }

  /** Art. 9, 11: the third-party report (and its body and number) is required here. */
  public boolean needsThirdParty(MlpsLevel level, boolean majorChange) {
    return thirdParty && level.needsThirdPartyReport() && (majorMaterials.isEmpty() || majorChange);
  }

  /** The kinds the applicant may upload for the action: any it may need, and other materials. */
  public Set<AttachmentKind> uploadable() {
    Set<AttachmentKind> kinds = EnumSet.noneOf(AttachmentKind.class);
    kinds.addAll(materials);
    kinds.addAll(majorMaterials);
    if (thirdParty) {
      kinds.add(THIRD_PARTY_TEST_REPORT);
    }
    if (!kinds.isEmpty()) {
      kinds.add(OTHER);
    }
    return kinds;
  }

  /** The action comes with materials of some context. */
  public boolean takesMaterials() {
    return !uploadable().isEmpty();
  }

  private static Builder opinionOnly(Need opinion) {
    return new Builder().need(opinion, OPINION);
  }

  private static final class Builder {
    private final Map<InputField, Need> fields = new EnumMap<>(InputField.class);
    private final Set<AttachmentKind> materials = EnumSet.noneOf(AttachmentKind.class);
    private final Set<AttachmentKind> major = EnumSet.noneOf(AttachmentKind.class);
    private boolean thirdParty;
    private Counted counted = Counted.SINCE_STATE_ENTERED;
    private boolean resourceLines;

    Builder need(Need need, InputField... taken) {
      Arrays.stream(taken).forEach(field -> fields.put(field, need));
      return this;
    }

    Builder required(InputField... taken) {
      return need(Need.REQUIRED, taken);
    }

    Builder optional(InputField... taken) {
      return need(Need.OPTIONAL, taken);
    }

    Builder materials(AttachmentKind... kinds) {
      materials.addAll(Arrays.asList(kinds));
      return this;
    }

    Builder major(AttachmentKind... kinds) {
      major.addAll(Arrays.asList(kinds));
      return this;
    }

    /** Art. 9: the CNAS report at level 3 or above, with the body's name and number. */
    Builder thirdParty() {
      thirdParty = true;
      return need(Need.WITH_THIRD_PARTY_REPORT, THIRD_PARTY);
    }

    Builder counted(Counted which) {
      counted = which;
      return this;
    }

    Builder resourceLines() {
      resourceLines = true;
      return this;
    }

    InputSpec build() {
      return new InputSpec(fields, materials, major, thirdParty, counted, resourceLines);
    }
  }
}
