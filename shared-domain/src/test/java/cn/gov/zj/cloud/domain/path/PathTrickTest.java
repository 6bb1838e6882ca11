package cn.gov.zj.cloud.domain.path;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PathTrickTest {

  @ParameterizedTest(name = "{0} is {1}")
  @DisplayName("Art. 24: every way to hide a path from a string comparison is named")
  @CsvSource({
    "/api/v1/interconnect;x=1/submissions, MATRIX_PARAMETER",
    "/api/v1/tenants/hangzhou;/units, MATRIX_PARAMETER",
    "/t/hangzhou/inbox;jsessionid=1, MATRIX_PARAMETER",
    "/api/v1/interconnect%2Fsubmissions, ENCODED_SEPARATOR",
    "/api/v1/interconnect%2fsubmissions, ENCODED_SEPARATOR",
    "/api/v1/interconnect%3Bx/submissions, ENCODED_SEPARATOR",
    "/api/v1/interconnect%5Csubmissions, ENCODED_SEPARATOR",
    "/api/v1/tenants/%2E%2E/units, ENCODED_SEPARATOR",
    "/api/v1/interconnect%252Fsubmissions, ENCODED_SEPARATOR",
    "/api/v1/interconnect/submissions%, ENCODED_SEPARATOR",
    "/api/v1/interconnect/sub%00missions, ENCODED_CONTROL",
    "/api/v1/interconnect/sub%0Amissions, ENCODED_CONTROL",
    "/api/v1//interconnect/submissions, EMPTY_SEGMENT",
    "//api/v1/interconnect/submissions, EMPTY_SEGMENT",
    "/api/v1/./interconnect/submissions, DOT_SEGMENT",
    "/api/v1/tenants/zhejiang/../hangzhou/units, DOT_SEGMENT",
    "/api/v1/tenants/hangzhou/units/.., DOT_SEGMENT",
    "/api/v1\\interconnect/submissions, BACKSLASH"
  })
  void trickIsNamed(String path, PathTrick trick) {
    assertEquals(Optional.of(trick), PathTrick.in(path));
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("Art. 24: ordinary paths pass, a trailing slash and escaped letters included")
  @ValueSource(
      strings = {
        "/",
        "/t/hangzhou/",
        "/api/v1/tenants/hangzhou/units/12",
        "/api/v1/interconnect/submissions",
        "/jakarta.faces.resource/theme.css.xhtml",
        "/t/hangzhou/services/%E6%9D%AD",
        "/api/v1/consultations/ZX20261207-000001"
      })
  void ordinaryPathPasses(String path) {
    assertEquals(Optional.empty(), PathTrick.in(path));
  }
}
