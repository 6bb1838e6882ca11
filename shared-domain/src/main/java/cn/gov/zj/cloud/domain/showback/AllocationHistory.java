package cn.gov.zj.cloud.domain.showback;

import cn.gov.zj.cloud.domain.application.ResourcePlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Art. 10–12, Art. 21: an application's allocation over time, replayed from its lifecycle: the
 * allocation at activation (Art. 10), each executed change to the plan last asked for (Art. 11),
 * the reclamation that ends it (Art. 12). Days are Beijing dates.
 */
public final class AllocationHistory {

  /** What the lifecycle recorded that changes the allocation. */
  public sealed interface Event {
    LocalDate on();
  }

  /** Art. 10: final approval; {@code plan} is allocated. */
  public record Activated(LocalDate on, ResourcePlan plan) implements Event {}

  /** Art. 11: the unit asks for {@code plan}; it is allocated when the change is executed. */
  public record ChangeAsked(LocalDate on, ResourcePlan plan) implements Event {}

  /** Art. 11: the provider executed the change last asked for. */
  public record ChangeExecuted(LocalDate on) implements Event {}

  /** Art. 12: the provider reclaimed the resources. */
  public record Reclaimed(LocalDate on) implements Event {}

  private AllocationHistory() {}

  /** Art. 21: the periods of the allocation, in order; days without one are not in any. */
  public static List<AllocationPeriod> replay(List<Event> events) {
    List<AllocationPeriod> periods = new ArrayList<>();
    ResourcePlan current = null;
    LocalDate since = null;
    ResourcePlan asked = null;
    for (Event event : events) {
      if (event instanceof ChangeAsked change) {
        asked = change.plan();
        continue;
      }
      if (current != null && event.on().isAfter(since)) {
        periods.add(new AllocationPeriod(current, since, Optional.of(event.on())));
      }
      if (event instanceof Activated activated) {
        current = activated.plan();
      } else if (event instanceof ChangeExecuted && current != null && asked != null) {
        current = asked;
        asked = null;
      } else if (event instanceof Reclaimed) {
        current = null;
      }
      since = event.on();
    }
    if (current != null) {
      periods.add(new AllocationPeriod(current, since, Optional.empty()));
    }
    return periods;
  }
}
