package cn.gov.zj.cloud.domain.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JsonShapeTest {

  private static String fault(String json) {
    return JsonShape.fault(json).map(e -> e.field() + ":" + e.messageKey()).orElse("none");
  }

  @Test
  @DisplayName(
      "Attack: JSON nested a few thousand levels deep (once a 500) is refused before parsing")
  void jsonNestedDeeperThanTheLimitIs400() {
    assertEquals("body:validation.tooDeep", fault("[".repeat(5000) + "]".repeat(5000)));
    assertEquals("body:validation.tooDeep", fault("{\"a\":".repeat(33) + "1" + "}".repeat(33)));
    assertEquals("none", fault("{\"a\":".repeat(31) + "[1]" + "}".repeat(31)));
    assertEquals(List.of(32), JsonShape.fault("[".repeat(40)).orElseThrow().arguments());
  }

  @Test
  @DisplayName("Attack: a key given twice is refused naming the key, nested or not")
  void aDuplicateKeyIs400NamingIt() {
    assertEquals("name:validation.duplicateField", fault("{\"name\":\"a\",\"name\":\"b\"}"));
    assertEquals(
        "lines[1].type:validation.duplicateField",
        fault("{\"lines\":[{\"type\":1},{\"type\":1,\"type\":2}]}"));
    assertEquals("name:validation.duplicateField", fault("{\"name\":\"a\",\"n\\u0061me\":\"b\"}"));
    assertEquals("none", fault("{\"a\":{\"x\":1},\"b\":{\"x\":1},\"c\":[\"a\",\"a\"]}"));
  }

  @Test
  @DisplayName("Attack: an over-long text is refused naming its field")
  void anOverLongTextIs400NamingIt() {
    String longText = "x".repeat(JsonShape.MAX_TEXT + 1);
    assertEquals("comment:validation.tooLong", fault("{\"comment\":\"" + longText + "\"}"));
    assertEquals(
        "tags[2]:validation.tooLong", fault("{\"tags\":[\"a\",\"b\",\"" + longText + "\"]}"));
  }

  @Test
  @DisplayName("Strings with brackets, escaped quotes and commas do not confuse the count")
  void stringsAreSkipped() {
    assertEquals("none", fault("{\"a\":\"[[[{{{\\\",\\\"a\\\":\",\"b\":\"]]]}}}\"}"));
    assertEquals(Optional.empty(), JsonShape.fault(null));
    assertEquals("none", fault("{\"a\":\"\\u12\"")); // malformed: the parser's to name
  }
}
