package cn.gov.zj.cloud.domain.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.demo.DemoUnit;
import cn.gov.zj.cloud.domain.registry.CreditCode;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TenantDirectoryTest {

  @Test
  @DisplayName("Art. 4, Art. 5: the province and its 11 cities are tenants")
  void builtInListHasProvinceAndElevenCities() {
    TenantDirectory directory = TenantDirectory.builtIn();
    assertEquals(12, directory.all().size());
    assertEquals("zhejiang", directory.province().id().value());
    assertEquals(
        List.of(
            "hangzhou",
            "ningbo",
            "wenzhou",
            "jiaxing",
            "huzhou",
            "shaoxing",
            "jinhua",
            "quzhou",
            "zhoushan",
            "taizhou",
            "lishui"),
        directory.all().stream().filter(t -> !t.isProvince()).map(t -> t.id().value()).toList());
  }

  @Test
  @DisplayName("Art. 5: unknown, malformed and the Keycloak master realm are no tenants")
  void unknownSegmentsAreNoTenants() {
    TenantDirectory directory = TenantDirectory.builtIn();
    assertTrue(directory.find("hangzhou").isPresent());
    assertFalse(directory.find("shanghai").isPresent());
    assertFalse(directory.find("master").isPresent());
    assertFalse(directory.find("../etc").isPresent());
    assertFalse(directory.find(null).isPresent());
  }

  @Test
  @DisplayName("Art. 5: a tenant added to the list needs no code change")
  void listCanGrow() throws Exception {
    String csv = "# test\nzhejiang,330000,浙江省,Zhejiang,PROVINCE\nxinqu,339900,新区,New Area,CITY\n";
    TenantDirectory directory = TenantDirectory.parse(new StringReader(csv));
    Tenant added = directory.find("xinqu").orElseThrow();
    assertEquals("新区", added.name(Locale.SIMPLIFIED_CHINESE));
    assertEquals("New Area", added.name(Locale.ENGLISH));
  }

  @Test
  @DisplayName("Art. 4: a list without exactly one province is refused")
  void exactlyOneProvince() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TenantDirectory.parse(new StringReader("hangzhou,330100,杭州市,Hangzhou,CITY\n")));
    assertThrows(
        IllegalArgumentException.class,
        () -> TenantDirectory.parse(new StringReader("zhejiang,33000,浙江省,Zhejiang,PROVINCE\n")));
  }

  @Test
  @DisplayName("Art. 3: every demo unit carries a valid credit code of its own")
  void demoUnitsHaveValidDistinctCodes() {
    List<String> codes =
        TenantDirectory.builtIn().all().stream()
            .map(t -> DemoUnit.of(t).creditCode().value())
            .toList();
    codes.forEach(code -> assertTrue(CreditCode.isValid(code), code));
    assertEquals(codes.size(), codes.stream().distinct().count());
  }
}
