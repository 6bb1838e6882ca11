package cn.gov.zj.cloud.privateportal.usage.rest;

import static cn.gov.zj.cloud.privateportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.privateportal.usage.UsageIntake;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;

/**
 * Art. 15: {@code POST /api/v1/tenants/<t>/usage}: the provider's daily usage samples, as JSON
 * {@code {"samples": [...]}} or as {@code text/csv} with the same columns; answers {@code
 * {"accepted": n, "replaced": m}}. Any bad row: 400 naming row and column, nothing stored.
 */
@Path("tenants/{tenant}/usage")
@Produces(MediaType.APPLICATION_JSON)
public class UsageResource {

  @Inject private UsageIntake intake;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public String json(InputStream body) {
    return store(UsageInput.json(UsageInput.text(body, "validation.malformedJson")));
  }

  @POST
  @Consumes("text/csv")
  public String csv(InputStream body) {
    return store(UsageInput.csv(UsageInput.text(body, "usage.sample.unreadable")));
  }

  private String store(UsageInput.Batch batch) {
    UsageIntake.Outcome outcome = intake.ingest(batch.drafts(), batch.rowName());
    return JSON.createObjectBuilder()
        .add("accepted", outcome.accepted())
        .add("replaced", outcome.replaced())
        .build()
        .toString();
  }
}
