package cn.gov.zj.cloud.privateportal.staff.web;

import cn.gov.zj.cloud.privateportal.sheet.SheetWriter;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter.Column;
import cn.gov.zj.cloud.privateportal.staff.StaffAccount;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Art. 25: the tenant's staff accounts as an XLSX sheet, as the page lists them (username, name,
 * roles, status, unit, email); never a password. {@code text} reads the UI bundle.
 */
public final class StaffSheets {

  private StaffSheets() {}

  public static byte[] write(List<StaffAccount> rows, Function<String, String> text) {
    List<Column<StaffAccount>> columns =
        List.of(
            new Column<>(text.apply("staff.username"), StaffAccount::username),
            new Column<>(text.apply("staff.name"), StaffAccount::displayName),
            new Column<>(text.apply("staff.roles"), account -> roles(account, text)),
            new Column<>(
                text.apply("staff.status"),
                account ->
                    text.apply(
                        account.enabled() ? "staff.status.enabled" : "staff.status.disabled")),
            new Column<>(
                text.apply("staff.unitName"),
                account -> account.unitName() != null ? account.unitName() : account.unitCode()),
            new Column<>(text.apply("staff.email"), StaffAccount::email));
    return SheetWriter.write(text.apply("nav.users"), columns, rows);
  }

  private static String roles(StaffAccount account, Function<String, String> text) {
    return account.roles().stream()
        .map(role -> text.apply("role." + role.realmRole()))
        .collect(Collectors.joining("、"));
  }
}
