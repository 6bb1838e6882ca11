package cn.gov.zj.cloud.privateportal.usage;

import cn.gov.zj.cloud.privateportal.application.web.PageText;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter.Column;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter.Tab;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Art. 15: a monthly report as an XLSX workbook: the table, the O&M summary, the advice. */
public final class ReportSheet {

  private ReportSheet() {}

  public static byte[] write(UtilizationReport report, Locale locale) {
    ReportRows rows = ReportRows.of(report, locale);
    PageText text = new PageText(locale);
    List<Function<ReportRows.TableRow, ?>> values =
        List.of(
            ReportRows.TableRow::system,
            ReportRows.TableRow::line,
            ReportRows.TableRow::type,
            ReportRows.TableRow::allocation,
            ReportRows.TableRow::days,
            ReportRows.TableRow::cpuAvgPct,
            ReportRows.TableRow::cpuP95Pct,
            ReportRows.TableRow::memAvgPct,
            ReportRows.TableRow::diskUsedGiB,
            ReportRows.TableRow::bandwidthP95Mbps);
    List<Column<ReportRows.TableRow>> table =
        java.util.stream.IntStream.range(0, values.size())
            .mapToObj(i -> new Column<>(text.ui(ReportRows.TABLE_KEYS.get(i)), values.get(i)))
            .toList();
    List<Column<ReportRows.FigureRow>> operations =
        List.of(
            new Column<>(text.ui("report.figure"), ReportRows.FigureRow::label),
            new Column<>(text.ui("report.value"), ReportRows.FigureRow::value));
    List<Column<ReportRows.AdviceRow>> advice =
        List.of(
            new Column<>(text.ui("report.system"), ReportRows.AdviceRow::system),
            new Column<>(text.ui("report.line"), ReportRows.AdviceRow::line),
            new Column<>(text.ui("report.kind"), ReportRows.AdviceRow::kind),
            new Column<>(text.ui("report.advice"), ReportRows.AdviceRow::text));
    return SheetWriter.write(
        List.of(
            new Tab<>(text.ui("report.table"), table, rows.table()),
            new Tab<>(text.ui("report.ops"), operations, rows.operations()),
            new Tab<>(text.ui("report.advice"), advice, rows.advice())));
  }
}
