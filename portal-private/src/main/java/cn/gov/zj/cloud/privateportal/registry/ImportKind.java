package cn.gov.zj.cloud.privateportal.registry;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Art. 3: what a registry import file holds, with its columns in the template's order (named as the
 * REST contract names the fields; {@code unitCreditCode} names the system's unit).
 */
public enum ImportKind {
  UNITS(List.of("name", "creditCode", "contact")),
  SYSTEMS(
      List.of(
          "unitCreditCode",
          "name",
          "description",
          "mlpsLevel",
          "securityOfficer",
          "cloudStatus",
          "onCloudSince",
          "exemptionBasis",
          "publicFacing"));

  private final List<String> columns;

  ImportKind(List<String> columns) {
    this.columns = columns;
  }

  public List<String> columns() {
    return columns;
  }

  /** The kind's name in addresses: {@code units} or {@code systems}. */
  public String path() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The message key of a column's header, as the template writes it. */
  public String headerKey(String column) {
    return "registry.import." + path() + "." + column;
  }

  /** The spreadsheet letter of a field's column (A for the first). */
  String letter(String field) {
    int index = Math.max(0, columns.indexOf(field));
    return String.valueOf((char) ('A' + index));
  }

  public static Optional<ImportKind> ofPath(String path) {
    for (ImportKind kind : values()) {
      if (kind.path().equals(path)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
