package cn.gov.zj.cloud.privateportal.showback.web;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.showback.Money;
import cn.gov.zj.cloud.domain.showback.PriceCatalogue;
import cn.gov.zj.cloud.domain.showback.PriceChange;
import cn.gov.zj.cloud.domain.showback.PriceEntry;
import cn.gov.zj.cloud.domain.showback.PriceItem;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.showback.PriceBook;
import cn.gov.zj.cloud.privateportal.showback.Showbacks;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Art. 21, Art. 25: the price catalogue page: each unit of measure with the provincial price, the
 * tenant's own and the one in force today; the province administrator sets provincial prices, a
 * tenant administrator lowers them for the tenant, from an effective date, after a confirmation; a
 * refused price is named beside its input. Every entry ever set is listed, paged.
 */
@Named
@ViewScoped
public class PricesPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "prices-form";

  @Inject private PriceBook prices;
  @Inject private Showbacks showbacks;
  @Inject private CurrentActor actor;

  private List<Row> rows;
  private List<HistoryRow> history;
  private String effectiveFrom;

  /** One unit of measure: prices today, and the new amount typed in. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final PriceItem item;
    private final String provincial;
    private final String local;
    private final String inForce;
    private String amount;

    Row(PriceItem item, PriceCatalogue catalogue, LocalDate day) {
      this.item = item;
      this.provincial = text(catalogue.provincialOn(item, day));
      this.local = text(catalogue.localOn(item, day));
      this.inForce = text(catalogue.inForce(item, day));
    }

    private static String text(java.util.Optional<java.math.BigDecimal> price) {
      return price.map(Money::text).orElse("—");
    }

    public String getItem() {
      return item.name();
    }

    public String getProvincial() {
      return provincial;
    }

    public String getLocal() {
      return local;
    }

    public String getInForce() {
      return inForce;
    }

    public String getAmount() {
      return amount;
    }

    public void setAmount(String amount) {
      this.amount = amount;
    }
  }

  /** One entry as set: whose (the province's or the tenant's), the item, the date, the amount. */
  public record HistoryRow(boolean provincial, String item, String effectiveFrom, String amount)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  @PostConstruct
  void init() {
    FacesFeedback.attempt(FORM, this::reload);
  }

  private void reload() {
    PriceCatalogue catalogue = prices.catalogue();
    LocalDate today = showbacks.today();
    rows = Arrays.stream(PriceItem.values()).map(i -> new Row(i, catalogue, today)).toList();
    history = new ArrayList<>();
    catalogue.provincial().forEach(entry -> history.add(historyRow(true, entry)));
    catalogue.local().forEach(entry -> history.add(historyRow(false, entry)));
    java.util.Collections.reverse(history);
  }

  private static HistoryRow historyRow(boolean provincial, PriceEntry entry) {
    return new HistoryRow(
        provincial,
        entry.item().name(),
        entry.effectiveFrom().toString(),
        Money.text(entry.amount()));
  }

  /** Art. 21, Art. 25: stores the prices typed in from the effective date; refusals beside them. */
  public void save() {
    Map<String, String> amounts = new LinkedHashMap<>();
    rows.stream()
        .filter(row -> row.getAmount() != null && !row.getAmount().isBlank())
        .forEach(row -> amounts.put(row.getItem(), row.getAmount().strip()));
    List<String> items = rows.stream().map(Row::getItem).toList();
    FacesFeedback.attempt(
        FORM,
        () -> {
          try {
            Violations violations = new Violations();
            PriceChange change = PriceChange.from(effectiveFrom, amounts, violations);
            violations.throwIfAny();
            if (isProvincial()) {
              prices.setProvincial(change);
            } else {
              prices.lowerLocal(change);
            }
            reload();
            FacesFeedback.info("message.saved");
          } catch (InvalidInputException e) {
            FacesFeedback.invalid(e, field -> clientId(field, items));
          }
        });
  }

  private static String clientId(String field, List<String> items) {
    if (field.startsWith("prices.")) {
      return FORM + ":price-table:" + Math.max(0, items.indexOf(field.substring(7))) + ":amount";
    }
    return "effectiveFrom".equals(field) ? FORM + ":effective-from" : null;
  }

  /** The province administrator sets provincial prices; anyone else here lowers local ones. */
  public boolean isProvincial() {
    return actor.get().has(Role.PROVINCE_ADMIN);
  }

  /** Who may change prices on this page. */
  public boolean isEditing() {
    return actor.get().hasAny(Role.PROVINCE_ADMIN, Role.TENANT_ADMIN);
  }

  public List<Row> getRows() {
    return rows;
  }

  public List<HistoryRow> getHistory() {
    return history;
  }

  public String getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(String effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }
}
