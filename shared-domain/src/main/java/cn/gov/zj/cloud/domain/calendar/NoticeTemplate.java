package cn.gov.zj.cloud.domain.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/**
 * Art. 8–12: the file a province administrator fills in from a new year's State Council holiday
 * notice: the instructions in Chinese and, as an example, the lines of the latest loaded year, all
 * as {@code #} lines that {@link NoticeCsv} does not read, then the header. UTF-8 with a byte order
 * mark, so that spreadsheet programs show the Chinese text.
 */
public final class NoticeTemplate {

  /** The file name offered for download. */
  public static final String FILE_NAME = "holiday-notice-%d.csv";

  /** What the template is. */
  public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

  private static final String BOM = "\uFEFF";

  private NoticeTemplate() {}

  /** The download name of the template for {@code year}. */
  public static String fileName(Year year) {
    return FILE_NAME.formatted(year.getValue());
  }

  /** The template for {@code year}, with the latest year of {@code calendar} as example. */
  public static byte[] of(Year year, OfficialCalendar calendar) {
    StringBuilder text = new StringBuilder(BOM);
    instructions(year).forEach(line -> text.append(NoticeCsv.COMMENT).append(line).append('\n'));
    example(calendar)
        .ifPresent(
            example -> {
              text.append(NoticeCsv.COMMENT)
                  .append(" 示例：")
                  .append(example)
                  .append(" 年的写法（仅供参考，载入时不读取）：\n");
              calendar.notice().days().stream()
                  .filter(day -> day.year().equals(example))
                  .forEach(day -> text.append(NoticeCsv.COMMENT).append(' ').append(line(day)));
            });
    text.append(NoticeCsv.HEADER).append('\n');
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> instructions(Year year) {
    int y = year.getValue();
    return List.of(
        " 国务院办公厅关于 " + y + " 年部分节假日安排的通知 —— 载入模板",
        " 填写说明：",
        " 1. 依照通知逐日填写，每天一行：放假的每一天（含因调休而放假的周末），以及调休上班的每个周六、周日。",
        " 2. 每行三列，用英文逗号分隔：日期（YYYY-MM-DD），类型，名称。",
        " 3. 类型填“放假”或“调休上班”（也可填 HOLIDAY 或 MAKEUP_WORKDAY）；调休上班日必须是周六或周日。",
        " 4. 名称填节日名称，如“春节”；调休上班日填它所补的节日名称，须与放假行的名称相同。名称中不能有逗号。",
        " 5. 只填 " + y + " 年的日期。未列出的日子按常规处理：周一至周五上班，周六、周日休息。",
        " 6. 以 # 开头的行是说明，载入时不读取；表头 date,kind,name 不要修改，日期行写在表头之后。",
        " 7. 保存为 UTF-8 编码的 CSV 文件。在“工作日历”页的“年份”栏填 " + y + "，先“检查并预览”，核对无误后“确认载入”。");
  }

  private static Optional<Year> example(OfficialCalendar calendar) {
    return calendar.years().isEmpty() ? Optional.empty() : Optional.of(calendar.years().last());
  }

  private static String line(CalendarDay day) {
    return day.date() + "," + day.kind().chinese() + "," + day.name() + "\n";
  }
}
