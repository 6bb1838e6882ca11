package cn.gov.zj.cloud.domain.registry;

import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.time.LocalDate;

/**
 * Art. 3, Art. 18: what a unit registers of one application system: its MLPS level, its named
 * security officer, its cloud status, and whether it faces the public.
 */
public record SystemDetails(
    String name,
    String description,
    MlpsLevel mlpsLevel,
    String securityOfficer,
    CloudPlacement placement,
    boolean publicFacing) {

  public static final int MAX_NAME = 200;
  public static final int MAX_DESCRIPTION = 2000;
  public static final int MAX_OFFICER = 100;

  /** Raw input as a form or a JSON body gives it; null where absent or of the wrong type. */
  public record Draft(
      String name,
      String description,
      Integer mlpsLevel,
      String securityOfficer,
      CloudStatus cloudStatus,
      LocalDate onCloudSince,
      String exemptionBasis,
      Boolean publicFacing) {}

  /**
   * Art. 3, Art. 18: checks a draft; null when anything is wrong, with every fault named in {@code
   * violations} (fields as in the REST contract).
   */
  public static SystemDetails from(Draft draft, LocalDate today, Violations violations) {
    String name = Texts.requiredLine("name", draft.name(), MAX_NAME, violations);
    String description =
        Texts.optional("description", draft.description(), MAX_DESCRIPTION, violations);
    String officer =
        Texts.requiredLine("securityOfficer", draft.securityOfficer(), MAX_OFFICER, violations);
    MlpsLevel level = level(draft.mlpsLevel(), violations);
    CloudPlacement placement =
        new CloudPlacement(draft.cloudStatus(), draft.onCloudSince(), draft.exemptionBasis());
    placement.check(today, violations);
    if (draft.publicFacing() == null) {
      violations.addOnce("publicFacing", "validation.required");
    }
    if (!violations.isEmpty()) {
      return null;
    }
    return new SystemDetails(name, description, level, officer, placement, draft.publicFacing());
  }

  private static MlpsLevel level(Integer value, Violations violations) {
    if (value == null) {
      violations.addOnce("mlpsLevel", "validation.required");
      return null;
    }
    if (!MlpsLevel.isValid(value)) {
      violations.addOnce("mlpsLevel", "registry.system.mlpsLevel.range");
      return null;
    }
    return new MlpsLevel(value);
  }
}
