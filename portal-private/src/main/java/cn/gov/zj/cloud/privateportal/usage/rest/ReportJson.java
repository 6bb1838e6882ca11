package cn.gov.zj.cloud.privateportal.usage.rest;

import static cn.gov.zj.cloud.privateportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.domain.application.ResourcePlan;
import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.domain.usage.Advice;
import cn.gov.zj.cloud.domain.usage.LineMonth;
import cn.gov.zj.cloud.privateportal.application.PlanJson;
import cn.gov.zj.cloud.privateportal.time.Clocks;
import cn.gov.zj.cloud.privateportal.usage.OperationsFigure;
import cn.gov.zj.cloud.privateportal.usage.UtilizationReport;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Art. 15: a monthly report as REST gives it: {@code systems[].lines[]} (allocation as in the
 * application contract, days reported, CPU average and p95, memory, disk, bandwidth; null without
 * data), {@code operations} (the O&M figures known), {@code advice[]} and {@code dataMissing}.
 */
final class ReportJson {

  private ReportJson() {}

  static JsonObject of(UtilizationReport report, Locale locale) {
    JsonArrayBuilder systems = JSON.createArrayBuilder();
    for (UtilizationReport.SystemUsage system : report.systems()) {
      JsonArrayBuilder lines = JSON.createArrayBuilder();
      system.lines().forEach(line -> lines.add(line(line)));
      systems.add(
          JSON.createObjectBuilder()
              .add("systemId", system.systemId())
              .add("systemName", system.systemName())
              .add("applicationId", system.applicationId())
              .add("lines", lines));
    }
    JsonObjectBuilder operations = JSON.createObjectBuilder();
    for (OperationsFigure figure : report.operations()) {
      operations.add(figure.name(), figure.value());
    }
    JsonArrayBuilder advice = JSON.createArrayBuilder();
    report.advice().forEach(a -> advice.add(advice(a, locale)));
    JsonObjectBuilder rules = JSON.createObjectBuilder();
    report.rules().values().forEach(rules::add);
    return JSON.createObjectBuilder()
        .add("tenant", report.tenant())
        .add("unitId", report.unitId())
        .add("unitName", report.unitName())
        .add("month", report.month().toString())
        .add("generatedAt", OffsetDateTime.ofInstant(report.generatedAt(), Clocks.ZONE).toString())
        .add("dataMissing", report.dataMissing())
        .add("rules", rules)
        .add("systems", systems)
        .add("operations", operations)
        .add("advice", advice)
        .build();
  }

  private static JsonObjectBuilder line(UtilizationReport.LineUsage line) {
    LineMonth month = line.month();
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("line", line.line())
            .add(
                "allocation",
                PlanJson.json(ResourcePlan.of(List.of(line.allocation())))
                    .getJsonArray("resources")
                    .get(0))
            .add("daysReported", month.daysReported());
    figure(json, "cpuAvgPct", month.cpuAvgPct());
    figure(json, "cpuP95Pct", month.cpuP95Pct());
    figure(json, "memAvgPct", month.memAvgPct());
    figure(json, "diskUsedGiB", month.diskUsedGiB());
    figure(json, "bandwidthP95Mbps", month.bandwidthP95Mbps());
    return json;
  }

  private static void figure(JsonObjectBuilder json, String name, OptionalDouble value) {
    if (value.isPresent()) {
      json.add(name, Math.round(value.getAsDouble() * 10) / 10.0);
    } else {
      json.addNull(name);
    }
  }

  private static JsonObjectBuilder advice(Advice advice, Locale locale) {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("applicationId", advice.applicationId())
            .add("line", advice.line())
            .add("kind", advice.kind().name())
            .add(
                "text",
                Messages.get(locale, advice.kind().textKey(), advice.arguments().toArray()));
    advice
        .suggested()
        .ifPresentOrElse(
            resize ->
                json.add(
                    "suggested",
                    JSON.createObjectBuilder()
                        .add("quantity", resize.quantity())
                        .add("vcpuNow", resize.vcpuNow())
                        .add("vcpu", resize.vcpuSuggested())
                        .add("vcpuSaved", resize.saved())),
            () -> json.addNull("suggested"));
    return json;
  }
}
