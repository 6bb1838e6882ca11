package cn.gov.zj.cloud.domain.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NumbersTest {

  private static List<String> faults(Violations violations) {
    return violations.errors().stream().map(e -> e.field() + ":" + e.messageKey()).toList();
  }

  @Test
  @DisplayName("Art. 25 attack: page=2147483647 (its offset overflowed an int, a 500) is refused")
  void art25_pageBeyondTheLastIntIs400NotA500() {
    Violations violations = new Violations();
    assertEquals(0, Numbers.page("2147483647", violations));
    assertEquals(List.of("page:validation.outOfRange"), faults(violations));
    Violations last = new Violations();
    int page = Numbers.page(String.valueOf(Numbers.MAX_PAGE), last);
    int size = Numbers.size("100", 20, 100, last);
    assertEquals(List.of(), faults(last));
    assertEquals((long) page * size, Math.multiplyExact(page, size), "no overflow at the bounds");
  }

  @Test
  @DisplayName("Art. 25: sizes out of 1–100, negative pages and no numbers are named")
  void outOfRangeAndNoNumbersAreNamed() {
    Violations violations = new Violations();
    Numbers.page("-1", violations);
    Numbers.size("0", 20, 100, violations);
    assertEquals(
        List.of("page:validation.outOfRange", "size:validation.outOfRange"), faults(violations));
    Violations words = new Violations();
    assertEquals(20, Numbers.size("99999999999", 20, 100, words));
    Numbers.page("1e3", words);
    assertEquals(
        List.of("size:validation.notANumber", "page:validation.notANumber"), faults(words));
    assertEquals(7, Numbers.page(" 7 ", new Violations()));
    assertEquals(20, Numbers.size(null, 20, 100, new Violations()));
  }
}
