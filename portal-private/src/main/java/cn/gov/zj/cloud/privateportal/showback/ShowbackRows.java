package cn.gov.zj.cloud.privateportal.showback;

import cn.gov.zj.cloud.domain.showback.LineCost;
import cn.gov.zj.cloud.domain.showback.Money;
import cn.gov.zj.cloud.domain.showback.MonthCost;
import cn.gov.zj.cloud.privateportal.application.web.PageText;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter.Column;
import cn.gov.zj.cloud.privateportal.usage.ReportRows;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Art. 21: a unit's showback as the page, the PDF and the XLSX show it: a row per month, system,
 * line and allocation period, the month totals, the year's total and its projection, in one
 * language.
 */
public record ShowbackRows(
    String title,
    String unit,
    String period,
    List<LineRow> lines,
    List<MonthRow> months,
    String yearTotal,
    String projected,
    String asOf)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One line's cost in one month. */
  public record LineRow(
      String month,
      String system,
      int line,
      String type,
      String allocation,
      String first,
      String last,
      int days,
      BigDecimal amount,
      String unpriced)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** One month's total. */
  public record MonthRow(String month, BigDecimal total) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  public static ShowbackRows of(UnitShowback showback, Locale locale) {
    PageText text = new PageText(locale);
    List<MonthCost> months = showback.months();
    return new ShowbackRows(
        text.ui("showback.title"),
        showback.unitName(),
        showback.period(),
        months.stream()
            .flatMap(month -> month.lines().stream().map(line -> row(month, line, text)))
            .toList(),
        java.util.stream.Stream.concat(
                months.stream().map(m -> new MonthRow(m.month().toString(), m.total())),
                java.util.stream.Stream.of(
                    new MonthRow(text.ui("showback.yearTotal"), showback.year().total()),
                    new MonthRow(text.ui("showback.projected"), showback.year().projected())))
            .toList(),
        Money.text(showback.year().total()),
        Money.text(showback.year().projected()),
        showback.asOf().toString());
  }

  private static LineRow row(MonthCost month, LineCost line, PageText text) {
    return new LineRow(
        month.month().toString(),
        line.systemName(),
        line.line(),
        text.ui("resource.type." + line.allocation().type().name()),
        ReportRows.allocation(line.allocation(), text),
        line.first().toString(),
        line.last().toString(),
        line.days(),
        line.amount(),
        line.unpriced().stream()
            .sorted()
            .map(item -> text.ui("prices.item." + item.name()))
            .collect(Collectors.joining("、")));
  }

  /** The keys of the line table's headers, in column order. */
  static final List<String> LINE_KEYS =
      List.of(
          "showback.month",
          "report.system",
          "report.line",
          "report.type",
          "report.allocation",
          "showback.first",
          "showback.last",
          "report.days",
          "showback.amount",
          "showback.unpriced");

  private static final List<Function<LineRow, ?>> LINE_VALUES =
      List.of(
          LineRow::month,
          LineRow::system,
          LineRow::line,
          LineRow::type,
          LineRow::allocation,
          LineRow::first,
          LineRow::last,
          LineRow::days,
          LineRow::amount,
          LineRow::unpriced);

  /** The line table's columns, for the XLSX and the PDF. */
  static List<Column<LineRow>> lineColumns(PageText text) {
    return java.util.stream.IntStream.range(0, LINE_KEYS.size())
        .mapToObj(i -> new Column<>(text.ui(LINE_KEYS.get(i)), LINE_VALUES.get(i)))
        .toList();
  }

  /** The month table's columns. */
  static List<Column<MonthRow>> monthColumns(PageText text) {
    return List.of(
        new Column<>(text.ui("showback.month"), MonthRow::month),
        new Column<>(text.ui("showback.total"), MonthRow::total));
  }
}
