package cn.gov.zj.cloud.privateportal.showback.rest;

import static cn.gov.zj.cloud.privateportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.domain.application.ResourcePlan;
import cn.gov.zj.cloud.domain.showback.LineCost;
import cn.gov.zj.cloud.domain.showback.Money;
import cn.gov.zj.cloud.domain.showback.MonthCost;
import cn.gov.zj.cloud.domain.showback.PriceCatalogue;
import cn.gov.zj.cloud.domain.showback.PriceChange;
import cn.gov.zj.cloud.domain.showback.PriceEntry;
import cn.gov.zj.cloud.domain.showback.PriceItem;
import cn.gov.zj.cloud.privateportal.application.PlanJson;
import cn.gov.zj.cloud.privateportal.showback.UnitShowback;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Art. 21: showback and prices as JSON. Amounts are strings of exact decimals ({@code "973.33"}),
 * never floats; dates are ISO dates, months {@code yyyy-MM}.
 */
final class ShowbackJson {

  private ShowbackJson() {}

  static JsonObject of(UnitShowback showback) {
    JsonArrayBuilder months = JSON.createArrayBuilder();
    showback.months().forEach(month -> months.add(month(month)));
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("unitId", showback.unitId())
            .add("unitName", showback.unitName())
            .add("year", showback.year().year());
    showback.month().ifPresent(month -> json.add("month", month.toString()));
    return json.add("currency", "CNY")
        .add("asOf", showback.asOf().toString())
        .add("months", months)
        .add("yearTotal", Money.text(showback.year().total()))
        .add("projectedYearTotal", Money.text(showback.year().projected()))
        .build();
  }

  private static JsonObjectBuilder month(MonthCost month) {
    Map<Long, List<LineCost>> systems = new LinkedHashMap<>();
    month
        .lines()
        .forEach(
            line ->
                systems
                    .computeIfAbsent(line.systemId(), id -> new java.util.ArrayList<>())
                    .add(line));
    JsonArrayBuilder array = JSON.createArrayBuilder();
    systems.forEach((id, lines) -> array.add(system(id, lines)));
    return JSON.createObjectBuilder()
        .add("month", month.month().toString())
        .add("total", Money.text(month.total()))
        .add("systems", array);
  }

  private static JsonObjectBuilder system(long id, List<LineCost> lines) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    lines.forEach(line -> array.add(line(line)));
    return JSON.createObjectBuilder()
        .add("systemId", id)
        .add("systemName", lines.get(0).systemName())
        .add(
            "total",
            Money.text(
                lines.stream()
                    .map(LineCost::amount)
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)))
        .add("lines", array);
  }

  private static JsonObjectBuilder line(LineCost line) {
    JsonArrayBuilder unpriced = JSON.createArrayBuilder();
    line.unpriced().stream().sorted().map(PriceItem::name).forEach(unpriced::add);
    JsonObject allocation =
        PlanJson.json(ResourcePlan.of(List.of(line.allocation())))
            .getJsonArray("resources")
            .getJsonObject(0);
    return JSON.createObjectBuilder()
        .add("line", line.line())
        .add("allocation", allocation)
        .add("first", line.first().toString())
        .add("last", line.last().toString())
        .add("days", line.days())
        .add("amount", Money.text(line.amount()))
        .add("unpriced", unpriced);
  }

  /** The catalogue: the entries of each scope as set, and the prices in force on {@code day}. */
  static JsonObject of(PriceCatalogue catalogue, LocalDate day) {
    JsonObjectBuilder inForce = JSON.createObjectBuilder();
    for (PriceItem item : PriceItem.values()) {
      catalogue.inForce(item, day).ifPresent(price -> inForce.add(item.name(), Money.text(price)));
    }
    return JSON.createObjectBuilder()
        .add("currency", "CNY")
        .add("date", day.toString())
        .add("inForce", inForce)
        .add("provincial", entries(catalogue.provincial()))
        .add("local", entries(catalogue.local()))
        .build();
  }

  /** A change of prices as stored: its effective date and its entries. */
  static JsonObject of(PriceChange change) {
    return JSON.createObjectBuilder()
        .add("effectiveFrom", change.effectiveFrom().toString())
        .add("prices", entries(change.entries()))
        .build();
  }

  private static JsonArrayBuilder entries(List<PriceEntry> entries) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    entries.forEach(
        entry ->
            array.add(
                JSON.createObjectBuilder()
                    .add("item", entry.item().name())
                    .add("effectiveFrom", entry.effectiveFrom().toString())
                    .add("amount", Money.text(entry.amount()))));
    return array;
  }
}
