package cn.gov.zj.cloud.privateportal.registry;

import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.sheet.SheetReader;

/** Art. 3: checks one data row of an import file; null with its faults named by field. */
interface RowCheck<T> {

  T check(SheetReader.Row row, Violations violations);
}
