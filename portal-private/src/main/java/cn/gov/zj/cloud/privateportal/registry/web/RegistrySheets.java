package cn.gov.zj.cloud.privateportal.registry.web;

import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.UsingUnit;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Art. 3, Art. 4: the registry's lists as XLSX sheets, headed in the page's language ({@code text}
 * reads the UI bundle), with the rows the list holds.
 */
public final class RegistrySheets {

  private RegistrySheets() {}

  /** Art. 3: the tenant's units. */
  public static byte[] units(List<UsingUnit> units, Function<String, String> text) {
    List<Column<UsingUnit>> columns =
        List.of(
            new Column<>(text.apply("unit.name"), UsingUnit::getName),
            new Column<>(text.apply("unit.creditCode"), UsingUnit::getCreditCode),
            new Column<>(text.apply("unit.contact"), UsingUnit::getContact),
            new Column<>(text.apply("registry.status"), unit -> status(unit.isRetired(), text)),
            new Column<>(text.apply("registry.retiredReason"), UsingUnit::getRetiredReason),
            new Column<>(text.apply("registry.retiredAt"), UsingUnit::getRetiredAt));
    return SheetWriter.write(text.apply("nav.units"), columns, units);
  }

  /** Art. 3, Art. 18: systems with the name of their unit. */
  public static byte[] systems(
      List<AppSystem> systems, Function<Long, String> unitName, Function<String, String> text) {
    List<Column<AppSystem>> columns = new ArrayList<>();
    columns.add(new Column<>(text.apply("system.name"), AppSystem::getName));
    columns.add(new Column<>(text.apply("system.unit"), s -> unitName.apply(s.getUnitId())));
    columns.addAll(systemColumns(text));
    return SheetWriter.write(text.apply("nav.systems"), columns, systems);
  }

  /** Art. 4: every tenant's systems, with the tenant's name. */
  public static byte[] oversight(
      List<AppSystem> systems, Function<String, String> tenantName, Function<String, String> text) {
    List<Column<AppSystem>> columns = new ArrayList<>();
    columns.add(new Column<>(text.apply("system.tenant"), s -> tenantName.apply(s.getTenantId())));
    columns.add(new Column<>(text.apply("system.name"), AppSystem::getName));
    columns.addAll(systemColumns(text));
    return SheetWriter.write(text.apply("nav.oversight"), columns, systems);
  }

  private static List<Column<AppSystem>> systemColumns(Function<String, String> text) {
    return List.of(
        new Column<>(text.apply("system.mlpsLevel"), AppSystem::getMlpsLevel),
        new Column<>(text.apply("system.securityOfficer"), AppSystem::getSecurityOfficer),
        new Column<>(
            text.apply("system.cloudStatus"),
            s -> text.apply("cloudStatus." + s.getCloudStatus().name())),
        new Column<>(
            text.apply("system.cloudEntry"),
            s -> s.getCloudEntry() == null ? null : text.apply("cloudEntry." + s.getCloudEntry())),
        new Column<>(text.apply("system.onCloudSince"), AppSystem::getOnCloudSince),
        new Column<>(
            text.apply("system.publicFacing"),
            s -> text.apply(s.isPublicFacing() ? "system.yes" : "system.no")),
        new Column<>(text.apply("registry.status"), s -> status(s.isRetired(), text)),
        new Column<>(text.apply("registry.retiredReason"), AppSystem::getRetiredReason));
  }

  private static String status(boolean retired, Function<String, String> text) {
    return text.apply(retired ? "registry.retired" : "registry.active");
  }
}
