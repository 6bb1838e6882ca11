package cn.gov.zj.cloud.privateportal.rules.web;

import cn.gov.zj.cloud.domain.rules.SecurityLimits;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.privateportal.rules.SecurityRules;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Art. 17, 20, Art. 25: the security limits in force on the rules page, each beside its provincial
 * default: the findings' rectification deadlines and the longest access grant; the tenant
 * administrator shortens them (a longer one is refused beside its input).
 */
@Named
@ViewScoped
public class SecurityRulesPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "security-rules-form";

  @Inject private SecurityRules rules;

  private List<Row> rows;

  /** One limit: its field, the value in force (edited here) and the provincial default. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final int provincial;
    private Integer value;

    Row(String field, Integer value) {
      this.field = field;
      this.value = value;
      this.provincial = SecurityLimits.provincial(field);
    }

    public String getField() {
      return field;
    }

    /** The UI key of its label ({@code securityRules.deadlines.HIGH}). */
    public String getLabelKey() {
      return "securityRules." + field;
    }

    /** The UI key of its unit: working days for a deadline, days for the grant. */
    public String getUnitKey() {
      return SecurityLimits.GRANT_FIELD.equals(field)
          ? "securityRules.unit.days"
          : "securityRules.unit.workingDays";
    }

    public int getProvincial() {
      return provincial;
    }

    public Integer getValue() {
      return value;
    }

    public void setValue(Integer value) {
      this.value = value;
    }
  }

  @PostConstruct
  void init() {
    rows = rowsOf(rules.limits());
  }

  private static List<Row> rowsOf(SecurityLimits limits) {
    List<Row> all = new ArrayList<>();
    limits.inForce().forEach((field, value) -> all.add(new Row(field, value)));
    return all;
  }

  /** Art. 25: stores the tenant's limits; a longer one is named beside its input. */
  public void save() {
    Map<String, Integer> values = new LinkedHashMap<>();
    rows.forEach(row -> values.put(row.getField(), row.getValue()));
    List<String> fields = rows.stream().map(Row::getField).toList();
    FacesFeedback.attempt(
        FORM,
        () -> {
          try {
            rows = rowsOf(rules.change(values));
            FacesFeedback.info("message.saved");
          } catch (InvalidInputException e) {
            FacesFeedback.invalid(
                e, field -> FORM + ":limits:" + Math.max(0, fields.indexOf(field)) + ":value");
          }
        });
  }

  public List<Row> getRows() {
    return rows;
  }
}
