package cn.gov.zj.cloud.privateportal.dashboard.web;

import cn.gov.zj.cloud.domain.tenant.TenantDirectory;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.TenantNames;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * Art. 4: the words of the dashboards' charts in the page's language (data-labels), for the script
 * that draws them from the figures (data-dashboard): no text lives in the script.
 */
@Named
@RequestScoped
public class DashboardCharts {

  private static final String[] SERIES = {
    "dashboard.opened",
    "dashboard.steps.closed",
    "dashboard.steps.onTimeRate",
    "dashboard.faults.reported",
    "dashboard.units.rate",
    "dashboard.citizens.rate",
    "dashboard.adoption.ratio",
    "dashboard.month"
  };

  @Inject private TenantNames names;

  public String getLabels() {
    JsonObjectBuilder labels = Json.createObjectBuilder();
    for (String key : SERIES) {
      labels.add(key, FacesFeedback.text(key));
    }
    JsonObjectBuilder cities = Json.createObjectBuilder();
    TenantDirectory.load().all().forEach(t -> cities.add(t.id().value(), names.name(t)));
    return labels.add("cities", cities).build().toString();
  }
}
