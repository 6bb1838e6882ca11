package cn.gov.zj.cloud.privateportal.registry;

import cn.gov.zj.cloud.domain.registry.CloudStatus;
import cn.gov.zj.cloud.domain.registry.CreditCode;
import cn.gov.zj.cloud.domain.registry.SystemDetails;
import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.sheet.SheetReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Art. 3, Art. 18: the rows of a systems file: each a valid system of a unit of the tenant that is
 * not retired, named by its credit code.
 */
final class SystemRows implements RowCheck<SystemRows.Record> {

  /** A checked row: the unit's id and the system. */
  record Record(long unitId, SystemDetails details) {}

  private static final Set<String> YES = Set.of("是", "true", "yes", "y", "1");
  private static final Set<String> NO = Set.of("否", "false", "no", "n", "0");

  private final Map<String, UsingUnit> units;
  private final LocalDate today;

  SystemRows(Map<String, UsingUnit> units, LocalDate today) {
    this.units = units;
    this.today = today;
  }

  @Override
  public Record check(SheetReader.Row row, Violations violations) {
    UsingUnit unit = unit(row.cell(0), violations);
    SystemDetails.Draft draft =
        new SystemDetails.Draft(
            row.cell(1),
            row.cell(2),
            integer("mlpsLevel", row.cell(3), violations),
            row.cell(4),
            status(row.cell(5), violations),
            date("onCloudSince", row.cell(6), violations),
            row.cell(7),
            bool("publicFacing", row.cell(8), violations));
    SystemDetails details = SystemDetails.from(draft, today, violations);
    return details == null || unit == null ? null : new Record(unit.getId(), details);
  }

  private UsingUnit unit(String code, Violations violations) {
    String normalized = CreditCode.normalize(code);
    if (normalized == null || normalized.isEmpty()) {
      violations.add("unitCreditCode", "validation.required");
      return null;
    }
    UsingUnit unit = units.get(normalized);
    if (unit == null) {
      violations.add("unitCreditCode", "registry.system.unit.unknown");
    } else if (unit.isRetired()) {
      violations.add("unitCreditCode", "registry.system.unit.retired");
      return null;
    }
    return unit;
  }

  private static CloudStatus status(String text, Violations violations) {
    return text == null
        ? null
        : Texts.constant(
            "cloudStatus", text.toUpperCase(Locale.ROOT), CloudStatus.class, violations);
  }

  private static Integer integer(String field, String text, Violations violations) {
    if (text == null) {
      return null;
    }
    if (!text.matches("[0-9]{1,9}")) {
      violations.add(field, "validation.notANumber");
      return null;
    }
    return Integer.valueOf(text);
  }

  private static LocalDate date(String field, String text, Violations violations) {
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      violations.add(field, "validation.notADate");
      return null;
    }
  }

  private static Boolean bool(String field, String text, Violations violations) {
    if (text == null) {
      return null;
    }
    String value = text.toLowerCase(Locale.ROOT);
    if (YES.contains(value) || NO.contains(value)) {
      return YES.contains(value);
    }
    violations.add(field, "validation.notABoolean");
    return null;
  }
}
