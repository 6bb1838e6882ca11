package cn.gov.zj.cloud.privateportal.rest;

import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.List;
import java.util.Map;

/**
 * Art. 25 (hostile input): no query parameter and no path segment carries a control character (a
 * NUL in {@code q=} or in a tracking number once reached PostgreSQL, which refuses 0x00, and ended
 * in a 500). Refused before routing with a 400 naming each such parameter, or {@code path}; the
 * resources check what the parameters mean. Dot segments, encoded or not, never get here: the path
 * guard refused them before routing (PathTrick).
 */
@PreMatching
public class AddressText implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath(true);
    Violations violations = new Violations();
    if (Texts.hasControl(path, false)) {
      violations.add("path", Texts.CONTROL);
    }
    for (Map.Entry<String, List<String>> parameter :
        request.getUriInfo().getQueryParameters().entrySet()) {
      if (Texts.hasControl(parameter.getKey(), false)
          || parameter.getValue().stream().anyMatch(value -> Texts.hasControl(value, false))) {
        violations.addOnce(parameter.getKey(), Texts.CONTROL);
      }
    }
    violations.throwIfAny();
  }
}
