package cn.gov.zj.cloud.domain.application;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the actor sends with an action, as the REST body or the action's page gives it; null where
 * absent. Which fields an action needs is checked by {@link Lifecycle#fire}: a field given that the
 * action's {@link InputSpec} does not take is refused, never ignored (Art. 7–12).
 *
 * @param opinion every action; required for reject, deny, approve, final-return, refuse-* and (as
 *     the reason) request-extension
 * @param materials the attachment kinds (and, for submit, resource lines) that come with the action
 * @param trialDays provide-trial: the trial period in calendar days
 * @param environment provide-trial: the trial environment's details (addresses, accounts handed
 *     over)
 * @param extensionDays request-extension (required), grant-extension (optional: as requested)
 * @param thirdParty submit-test-results, major request-change: the CNAS-accredited body
 * @param resources approve, final-approve (optional: the approved or allocated resources where they
 *     differ), request-change (required: the resources after the change)
 * @param elastic with {@code resources}, or alone to set only the elastic range (Art. 10)
 * @param mlpsLevel request-change: the system's MLPS level after the change; null when unchanged
 * @param architectureChange request-change: the unit declares an architecture change (Art. 11)
 * @param systemOffline request-termination: the unit confirms the system is offline (Art. 12)
 * @param dataMigrated request-termination: the unit confirms its data is migrated
 * @param dataBackedUp request-termination: the unit confirms its data is backed up
 */
public record ActionInput(
    String opinion,
    Materials materials,
    Integer trialDays,
    String environment,
    Integer extensionDays,
    ThirdPartyTest.Draft thirdParty,
    List<ResourceDraft> resources,
    ElasticRange.Draft elastic,
    Integer mlpsLevel,
    Boolean architectureChange,
    Boolean systemOffline,
    Boolean dataMigrated,
    Boolean dataBackedUp) {

  public static final int MAX_OPINION = 2000;
  public static final int MAX_ENVIRONMENT = 2000;

  public ActionInput {
    materials = Objects.requireNonNullElse(materials, Materials.NONE);
    resources = resources == null ? null : List.copyOf(resources);
  }

  public static final ActionInput NONE = builder().build();

  public static ActionInput opinion(String opinion) {
    return builder().opinion(opinion).build();
  }

  /** The value given for {@code field}; null when absent. */
  public Object value(InputField field) {
    return switch (field) {
      case OPINION -> opinion;
      case TRIAL_DAYS -> trialDays;
      case ENVIRONMENT -> environment;
      case EXTENSION_DAYS -> extensionDays;
      case THIRD_PARTY -> thirdParty;
      case RESOURCES -> resources;
      case ELASTIC -> elastic;
      case MLPS_LEVEL -> mlpsLevel;
      case ARCHITECTURE_CHANGE -> architectureChange;
      case SYSTEM_OFFLINE -> systemOffline;
      case DATA_MIGRATED -> dataMigrated;
      case DATA_BACKED_UP -> dataBackedUp;
    };
  }

  /** The fields given (not null), in the order of {@link InputField}; the materials are not one. */
  public Set<InputField> given() {
    Set<InputField> given = EnumSet.noneOf(InputField.class);
    Arrays.stream(InputField.values()).filter(field -> value(field) != null).forEach(given::add);
    return given;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** For tests and for the portal's mapping of bodies and forms. */
  public static final class Builder {
    private String opinion;
    private Materials materials;
    private Integer trialDays;
    private String environment;
    private Integer extensionDays;
    private ThirdPartyTest.Draft thirdParty;
    private List<ResourceDraft> resources;
    private ElasticRange.Draft elastic;
    private Integer mlpsLevel;
    private Boolean architectureChange;
    private Boolean systemOffline;
    private Boolean dataMigrated;
    private Boolean dataBackedUp;

    private Builder() {}

    public Builder opinion(String value) {
      opinion = value;
      return this;
    }

    public Builder materials(Materials value) {
      materials = value;
      return this;
    }

    public Builder attached(AttachmentKind... kinds) {
      materials = Materials.of(materials == null ? 0 : materials.resourceLines(), kinds);
      return this;
    }

    public Builder trial(Integer days, String environmentDetails) {
      trialDays = days;
      environment = environmentDetails;
      return this;
    }

    public Builder extensionDays(Integer value) {
      extensionDays = value;
      return this;
    }

    public Builder thirdParty(String body, String accreditationNo) {
      thirdParty = new ThirdPartyTest.Draft(body, accreditationNo);
      return this;
    }

    public Builder resources(List<ResourceDraft> value) {
      resources = value;
      return this;
    }

    public Builder elastic(Integer min, Integer max) {
      elastic = new ElasticRange.Draft(min, max);
      return this;
    }

    public Builder mlpsLevel(Integer value) {
      mlpsLevel = value;
      return this;
    }

    public Builder architectureChange(Boolean value) {
      architectureChange = value;
      return this;
    }

    public Builder confirmations(Boolean offline, Boolean migrated, Boolean backedUp) {
      systemOffline = offline;
      dataMigrated = migrated;
      dataBackedUp = backedUp;
      return this;
    }

    public ActionInput build() {
      return new ActionInput(
          opinion,
          materials,
          trialDays,
          environment,
          extensionDays,
          thirdParty,
          resources,
          elastic,
          mlpsLevel,
          architectureChange,
          systemOffline,
          dataMigrated,
          dataBackedUp);
    }
  }
}
