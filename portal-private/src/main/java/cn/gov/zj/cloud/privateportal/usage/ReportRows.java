package cn.gov.zj.cloud.privateportal.usage;

import cn.gov.zj.cloud.domain.application.ResourceLine;
import cn.gov.zj.cloud.domain.usage.Advice;
import cn.gov.zj.cloud.domain.usage.LineMonth;
import cn.gov.zj.cloud.privateportal.application.web.PageText;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Art. 15: a monthly report as rows of text in one language, for the page, the PDF and the XLSX:
 * the utilization table, the O&M summary and the advice. A figure without data is null.
 */
public record ReportRows(
    String title,
    String unit,
    String month,
    List<TableRow> table,
    List<FigureRow> operations,
    List<AdviceRow> advice,
    boolean dataMissing)
    implements Serializable {

  /** One allocated line of the utilization table. */
  public record TableRow(
      String system,
      int line,
      String type,
      String allocation,
      int days,
      Double cpuAvgPct,
      Double cpuP95Pct,
      Double memAvgPct,
      Double diskUsedGiB,
      Double bandwidthP95Mbps)
      implements Serializable {}

  /** One figure of the O&M summary. */
  public record FigureRow(String label, long value) implements Serializable {}

  /** One piece of advice. */
  public record AdviceRow(String system, int line, String kind, String text)
      implements Serializable {}

  /** The headers of the utilization table, in the order of {@link TableRow}. */
  public static final List<String> TABLE_KEYS =
      List.of(
          "report.system",
          "report.line",
          "report.type",
          "report.allocation",
          "report.days",
          "report.cpuAvg",
          "report.cpuP95",
          "report.mem",
          "report.disk",
          "report.bandwidth");

  public static ReportRows of(UtilizationReport report, Locale locale) {
    PageText text = new PageText(locale);
    List<TableRow> table = new ArrayList<>();
    Map<Long, String> systemOf = new HashMap<>();
    for (UtilizationReport.SystemUsage system : report.systems()) {
      systemOf.put(system.applicationId(), system.systemName());
      for (UtilizationReport.LineUsage line : system.lines()) {
        table.add(row(system.systemName(), line, text));
      }
    }
    List<FigureRow> operations =
        report.operations().stream()
            .map(f -> new FigureRow(text.ui(f.labelKey()), f.value()))
            .toList();
    List<AdviceRow> advice =
        report.advice().stream()
            .map(a -> adviceRow(a, systemOf.get(a.applicationId()), text))
            .toList();
    return new ReportRows(
        text.ui("report.title"),
        report.unitName(),
        report.month().toString(),
        table,
        operations,
        advice,
        report.dataMissing());
  }

  private static TableRow row(String system, UtilizationReport.LineUsage line, PageText text) {
    LineMonth month = line.month();
    return new TableRow(
        system,
        line.line(),
        text.ui("resource.type." + line.allocation().type().name()),
        allocation(line.allocation(), text),
        month.daysReported(),
        rounded(month.cpuAvgPct()),
        rounded(month.cpuP95Pct()),
        rounded(month.memAvgPct()),
        rounded(month.diskUsedGiB()),
        rounded(month.bandwidthP95Mbps()));
  }

  private static AdviceRow adviceRow(Advice advice, String system, PageText text) {
    return new AdviceRow(
        system,
        advice.line(),
        text.ui("report.kind." + advice.kind().name()),
        text.domain(advice.kind().textKey(), advice.arguments().toArray()));
  }

  /** Art. 15: the allocation of a line in a few words. */
  public static String allocation(ResourceLine line, PageText text) {
    if (line instanceof ResourceLine.CloudHost h) {
      return text.ui(
          "report.alloc.host",
          h.quantity(),
          h.vcpu(),
          h.memoryGiB(),
          h.systemDiskGiB() + h.dataDiskGiB(),
          h.os());
    }
    if (line instanceof ResourceLine.CloudDatabase d) {
      return text.ui("report.alloc.database", d.engine(), d.vcpu(), d.memoryGiB(), d.storageGiB());
    }
    if (line instanceof ResourceLine.CloudStorage s) {
      return text.ui(
          "report.alloc.storage", text.ui("resource.kind." + s.kind().name()), s.capacityGiB());
    }
    if (line instanceof ResourceLine.CloudSecurity s) {
      return text.ui("resource.service." + s.service().name());
    }
    return text.ui("report.alloc.bandwidth", ((ResourceLine.Bandwidth) line).mbps());
  }

  static Double rounded(OptionalDouble value) {
    return value.isPresent() ? Math.round(value.getAsDouble() * 10) / 10.0 : null;
  }
}
