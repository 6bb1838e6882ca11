package cn.gov.zj.cloud.privateportal.hardening;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SecretsCheckTest {

  private static Function<String, Optional<String>> settings(Map<String, String> values) {
    return name -> Optional.ofNullable(values.get(name));
  }

  private static Map<String, String> allBut(String missing) {
    Map<String, String> values = new HashMap<>();
    SecretsCheck.REQUIRED.names().forEach(name -> values.put(name, "set"));
    values.remove(missing);
    return values;
  }

  @Test
  @DisplayName(
      "Silent development secret: outside demo mode the portal refuses to start without each secret, named")
  void refusesWithoutEachSecret() {
    for (String name : SecretsCheck.REQUIRED.names()) {
      IllegalStateException refused =
          assertThrows(
              IllegalStateException.class,
              () -> SecretsCheck.REQUIRED.check(settings(allBut(name))),
              name);
      assertTrue(refused.getMessage().contains(name), refused.getMessage());
    }
    assertDoesNotThrow(() -> SecretsCheck.REQUIRED.check(settings(allBut("none"))));
  }

  @Test
  @DisplayName("Silent development secret: demo mode (ZJ_DEMO=true) starts without them")
  void demoModeStarts() {
    for (String name : SecretsCheck.REQUIRED.names()) {
      Map<String, String> values = allBut(name);
      values.put("ZJ_DEMO", "true");
      assertDoesNotThrow(() -> SecretsCheck.REQUIRED.check(settings(values)), name);
    }
  }
}
