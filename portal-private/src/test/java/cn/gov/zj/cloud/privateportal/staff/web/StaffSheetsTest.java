package cn.gov.zj.cloud.privateportal.staff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.SheetRows;
import cn.gov.zj.cloud.privateportal.staff.StaffAccount;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StaffSheetsTest {

  @Test
  @DisplayName(
      "Issue 11, Art. 25: the accounts list exports to XLSX with roles, status and unit name in"
          + " Chinese, one row per listed account")
  void art25_accountsExportAsListed() {
    List<StaffAccount> listed =
        List.of(
            new StaffAccount("1", "lishui.a", "三", "张", "a@x.cn", "123", true)
                .with(List.of(Role.UNIT_APPLICANT, Role.UNIT_SECURITY_OFFICER), "丽水市大数据局"),
            new StaffAccount("2", "lishui.b", null, null, null, "456", false)
                .with(List.of(Role.REVIEWER), null));
    byte[] file = StaffSheets.write(listed, SheetRows.ui());
    List<List<String>> rows = SheetRows.read(file);
    assertEquals("人员账号", SheetRows.sheetName(file));
    assertEquals(List.of("用户名", "姓名", "角色", "状态", "所属单位", "邮箱"), rows.get(0));
    assertEquals(3, rows.size());
    assertEquals("lishui.a", rows.get(1).get(0));
    assertEquals("启用", rows.get(1).get(3));
    assertEquals("丽水市大数据局", rows.get(1).get(4));
    assertFalse(rows.get(1).get(2).isBlank());
    assertEquals("已停用", rows.get(2).get(3));
    assertEquals("456", rows.get(2).get(4), "the unit's code when its name is unknown");
  }
}
