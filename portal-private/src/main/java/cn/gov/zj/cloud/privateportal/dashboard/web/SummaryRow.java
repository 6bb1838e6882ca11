package cn.gov.zj.cloud.privateportal.dashboard.web;

import cn.gov.zj.cloud.privateportal.dashboard.CityFigures;
import java.util.List;

/**
 * Art. 13, 17, 22, 23: a figure of the dashboard that has no month: its label key, its value and
 * the list behind it (a page of the tenant, with its filter), or none.
 */
public record SummaryRow(String id, String labelKey, String value, String list) {

  static List<SummaryRow> of(CityFigures f) {
    return List.of(
        row("on-cloud", "dashboard.adoption.onCloud", f.adoption().onCloud(), "systems"),
        row("registered", "dashboard.adoption.registered", f.adoption().registered(), "systems"),
        row("exempt", "dashboard.adoption.exempt", f.adoption().exempt(), "systems"),
        new SummaryRow(
            "adoption-ratio",
            "dashboard.adoption.ratio",
            Percent.of(f.adoption().ratio()),
            "systems"),
        row(
            "allocated",
            "dashboard.resources.allocated",
            f.applications().holdingResources(),
            "reports"),
        new SummaryRow(
            "cpu-avg", "dashboard.resources.cpu", Percent.plain(f.utilization().cpu(0)), "reports"),
        new SummaryRow(
            "mem-avg",
            "dashboard.resources.memory",
            Percent.plain(f.utilization().memory(0)),
            "reports"),
        row("faults-reported", "dashboard.faults.reported", f.faults().reported(), "faults"),
        new SummaryRow(
            "faults-response-rate",
            "dashboard.faults.responseRate",
            Percent.of(f.faults().responseMet().year().rate()),
            "faults"),
        new SummaryRow(
            "faults-resolution-rate",
            "dashboard.faults.resolutionRate",
            Percent.of(f.faults().resolutionMet().year().rate()),
            "faults"),
        row(
            "faults-overdue",
            "dashboard.faults.overdue",
            f.faults().overdue(),
            "faults?overdue=true"),
        row("findings-open", "dashboard.findings.open", f.findings().open(), "inspections"),
        row(
            "findings-overdue",
            "dashboard.findings.overdue",
            f.findings().overdue(),
            "inspections"),
        row(
            "rectifications-open",
            "dashboard.rectifications.open",
            f.rectifications().open(),
            "rectifications?open=true"),
        row(
            "rectifications-overdue",
            "dashboard.rectifications.overdue",
            f.rectifications().overdue(),
            "rectifications?open=true"));
  }

  private static SummaryRow row(String id, String key, long value, String list) {
    return new SummaryRow(id, key, Long.toString(value), list);
  }
}
