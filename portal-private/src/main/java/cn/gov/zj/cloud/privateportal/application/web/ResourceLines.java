package cn.gov.zj.cloud.privateportal.application.web;

import cn.gov.zj.cloud.domain.application.ElasticRange;
import cn.gov.zj.cloud.domain.application.ResourceDraft;
import cn.gov.zj.cloud.domain.application.ResourcePlan;
import cn.gov.zj.cloud.domain.application.ResourceType;
import cn.gov.zj.cloud.domain.application.SecurityService;
import cn.gov.zj.cloud.domain.application.StorageKind;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Art. 7, 10, 11: the resource lines a form edits, from the catalogue, with the elastic range of
 * the cloud hosts; rows are added by type and removed one by one, nothing is checked until sent.
 */
public class ResourceLines implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<ResourceRow> rows = new ArrayList<>();
  private ResourceType newType = ResourceType.CLOUD_HOST;
  private Integer elasticMin;
  private Integer elasticMax;

  /** Art. 11: the lines of a plan, to change from. */
  static ResourceLines of(ResourcePlan plan) {
    ResourceLines lines = new ResourceLines();
    if (plan != null) {
      plan.lines().forEach(line -> lines.rows.add(ResourceRow.of(line)));
      plan.elastic()
          .ifPresent(
              range -> {
                lines.elasticMin = range.min();
                lines.elasticMax = range.max();
              });
    }
    return lines;
  }

  public void add() {
    rows.add(new ResourceRow(newType == null ? ResourceType.CLOUD_HOST : newType));
  }

  public void remove(int index) {
    if (index >= 0 && index < rows.size()) {
      rows.remove(index);
    }
  }

  List<ResourceDraft> drafts() {
    return rows.stream().map(ResourceRow::draft).toList();
  }

  /** The range when either bound is given, so that a missing one is named. */
  ElasticRange.Draft elastic() {
    return elasticMin == null && elasticMax == null
        ? null
        : new ElasticRange.Draft(elasticMin, elasticMax);
  }

  public List<ResourceRow> getRows() {
    return rows;
  }

  public ResourceType[] getTypes() {
    return ResourceType.values();
  }

  public StorageKind[] getStorageKinds() {
    return StorageKind.values();
  }

  public SecurityService[] getSecurityServices() {
    return SecurityService.values();
  }

  public ResourceType getNewType() {
    return newType;
  }

  public void setNewType(ResourceType newType) {
    this.newType = newType;
  }

  public Integer getElasticMin() {
    return elasticMin;
  }

  public void setElasticMin(Integer elasticMin) {
    this.elasticMin = elasticMin;
  }

  public Integer getElasticMax() {
    return elasticMax;
  }

  public void setElasticMax(Integer elasticMax) {
    this.elasticMax = elasticMax;
  }
}
