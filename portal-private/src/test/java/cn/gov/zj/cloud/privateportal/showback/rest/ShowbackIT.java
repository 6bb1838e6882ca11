package cn.gov.zj.cloud.privateportal.showback.rest;

import static cn.gov.zj.cloud.privateportal.Deployments.actAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.application.ResourceLine;
import cn.gov.zj.cloud.domain.application.ResourcePlan;
import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.tenant.TenantId;
import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.privateportal.Deployments;
import cn.gov.zj.cloud.privateportal.PdfText;
import cn.gov.zj.cloud.privateportal.TenantSql;
import cn.gov.zj.cloud.privateportal.TenantSql.AllocatedUnit;
import cn.gov.zj.cloud.privateportal.application.PlanJson;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.showback.PriceBook;
import cn.gov.zj.cloud.privateportal.showback.ShowbackFiles;
import cn.gov.zj.cloud.privateportal.showback.Showbacks;
import cn.gov.zj.cloud.privateportal.showback.UnitShowback;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import cn.gov.zj.cloud.privateportal.tenant.RowScope;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 21, Art. 25: the price catalogue (the province sets, a city lowers, never raises), a unit's
 * showback from its allocation history against a hand-computed amount, as JSON, PDF (Chinese text
 * read back) and XLSX, who reads it, and bad input refused with nothing stored, in Payara Micro on
 * PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class ShowbackIT {

  @Deployment
  static WebArchive deployment() {
    return PdfText.portal();
  }

  /** 1 host of 4 vCPU, 8 GiB, 40 GiB: 4 × 100 + 8 × 20 + 40 × 1 = 600.00 a month. */
  private static final ResourcePlan SMALL =
      ResourcePlan.of(List.of(new ResourceLine.CloudHost(1, 4, 8, 40, 0, "Linux")));

  /** 1 host of 8 vCPU, 16 GiB, 40 GiB: 800 + 320 + 40 = 1160.00 a month. */
  private static final ResourcePlan LARGE =
      ResourcePlan.of(List.of(new ResourceLine.CloudHost(1, 8, 16, 40, 0, "Linux")));

  private static final String PROVINCIAL =
      "{\"effectiveFrom\":\"2026-01-01\",\"prices\":{\"VCPU_MONTH\":100,"
          + "\"MEMORY_GIB_MONTH\":\"20.00\",\"DISK_GIB_MONTH\":1.0000}}";

  @Inject HttpServletRequest request;
  @Inject PriceBook prices;
  @Inject Showbacks showbacks;

  @Resource(lookup = "java:app/jdbc/private")
  DataSource dataSource;

  /** The provincial catalogue of the tests, set by the province administrator (idempotent). */
  private void provincialPrices() {
    actAs(request, "zhejiang", null, Role.PROVINCE_ADMIN);
    prices.setProvincial(PricesResource.change(PROVINCIAL));
  }

  /**
   * A unit of hangzhou whose system was activated on 1 March 2026 with {@link #SMALL}, asked on 2
   * April for {@link #LARGE}, which the provider executed on 11 April.
   */
  private AllocatedUnit changedAllocation() throws Exception {
    AllocatedUnit unit =
        new TenantSql(dataSource).allocatedUnit("hangzhou", "核算测试单位", "核算系统", SMALL);
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      RowScope.tenant(connection, new TenantId("hangzhou"));
      long application = unit.applicationId();
      event(connection, application, "final-approve", "2026-03-01 10:00+08", null);
      event(
          connection,
          application,
          "request-change",
          "2026-04-02 09:00+08",
          "{\"plan\":" + PlanJson.write(LARGE) + "}");
      event(connection, application, "execute-change", "2026-04-11 15:00+08", "{}");
      connection.commit();
      return unit;
    }
  }

  private static void event(
      Connection connection, long application, String action, String at, String details)
      throws Exception {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into application_event (tenant_id, application_id, occurred_at, actor,"
                + " action, to_state, details) values ('hangzhou', ?, ?::timestamptz, 'it', ?,"
                + " 'ACTIVE', ?)")) {
      insert.setLong(1, application);
      insert.setString(2, at);
      insert.setString(3, action);
      insert.setString(4, details);
      insert.executeUpdate();
    }
  }

  private long count(String tenant, String sql) throws Exception {
    return new TenantSql(dataSource).count(tenant, sql);
  }

  private static Set<String> fields(InvalidInputException e) {
    return e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
  }

  private UnitShowback april(AllocatedUnit f) {
    actAs(request, "hangzhou", f.creditCode(), Role.UNIT_APPLICANT);
    return showbacks.of(f.unitId(), 2026, Optional.of(YearMonth.of(2026, 4)));
  }

  @Test
  @DisplayName(
      "Art. 21: the province administrator sets prices (numbers and strings read exactly), audited;"
          + " nobody else sets provincial prices (403)")
  void art21_provinceSetsTheCatalogue() throws Exception {
    provincialPrices();
    JsonObject catalogue = ShowbackJson.of(prices.catalogue(), showbacks.today());
    assertEquals(
        "100.00", catalogue.getJsonObject("inForce").getString("VCPU_MONTH"), catalogue.toString());
    assertEquals("20.00", catalogue.getJsonObject("inForce").getString("MEMORY_GIB_MONTH"));
    assertTrue(
        count(
                "zhejiang",
                "select count(*) from audit_event where action = 'prices.provincial.change'"
                    + " and entity_id = 'province@2026-01-01'")
            > 0);
    long before = count("hangzhou", "select count(*) from price_entry");
    actAs(request, "hangzhou", null, Role.TENANT_ADMIN);
    assertThrows(AccessDenied.class, () -> prices.setProvincial(PricesResource.change(PROVINCIAL)));
    actAs(request, "zhejiang", null, Role.PROVINCE_ADMIN);
    assertThrows(AccessDenied.class, () -> prices.lowerLocal(PricesResource.change(PROVINCIAL)));
    assertEquals(before, count("hangzhou", "select count(*) from price_entry"));
  }

  @Test
  @DisplayName(
      "Art. 25: a city lowers a price for its tenant only; a higher one is 400 naming"
          + " prices.VCPU_MONTH and nothing is stored; unit staff may not (403)")
  void art25_cityLowersNeverRaises() throws Exception {
    provincialPrices();
    actAs(request, "ningbo", null, Role.TENANT_ADMIN);
    prices.lowerLocal(
        PricesResource.change(
            "{\"effectiveFrom\":\"2026-06-01\",\"prices\":{\"VCPU_MONTH\":\"90\"}}"));
    assertEquals(
        "90.00",
        ShowbackJson.of(prices.catalogue(), showbacks.today())
            .getJsonObject("inForce")
            .getString("VCPU_MONTH"));
    long stored = count("ningbo", "select count(*) from price_entry");
    InvalidInputException higher =
        assertThrows(
            InvalidInputException.class,
            () ->
                prices.lowerLocal(
                    PricesResource.change(
                        "{\"effectiveFrom\":\"2026-07-01\",\"prices\":{\"VCPU_MONTH\":\"100.01\","
                            + "\"MEMORY_GIB_MONTH\":\"5\"}}")));
    assertEquals(Set.of("prices.VCPU_MONTH"), fields(higher));
    actAs(request, "ningbo", null, Role.UNIT_APPLICANT);
    assertThrows(
        AccessDenied.class,
        () ->
            prices.lowerLocal(
                PricesResource.change(
                    "{\"effectiveFrom\":\"2026-07-01\",\"prices\":{\"VCPU_MONTH\":\"1\"}}")));
    assertEquals(stored, count("ningbo", "select count(*) from price_entry"));
    actAs(request, "hangzhou", null, Role.REVIEWER);
    assertEquals(
        "100.00",
        ShowbackJson.of(prices.catalogue(), showbacks.today())
            .getJsonObject("inForce")
            .getString("VCPU_MONTH"),
        "another city keeps the provincial price");
  }

  @Test
  @DisplayName(
      "Art. 21: a change executed on 11 April splits April pro rata: 600 × 10/30 + 1160 × 20/30 ="
          + " 973.33; March 600.00, May 1160.00")
  void art21_showbackOfAChangedAllocation() throws Exception {
    provincialPrices();
    AllocatedUnit f = changedAllocation();
    JsonObject april = ShowbackJson.of(april(f));
    JsonObject month = april.getJsonArray("months").getJsonObject(0);
    assertEquals("2026-04", month.getString("month"));
    assertEquals("973.33", month.getString("total"), april.toString());
    var lines = month.getJsonArray("systems").getJsonObject(0).getJsonArray("lines");
    assertEquals("200.00", lines.getJsonObject(0).getString("amount"));
    assertEquals(10, lines.getJsonObject(0).getInt("days"));
    assertEquals("773.33", lines.getJsonObject(1).getString("amount"));
    assertEquals("2026-04-11", lines.getJsonObject(1).getString("first"));
    assertEquals(8, lines.getJsonObject(1).getJsonObject("allocation").getInt("vcpu"));
    actAs(request, "hangzhou", null, Role.REVIEWER);
    UnitShowback year = showbacks.of(f.unitId(), 2026, Optional.empty());
    assertEquals("600.00", year.year().months().get(2).total().toPlainString());
    assertEquals("1160.00", year.year().months().get(4).total().toPlainString());
    assertEquals("0.00", year.year().months().get(1).total().toPlainString());
  }

  @Test
  @DisplayName("Art. 21: the PDF carries the showback in Chinese (text read back), the XLSX opens")
  void art21_pdfAndXlsx() throws Exception {
    provincialPrices();
    AllocatedUnit f = changedAllocation();
    UnitShowback showback = april(f);
    String text = PdfText.of(ShowbackFiles.pdf(showback, Messages.CHINESE));
    assertTrue(text.contains("资源费用核算"), text);
    assertTrue(text.contains(f.name()), text);
    assertTrue(text.contains("核算系统"), text);
    assertTrue(text.contains("973.33"), text);
    assertTrue(text.contains("773.33"), text);
    byte[] xlsx = ShowbackFiles.xlsx(showback, Messages.CHINESE);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertEquals(2, book.getNumberOfSheets());
      Sheet lines = book.getSheetAt(0);
      assertEquals("月份", lines.getRow(0).getCell(0).getStringCellValue());
      assertEquals("核算系统", lines.getRow(1).getCell(1).getStringCellValue());
      assertEquals(200.00, lines.getRow(1).getCell(8).getNumericCellValue());
      assertEquals(773.33, lines.getRow(2).getCell(8).getNumericCellValue());
      assertEquals(973.33, book.getSheetAt(1).getRow(1).getCell(1).getNumericCellValue());
    }
  }

  @Test
  @DisplayName(
      "Art. 21, Art. 5: another tenant's unit and another unit are 404; the provider and the"
          + " security supervisor are 403")
  void art21_whoReads() throws Exception {
    AllocatedUnit f = changedAllocation();
    YearMonth april = YearMonth.of(2026, 4);
    actAs(request, "ningbo", null, Role.REVIEWER);
    assertThrows(NotFound.class, () -> showbacks.of(f.unitId(), 2026, Optional.of(april)));
    actAs(request, "hangzhou", Deployments.freshCreditCode("91330100"), Role.UNIT_SECURITY_OFFICER);
    assertThrows(NotFound.class, () -> showbacks.of(f.unitId(), 2026, Optional.of(april)));
    for (Role role : List.of(Role.PROVIDER_OPERATOR, Role.SECURITY_SUPERVISOR)) {
      actAs(request, "hangzhou", null, role);
      assertThrows(AccessDenied.class, () -> showbacks.of(f.unitId(), 2026, Optional.of(april)));
    }
    actAs(request, "hangzhou", null, Role.TENANT_ADMIN);
    assertEquals(f.name(), showbacks.of(f.unitId(), 2026, Optional.of(april)).unitName());
    assertThrows(NotFound.class, () -> showbacks.of(Long.MAX_VALUE, 2026, Optional.of(april)));
  }

  @Test
  @DisplayName(
      "Art. 21: bad years, months, bodies, items, amounts and dates are 400 naming the field;"
          + " nothing is stored")
  void art21_badInputIs400() throws Exception {
    actAs(request, "hangzhou", null, Role.REVIEWER);
    for (String year : List.of("1999", "abcd", "20266", "9999")) {
      assertEquals(
          Set.of("year"),
          fields(assertThrows(InvalidInputException.class, () -> showbacks.year(year))));
    }
    for (String month : List.of("0", "13", "-1", "1.5", "12345678901")) {
      assertEquals(
          Set.of("month"),
          fields(assertThrows(InvalidInputException.class, () -> showbacks.month(2026, month))));
    }
    long before = count("zhejiang", "select count(*) from price_entry");
    actAs(request, "zhejiang", null, Role.PROVINCE_ADMIN);
    List<List<Object>> bodies =
        List.of(
            List.of("not json", Set.of("body")),
            List.of(
                "{\"effectiveFrom\":\"2026-02-30\",\"prices\":{\"VCPU_MONTH\":1}}",
                Set.of("effectiveFrom")),
            List.of(
                "{\"effectiveFrom\":\"2026-01-01\",\"prices\":{\"GPU_MONTH\":1}}",
                Set.of("prices.GPU_MONTH")),
            List.of(
                "{\"effectiveFrom\":\"2026-01-01\",\"prices\":{\"VCPU_MONTH\":1.23456}}",
                Set.of("prices.VCPU_MONTH")),
            List.of(
                "{\"effectiveFrom\":\"2026-01-01\",\"prices\":{\"VCPU_MONTH\":-1}}",
                Set.of("prices.VCPU_MONTH")),
            List.of(
                "{\"effectiveFrom\":\"2026-01-01\",\"prices\":{\"VCPU_MONTH\":1e400}}",
                Set.of("prices.VCPU_MONTH")),
            List.of("{\"effectiveFrom\":\"2026-01-01\",\"prices\":{}}", Set.of("prices")),
            List.of("{\"effectiveFrom\":\"2026-01-01\",\"x\":1}", Set.of("x")));
    for (List<Object> body : bodies) {
      InvalidInputException e =
          assertThrows(
              InvalidInputException.class,
              () -> prices.setProvincial(PricesResource.change((String) body.get(0))),
              (String) body.get(0));
      assertEquals(body.get(1), fields(e), (String) body.get(0));
    }
    assertEquals(before, count("zhejiang", "select count(*) from price_entry"));
  }
}
