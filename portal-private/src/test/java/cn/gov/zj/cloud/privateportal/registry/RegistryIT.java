package cn.gov.zj.cloud.privateportal.registry;

import static cn.gov.zj.cloud.privateportal.Deployments.actAs;
import static cn.gov.zj.cloud.privateportal.Deployments.demoUnit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.registry.CloudStatus;
import cn.gov.zj.cloud.domain.registry.CreditCode;
import cn.gov.zj.cloud.domain.registry.SystemDetails;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.AuditProbe;
import cn.gov.zj.cloud.privateportal.Deployments;
import cn.gov.zj.cloud.privateportal.paging.PageRequest;
import cn.gov.zj.cloud.privateportal.registry.web.RegistrySheets;
import cn.gov.zj.cloud.privateportal.rest.Conflict;
import cn.gov.zj.cloud.privateportal.security.AccessDenied;
import cn.gov.zj.cloud.privateportal.tenant.NotFound;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The registry services inside Payara Micro against the real private database. */
@ExtendWith(ArquillianExtension.class)
class RegistryIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Inject HttpServletRequest request;
  @Inject Units units;
  @Inject Systems systems;
  @Inject Oversight oversight;
  @Inject AuditProbe auditProbe;
  @Inject RegistryImport imports;

  private static PageRequest firstPage(String search) {
    return PageRequest.parse(
        "0", "100", null, search, Systems.SORTABLE.keySet(), "name", new Violations());
  }

  private static SystemDetails.Draft draft(String name, int level) {
    return new SystemDetails.Draft(
        name, "测试", level, "李四", CloudStatus.ON_CLOUD, LocalDate.of(2025, 3, 1), null, true);
  }

  private static String freshCode() {
    String first17 =
        "12330100"
            + String.format(
                "%09d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
    return first17 + CreditCode.checkCharacter(first17);
  }

  @Test
  @DisplayName("Art. 3, Art. 4: a tenant admin registers a unit, audited with its state")
  void tenantAdminCreatesUnit() {
    actAs(request, "hangzhou", null, Role.TENANT_ADMIN);
    String code = freshCode();
    UsingUnit unit = units.create("杭州市测试局", code, "0571-88888888");
    assertEquals(code, units.get(unit.getId()).getCreditCode());
    List<String> actions = auditProbe.actionsAbout("unit", unit.getId());
    assertEquals(List.of("unit.create"), actions);
  }

  @Test
  @DisplayName(
      "Art. 3: a duplicate or invalid credit code is refused by name and nothing is stored")
  void badUnitInputStoresNothing() {
    actAs(request, "hangzhou", null, Role.TENANT_ADMIN);
    long before = units.list(firstPage(null)).total();
    InvalidInputException invalid =
        assertThrows(
            InvalidInputException.class, () -> units.create("X", demoUnit("hangzhou"), "c"));
    assertEquals("registry.unit.creditCode.taken", invalid.errors().get(0).messageKey());
    invalid = assertThrows(InvalidInputException.class, () -> units.create("", "123", null));
    assertEquals(
        List.of("name", "contact", "creditCode"),
        invalid.errors().stream().map(FieldError::field).toList());
    assertEquals(before, units.list(firstPage(null)).total());
  }

  @Test
  @DisplayName("Art. 25: only the tenant admin manages units")
  void applicantCannotCreateUnits() {
    actAs(request, "hangzhou", demoUnit("hangzhou"), Role.UNIT_APPLICANT);
    assertThrows(AccessDenied.class, () -> units.create("X", freshCode(), "c"));
  }

  @Test
  @DisplayName(
      "Art. 3, Art. 18: an applicant registers a system of their own unit; another tenant sees nothing of it")
  void systemsStayInTheirTenant() {
    actAs(request, "hangzhou", demoUnit("hangzhou"), Role.UNIT_APPLICANT);
    String name = "政务系统-" + UUID.randomUUID();
    AppSystem system = systems.register(null, draft(name, 3));
    assertEquals(1, systems.list(firstPage(name)).total());

    actAs(request, "ningbo", demoUnit("ningbo"), Role.UNIT_APPLICANT);
    assertEquals(0, systems.list(firstPage(name)).total());
    assertThrows(NotFound.class, () -> systems.get(system.getId()));
    assertThrows(NotFound.class, () -> systems.update(system.getId(), null, draft("改名", 2)));

    actAs(request, "ningbo", null, Role.REVIEWER);
    assertThrows(NotFound.class, () -> systems.get(system.getId()));
  }

  @Test
  @DisplayName("Art. 3: a system of another unit of the same tenant is refused by name")
  void otherUnitRefused() {
    actAs(request, "hangzhou", null, Role.TENANT_ADMIN);
    UsingUnit other = units.create("杭州市另一局", freshCode(), "0571-1");
    actAs(request, "hangzhou", demoUnit("hangzhou"), Role.UNIT_APPLICANT);
    InvalidInputException invalid =
        assertThrows(
            InvalidInputException.class, () -> systems.register(other.getId(), draft("X", 2)));
    assertEquals("registry.system.unit.notYours", invalid.errors().get(0).messageKey());
  }

  @Test
  @DisplayName("Art. 18: an invalid MLPS level stores nothing")
  void invalidLevelStoresNothing() {
    actAs(request, "hangzhou", demoUnit("hangzhou"), Role.UNIT_APPLICANT);
    String name = "无效级别-" + UUID.randomUUID();
    assertThrows(InvalidInputException.class, () -> systems.register(null, draft(name, 6)));
    assertEquals(0, systems.list(firstPage(name)).total());
  }

  @Test
  @DisplayName("Art. 3: an edit is audited with the state before and after")
  void editIsAudited() {
    actAs(request, "hangzhou", demoUnit("hangzhou"), Role.UNIT_APPLICANT);
    AppSystem system = systems.register(null, draft("审计-" + UUID.randomUUID(), 2));
    systems.update(system.getId(), null, draft("审计已改", 3));
    assertEquals(
        List.of("system.level.change", "system.update", "system.register"),
        auditProbe.actionsAbout("system", system.getId()));
    assertTrue(auditProbe.lastBefore("system", system.getId()).contains("\"mlpsLevel\":2"));
  }

  @Test
  @DisplayName("Art. 4: the province admin reads every tenant's systems; a city admin cannot")
  void provinceOversight() {
    actAs(request, "wenzhou", demoUnit("wenzhou"), Role.UNIT_APPLICANT);
    String name = "温州系统-" + UUID.randomUUID();
    systems.register(null, draft(name, 1));

    actAs(request, "zhejiang", null, Role.PROVINCE_ADMIN);
    assertEquals(1, oversight.systems("wenzhou", firstPage(name)).total());
    assertEquals(0, oversight.systems("ningbo", firstPage(name)).total());

    actAs(request, "hangzhou", null, Role.TENANT_ADMIN, Role.PROVINCE_ADMIN);
    assertThrows(AccessDenied.class, () -> oversight.systems(null, firstPage(name)));
  }

  private static byte[] csv(String... lines) {
    return String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> cells(ImportPreview preview) {
    return preview.errors().stream().map(e -> e.cell() + " " + e.messageKey()).toList();
  }

  private static byte[] xlsx(List<List<Object>> rows) throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("systems");
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object value = rows.get(r).get(c);
          if (value instanceof Number number) {
            row.createCell(c).setCellValue(number.doubleValue());
          } else if (value != null) {
            row.createCell(c).setCellValue(value.toString());
          }
        }
      }
      book.write(out);
      return out.toByteArray();
    }
  }

  @Test
  @DisplayName(
      "Art. 3: an import preview names every bad row and cell; nothing is stored until the whole file is valid")
  void art3_importPreviewNamesBadCellsAndStoresNothing() {
    actAs(request, "hangzhou", null, Role.TENANT_ADMIN);
    long before = units.list(firstPage(null)).total();
    String a = freshCode();
    String b = freshCode();
    byte[] bad =
        csv(
            "单位名称（name）,统一社会信用代码（creditCode）,联系方式（contact）",
            "杭州市导入甲局," + a + ",0571-1",
            "杭州市导入乙局,123,0571-2",
            "杭州市导入丙局," + b + ",",
            "\"杭州市导入甲局, 重复\"," + a + ",0571-4",
            "杭州市导入丁局," + demoUnit("hangzhou") + ",0571-5");
    ImportPreview preview = imports.preview(ImportKind.UNITS, bad);
    assertEquals(5, preview.rows());
    assertEquals(
        List.of(
            "B3 registry.unit.creditCode.invalid",
            "C4 validation.required",
            "B5 registry.import.duplicate",
            "B6 registry.unit.creditCode.taken"),
        cells(preview));
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> imports.confirm(ImportKind.UNITS, bad));
    assertEquals("B3", refused.errors().get(0).field());
    assertEquals(before, units.list(firstPage(null)).total());

    byte[] good =
        csv("name,creditCode,contact", "杭州市导入甲局," + a + ",0571-1", "杭州市导入丙局," + b + ",0571-3");
    assertTrue(imports.preview(ImportKind.UNITS, good).valid());
    assertEquals(2, imports.confirm(ImportKind.UNITS, good));
    assertEquals(before + 2, units.list(firstPage(null)).total());
    UsingUnit imported = units.byCreditCode(b).orElseThrow();
    assertEquals(List.of("unit.create"), auditProbe.actionsAbout("unit", imported.getId()));
  }

  @Test
  @DisplayName(
      "Art. 3: systems import from XLSX for a unit named by its credit code; a wrong header is named")
  void art3_systemsImportFromXlsx() throws Exception {
    actAs(request, "hangzhou", null, Role.TENANT_ADMIN);
    String code = freshCode();
    UsingUnit unit = units.create("杭州市导入系统局", code, "0571-9");
    List<Object> header = List.copyOf(ImportKind.SYSTEMS.columns());
    String name = "导入系统-" + UUID.randomUUID();
    byte[] file =
        xlsx(
            List.of(
                header,
                List.of(code, name, "说明", 2, "王五", "planned", "", "", "否"),
                java.util.Arrays.asList(
                    "91330100MA2B3C4D5X", "", null, 9, "王五", "ON_CLOUD", "昨天", null, "也许")));
    ImportPreview preview = imports.preview(ImportKind.SYSTEMS, file);
    assertEquals(
        List.of(
            "A3 registry.system.unit.unknown",
            "B3 validation.required",
            "D3 registry.system.mlpsLevel.range",
            "G3 validation.notADate",
            "I3 validation.notABoolean"),
        cells(preview));

    byte[] wrongHeader = xlsx(List.of(List.of("单位", "名称"), List.of(code, name)));
    assertEquals(
        "A1 registry.import.header",
        cells(imports.preview(ImportKind.SYSTEMS, wrongHeader)).get(0));

    byte[] good = xlsx(List.of(header, List.of(code, name, "说明", 2, "王五", "PLANNED", "", "", "否")));
    assertEquals(1, imports.confirm(ImportKind.SYSTEMS, good));
    AppSystem stored = systems.list(firstPage(name)).items().get(0);
    assertEquals(unit.getId(), stored.getUnitId());
    assertEquals(CloudStatus.PLANNED, stored.getCloudStatus());
  }

  @Test
  @DisplayName(
      "Art. 3, Art. 25: a broken, non-UTF-8, zip-bomb or too-large file is bad input naming the file, never a failure")
  void art3_hostileFilesAreBadInput() throws Exception {
    actAs(request, "hangzhou", null, Role.TENANT_ADMIN);
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 40; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    for (byte[] file :
        List.of(
            bomb.toByteArray(),
            "PK\u0003\u0004 not a zip at all".getBytes(StandardCharsets.ISO_8859_1),
            new byte[] {(byte) 0xC3, (byte) 0x28, ',', 'a'},
            new byte[0])) {
      InvalidInputException unreadable =
          assertThrows(InvalidInputException.class, () -> imports.preview(ImportKind.UNITS, file));
      assertEquals("file", unreadable.errors().get(0).field());
      assertThrows(InvalidInputException.class, () -> imports.confirm(ImportKind.UNITS, file));
    }
    actAs(request, "hangzhou", demoUnit("hangzhou"), Role.UNIT_APPLICANT);
    assertThrows(
        AccessDenied.class,
        () -> imports.preview(ImportKind.UNITS, csv("name,creditCode,contact")));
  }

  @Test
  @DisplayName(
      "Art. 3: units and systems are retired with a reason, kept and shown as retired; twice is a conflict")
  void art3_retireUnitsAndSystems() throws Exception {
    actAs(request, "hangzhou", null, Role.TENANT_ADMIN);
    String code = freshCode();
    UsingUnit unit = units.create("杭州市撤销测试局", code, "0571-7");
    String name = "撤销系统-" + UUID.randomUUID();
    imports.confirm(
        ImportKind.SYSTEMS,
        csv(
            String.join(",", ImportKind.SYSTEMS.columns()),
            code + "," + name + ",,2,王五,NOT_MIGRATED,,,否"));
    AppSystem system = systems.list(firstPage(name)).items().get(0);

    Conflict busy = assertThrows(Conflict.class, () -> units.retire(unit.getId(), "机构改革撤并"));
    assertEquals("registry.unit.retire.hasSystems", busy.messageKey());
    assertThrows(InvalidInputException.class, () -> systems.retire(system.getId(), " "));
    systems.retire(system.getId(), "系统停用");
    assertThrows(Conflict.class, () -> systems.retire(system.getId(), "系统停用"));
    units.retire(unit.getId(), "机构改革撤并");
    assertThrows(Conflict.class, () -> units.retire(unit.getId(), "再次"));
    assertThrows(Conflict.class, () -> units.update(unit.getId(), "改名", code, "0571-7"));

    UsingUnit kept = units.get(unit.getId());
    assertTrue(kept.isRetired());
    assertEquals("机构改革撤并", kept.getRetiredReason());
    assertEquals(
        List.of("unit.retire", "unit.create"), auditProbe.actionsAbout("unit", unit.getId()));
    assertTrue(systems.get(system.getId()).isRetired());

    ImportPreview intoRetired =
        imports.preview(
            ImportKind.SYSTEMS,
            csv(String.join(",", ImportKind.SYSTEMS.columns()), code + ",新系统,,2,王五,PLANNED,,,是"));
    assertEquals(List.of("A2 registry.system.unit.retired"), cells(intoRetired));

    actAs(request, "ningbo", null, Role.TENANT_ADMIN);
    assertThrows(NotFound.class, () -> units.retire(unit.getId(), "跨租户"));
  }

  @Test
  @DisplayName("Art. 3, Art. 4: a list exported to XLSX opens with POI and holds its rows")
  void art3_exportOpensWithPoi() throws Exception {
    actAs(request, "hangzhou", null, Role.TENANT_ADMIN);
    List<UsingUnit> listed = units.list(firstPage(null)).items();
    byte[] file = RegistrySheets.units(listed, key -> key);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = book.getSheetAt(0);
      assertEquals("nav.units", sheet.getSheetName());
      assertEquals(listed.size(), sheet.getLastRowNum());
      assertEquals("unit.creditCode", sheet.getRow(0).getCell(1).getStringCellValue());
      assertEquals(listed.get(0).getCreditCode(), sheet.getRow(1).getCell(1).getStringCellValue());
    }
    List<AppSystem> all = systems.list(firstPage(null)).items();
    byte[] systemsFile = RegistrySheets.systems(all, id -> "单位" + id, key -> key);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(systemsFile))) {
      assertEquals(all.size(), book.getSheetAt(0).getLastRowNum());
    }
  }
}
