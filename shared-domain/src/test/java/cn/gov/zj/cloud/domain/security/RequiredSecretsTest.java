package cn.gov.zj.cloud.domain.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RequiredSecretsTest {

  private static final RequiredSecrets REQUIRED = new RequiredSecrets("ZJ_A_SECRET", "ZJ_B_KEY");

  private static Function<String, Optional<String>> settings(Map<String, String> values) {
    return name -> Optional.ofNullable(values.get(name));
  }

  @Test
  @DisplayName(
      "Silent development secret: outside demo mode a missing or blank secret stops the start, named")
  void missingSecretRefusedOutsideDemoMode() {
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> REQUIRED.check(settings(Map.of("ZJ_A_SECRET", "s3cret", "ZJ_B_KEY", " "))));
    assertTrue(refused.getMessage().contains("ZJ_B_KEY"), refused.getMessage());
    assertFalse(refused.getMessage().contains("ZJ_A_SECRET"), refused.getMessage());
    assertEquals(
        List.of("ZJ_A_SECRET", "ZJ_B_KEY"), REQUIRED.missing(settings(Map.of("ZJ_DEMO", "false"))));
    assertThrows(
        IllegalStateException.class, () -> REQUIRED.check(settings(Map.of("ZJ_DEMO", "yes"))));
  }

  @Test
  @DisplayName("Silent development secret: only ZJ_DEMO=true lets a development value stand in")
  void demoModeOnlyWhenExplicit() {
    assertDoesNotThrow(() -> REQUIRED.check(settings(Map.of("ZJ_DEMO", "true"))));
    assertDoesNotThrow(() -> REQUIRED.check(settings(Map.of("ZJ_A_SECRET", "a", "ZJ_B_KEY", "b"))));
    assertTrue(RequiredSecrets.demo(settings(Map.of("ZJ_DEMO", " TRUE "))));
    assertFalse(RequiredSecrets.demo(settings(Map.of())));
    assertFalse(RequiredSecrets.demo(settings(Map.of("ZJ_DEMO", "1"))));
  }
}
