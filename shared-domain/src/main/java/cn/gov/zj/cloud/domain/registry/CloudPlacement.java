package cn.gov.zj.cloud.domain.registry;

import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.time.LocalDate;

/**
 * Art. 3: the cloud status of a system with what that status requires. A system on the cloud names
 * the date it went there (not in the future); an exempt system names its legal basis; the other
 * statuses carry neither.
 */
public record CloudPlacement(CloudStatus status, LocalDate onCloudSince, String exemptionBasis) {

  public static final int MAX_BASIS_LENGTH = 500;

  public CloudPlacement {
    exemptionBasis =
        exemptionBasis == null || exemptionBasis.isBlank() ? null : exemptionBasis.strip();
  }

  /**
   * Art. 3: checks the status rules, naming the fields {@code cloudStatus}, {@code onCloudSince}
   * and {@code exemptionBasis}.
   */
  public void check(LocalDate today, Violations violations) {
    if (status == null) {
      violations.addOnce("cloudStatus", "validation.required");
      return;
    }
    checkSince(today, violations);
    checkBasis(violations);
  }

  private void checkSince(LocalDate today, Violations violations) {
    if (status == CloudStatus.ON_CLOUD) {
      if (onCloudSince == null) {
        violations.addOnce("onCloudSince", "registry.system.onCloudSince.required");
      } else if (onCloudSince.isAfter(today)) {
        violations.addOnce("onCloudSince", "registry.system.onCloudSince.future");
      }
    } else if (onCloudSince != null) {
      violations.addOnce("onCloudSince", "registry.system.onCloudSince.onlyOnCloud");
    }
  }

  private void checkBasis(Violations violations) {
    if (status == CloudStatus.EXEMPT) {
      if (exemptionBasis == null) {
        violations.addOnce("exemptionBasis", "registry.system.exemptionBasis.required");
      } else if (exemptionBasis.length() > MAX_BASIS_LENGTH) {
        violations.addOnce("exemptionBasis", "validation.tooLong", MAX_BASIS_LENGTH);
      } else {
        Texts.fault(exemptionBasis, true)
            .ifPresent(key -> violations.addOnce("exemptionBasis", key));
      }
    } else if (exemptionBasis != null) {
      violations.addOnce("exemptionBasis", "registry.system.exemptionBasis.onlyExempt");
    }
  }
}
