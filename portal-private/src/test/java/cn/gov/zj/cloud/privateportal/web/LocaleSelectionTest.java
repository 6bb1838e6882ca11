package cn.gov.zj.cloud.privateportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LocaleSelectionTest {

  @Test
  @DisplayName("Art. 25: the language switch comes back to the page's address, query included")
  void keepsTheAddress() {
    assertEquals(
        "/t/huzhou/application?id=7", LocaleSelection.back("/t/huzhou/application?id=7", ""));
    assertEquals(
        "/portal/t/huzhou/inbox", LocaleSelection.back("/portal/t/huzhou/inbox", "/portal"));
  }

  @Test
  @DisplayName(
      "Open redirect through the language switch: another site or a broken address goes home")
  void neverAnotherSite() {
    assertEquals("/", LocaleSelection.back("//evil.example/x", ""));
    assertEquals("/", LocaleSelection.back("https://evil.example/", ""));
    assertEquals("/", LocaleSelection.back("/\\evil.example", ""));
    assertEquals("/", LocaleSelection.back("/t/huzhou/\r\nSet-Cookie: x=1", ""));
    assertEquals("/", LocaleSelection.back(null, ""));
    assertEquals("/portal/", LocaleSelection.back("/other/t/huzhou/", "/portal"));
  }
}
