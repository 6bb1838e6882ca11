package cn.gov.zj.cloud.domain.application;

import cn.gov.zj.cloud.domain.validation.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Art. 7, Art. 10: the resources asked for, approved or allocated: at least one line, and an
 * elastic range of the cloud hosts where the load varies.
 */
public record ResourcePlan(List<ResourceLine> lines, Optional<ElasticRange> elastic) {

  public static final int MAX_LINES = 50;

  public ResourcePlan {
    lines = List.copyOf(lines);
    if (lines.isEmpty() || lines.size() > MAX_LINES) {
      throw new IllegalArgumentException("a plan has 1 to " + MAX_LINES + " lines");
    }
    if (elastic.isPresent() && !elastic.get().contains(totalsOf(lines).hosts())) {
      throw new IllegalArgumentException("the hosts lie outside the elastic range");
    }
  }

  /**
   * Art. 7, Art. 10: the valid plan, or null with every fault named: {@code resources}, {@code
   * resources[i].<field>}, {@code elastic.min}, {@code elastic.max}.
   */
  public static ResourcePlan from(
      List<ResourceDraft> drafts, ElasticRange.Draft elastic, Violations violations) {
    if (drafts == null || drafts.isEmpty()) {
      violations.addOnce("resources", "application.resources.required");
      return null;
    }
    if (drafts.size() > MAX_LINES) {
      violations.addOnce("resources", "application.resources.tooMany", MAX_LINES);
      return null;
    }
    List<ResourceLine> lines = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      String path = "resources[" + i + "]";
      ResourceDraft draft = drafts.get(i);
      if (draft == null) {
        violations.addOnce(path, "validation.required");
      } else {
        lines.add(draft.toLine(path, violations));
      }
    }
    if (lines.contains(null) || lines.size() < drafts.size()) {
      return null;
    }
    ElasticRange range = elastic == null ? null : range(elastic, totalsOf(lines), violations);
    if (elastic != null && range == null) {
      return null;
    }
    return new ResourcePlan(lines, Optional.ofNullable(range));
  }

  private static ElasticRange range(
      ElasticRange.Draft draft, ResourceTotals totals, Violations violations) {
    Integer min = ElasticRange.HOSTS.check("elastic.min", draft.min(), violations);
    Integer max = ElasticRange.HOSTS.check("elastic.max", draft.max(), violations);
    if (min == null || max == null) {
      return null;
    }
    if (min > max) {
      violations.addOnce("elastic.max", "application.elastic.order");
      return null;
    }
    if (totals.hosts() == 0) {
      violations.addOnce("elastic", "application.elastic.noHosts");
      return null;
    }
    if (totals.hosts() < min || totals.hosts() > max) {
      violations.addOnce("elastic", "application.elastic.hostsOutside", totals.hosts(), min, max);
      return null;
    }
    return new ElasticRange(min, max);
  }

  /**
   * Art. 10: these lines with a new elastic range, or null with the faults named under {@code
   * elastic}.
   */
  public ResourcePlan withElastic(ElasticRange.Draft draft, Violations violations) {
    ElasticRange range = range(draft, totals(), violations);
    return range == null ? null : new ResourcePlan(lines, Optional.of(range));
  }

  public static ResourcePlan of(List<ResourceLine> lines) {
    return new ResourcePlan(lines, Optional.empty());
  }

  /** Art. 11: the sums a change is measured by. */
  public ResourceTotals totals() {
    return totalsOf(lines);
  }

  private static ResourceTotals totalsOf(List<ResourceLine> lines) {
    return lines.stream()
        .map(ResourceLine::totals)
        .reduce(ResourceTotals.NONE, ResourceTotals::plus);
  }
}
