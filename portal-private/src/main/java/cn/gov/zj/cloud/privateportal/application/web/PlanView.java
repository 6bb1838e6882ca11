package cn.gov.zj.cloud.privateportal.application.web;

import cn.gov.zj.cloud.domain.application.ResourceLine;
import cn.gov.zj.cloud.domain.application.ResourcePlan;
import java.io.Serializable;
import java.util.List;

/**
 * Art. 7, 8, 10, 11: a resource plan as the pages show it (asked, approved, allocated, or a pending
 * change): one text per line in the view's language, and the elastic range of the cloud hosts.
 */
public record PlanView(List<Line> lines, Integer elasticMin, Integer elasticMax)
    implements Serializable {

  /** One line: its type's label key and what it holds. */
  public record Line(String typeKey, String text) implements Serializable {}

  /** The plan for display in the view's language; null for no plan. */
  static PlanView of(ResourcePlan plan) {
    return of(plan, PageText.ofView());
  }

  /** The plan for display in {@code text}'s language; null for no plan. */
  static PlanView of(ResourcePlan plan, PageText text) {
    if (plan == null) {
      return null;
    }
    return new PlanView(
        plan.lines().stream().map(line -> line(line, text)).toList(),
        plan.elastic().map(range -> range.min()).orElse(null),
        plan.elastic().map(range -> range.max()).orElse(null));
  }

  public boolean isElastic() {
    return elasticMin != null;
  }

  private static Line line(ResourceLine line, PageText text) {
    String key = "resource.type." + line.type().name();
    if (line instanceof ResourceLine.CloudHost h) {
      return new Line(
          key,
          text.ui(
              "resource.text.host",
              h.quantity(),
              h.vcpu(),
              h.memoryGiB(),
              h.systemDiskGiB(),
              h.dataDiskGiB(),
              h.os()));
    }
    if (line instanceof ResourceLine.CloudDatabase d) {
      return new Line(
          key,
          text.ui("resource.text.database", d.engine(), d.vcpu(), d.memoryGiB(), d.storageGiB()));
    }
    if (line instanceof ResourceLine.CloudStorage s) {
      return new Line(
          key,
          text.ui(
              "resource.text.storage",
              text.ui("resource.kind." + s.kind().name()),
              s.capacityGiB()));
    }
    if (line instanceof ResourceLine.CloudSecurity c) {
      return new Line(key, text.ui("resource.service." + c.service().name()));
    }
    return new Line(
        key, text.ui("resource.text.bandwidth", ((ResourceLine.Bandwidth) line).mbps()));
  }
}
