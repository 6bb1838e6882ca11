package cn.gov.zj.cloud.privateportal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Art. 21, 25: prices read from JSON exactly, and hostile numbers kept short. */
class JsonInputDecimalTest {

  private static String decimal(String json) {
    return JsonInput.parse("{\"p\": " + json + "}", Set.of("p"), new Violations()).decimal("p");
  }

  @Test
  @DisplayName("Art. 21: a price as a JSON number or a string is read exactly, never as a float")
  void art21_exactDecimals() {
    assertEquals("0.1000", decimal("0.1000"));
    assertEquals("60.00", decimal("\"60.00\""));
    assertEquals("100000", decimal("1e5"));
  }

  @Test
  @DisplayName(
      "Attack (hostile input): a number with a huge exponent stays a short text for the check to"
          + " refuse, never a billion-digit string")
  void hostileExponentStaysShort() {
    assertTrue(decimal("1e999999999").length() < 40);
    assertTrue(decimal("1e-999999999").length() < 40);
  }
}
