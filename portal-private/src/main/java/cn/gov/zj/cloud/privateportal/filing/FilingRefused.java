package cn.gov.zj.cloud.privateportal.filing;

import cn.gov.zj.cloud.domain.filing.FilingAction;
import cn.gov.zj.cloud.domain.filing.FilingLifecycle;
import cn.gov.zj.cloud.domain.filing.FilingState;
import cn.gov.zj.cloud.privateportal.rest.Conflict;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * Art. 5: 409, the filing's state does not allow the action; the problem names the state and the
 * actions allowed now. Nothing was changed.
 */
public class FilingRefused extends Conflict {

  private static final long serialVersionUID = 1L;

  private final FilingState state;

  public FilingRefused(FilingState state, FilingAction action) {
    super("filing.notAllowed", state.name(), action.restName(), names(state));
    this.state = state;
  }

  private static String names(FilingState state) {
    List<FilingAction> allowed = FilingLifecycle.allowedNow(state);
    return allowed.isEmpty()
        ? "—"
        : String.join(", ", allowed.stream().map(FilingAction::restName).toList());
  }

  @Override
  public JsonObject members() {
    JsonArrayBuilder allowed = Json.createArrayBuilder();
    FilingLifecycle.allowedNow(state).forEach(action -> allowed.add(action.restName()));
    return Json.createObjectBuilder().add("state", state.name()).add("allowedNow", allowed).build();
  }
}
