package cn.gov.zj.cloud.privateportal.fault.web;

import cn.gov.zj.cloud.domain.fault.FaultClock;
import cn.gov.zj.cloud.domain.fault.FaultTargets;
import cn.gov.zj.cloud.domain.fault.Severity;
import cn.gov.zj.cloud.domain.fault.Target;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.privateportal.fault.FaultRules;
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
 * Art. 13, Art. 25: the fault targets in force on the rules page, each beside the provincial
 * default; the tenant administrator shortens them (a longer one is refused beside its input).
 */
@Named
@ViewScoped
public class FaultTargetsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "fault-targets-form";

  @Inject private FaultRules rules;

  private List<Row> rows;

  /** One target: its severity and clock, the amount in force (edited here) and the default. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Severity severity;
    private final FaultClock clock;
    private final Target.Unit unit;
    private final int provincial;
    private Integer amount;

    Row(Severity severity, FaultClock clock, Target inForce, Target provincial) {
      this.severity = severity;
      this.clock = clock;
      this.unit = inForce.unit();
      this.amount = inForce.amount();
      this.provincial = provincial.amount();
    }

    public Severity getSeverity() {
      return severity;
    }

    public FaultClock getClock() {
      return clock;
    }

    public Target.Unit getUnit() {
      return unit;
    }

    public int getProvincial() {
      return provincial;
    }

    public Integer getAmount() {
      return amount;
    }

    public void setAmount(Integer amount) {
      this.amount = amount;
    }

    String field() {
      return clock.field(severity);
    }
  }

  @PostConstruct
  void init() {
    rows = rowsOf(rules.targets());
  }

  private static List<Row> rowsOf(FaultTargets targets) {
    List<Row> all = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      for (FaultClock clock : FaultClock.values()) {
        all.add(
            new Row(
                severity,
                clock,
                targets.target(severity, clock),
                FaultTargets.provincial().target(severity, clock)));
      }
    }
    return all;
  }

  /** Art. 25: stores the tenant's targets; those equal to the default are kept as the default. */
  public void save() {
    Map<String, Integer> amounts = new LinkedHashMap<>();
    rows.forEach(row -> amounts.put(row.field(), row.getAmount()));
    List<String> fields = rows.stream().map(Row::field).toList();
    FacesFeedback.attempt(
        FORM,
        () -> {
          try {
            rows = rowsOf(rules.change(amounts));
            FacesFeedback.info("message.saved");
          } catch (InvalidInputException e) {
            FacesFeedback.invalid(
                e, field -> FORM + ":targets:" + Math.max(0, fields.indexOf(field)) + ":amount");
          }
        });
  }

  public List<Row> getRows() {
    return rows;
  }
}
