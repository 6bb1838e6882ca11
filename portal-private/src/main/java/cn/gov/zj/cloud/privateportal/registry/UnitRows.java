package cn.gov.zj.cloud.privateportal.registry;

import cn.gov.zj.cloud.domain.registry.UnitDetails;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.sheet.SheetReader;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Art. 3: the rows of a units file: each a valid unit whose credit code is neither the tenant's
 * already nor repeated in the file.
 */
final class UnitRows implements RowCheck<UnitDetails> {

  private final Set<String> taken;
  private final Map<String, Integer> seen = new HashMap<>();

  UnitRows(Set<String> taken) {
    this.taken = taken;
  }

  @Override
  public UnitDetails check(SheetReader.Row row, Violations violations) {
    UnitDetails details = UnitDetails.from(row.cell(0), row.cell(1), row.cell(2), violations);
    if (details == null) {
      return null;
    }
    String code = details.creditCode().value();
    Integer first = seen.putIfAbsent(code, row.number());
    if (first != null) {
      violations.add("creditCode", "registry.import.duplicate", first);
      return null;
    }
    if (taken.contains(code)) {
      violations.add("creditCode", "registry.unit.creditCode.taken");
      return null;
    }
    return details;
  }
}
