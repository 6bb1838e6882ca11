package cn.gov.zj.cloud.privateportal.interconnect.rest;

import cn.gov.zj.cloud.privateportal.interconnect.Channel;
import cn.gov.zj.cloud.privateportal.interconnect.ChannelReport;
import cn.gov.zj.cloud.privateportal.interconnect.ChannelWatch;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Optional;

/**
 * Art. 24: {@code GET /api/v1/tenants/<province>/interconnect} (the channel's state) and {@code
 * POST …/interconnect/exchange} (an exchange now) and {@code POST …/interconnect/requeue} (the
 * refused messages of both zones back in their queues), for {@code province-admin}.
 */
@Path("tenants/{tenant}/interconnect")
@Produces(MediaType.APPLICATION_JSON)
public class ChannelResource {

  @Inject private ChannelWatch watch;

  @GET
  public String state() {
    ChannelReport report = watch.report();
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("lagSeconds", report.lag(Instant.now()).toSeconds())
            .add("failuresInARow", report.failuresInARow())
            .add("receivedTotal", report.receivedTotal())
            .add("sentTotal", report.sentTotal())
            .add("refusedInTotal", report.refusedInTotal())
            .add("privatePending", report.privatePending())
            .add("privateRefused", report.privateRefused());
    instant(json, "lastAttempt", report.lastAttempt());
    instant(json, "lastSuccess", report.lastSuccess());
    instant(json, "lastFailure", report.lastFailure());
    report.lastFailureReason().ifPresent(reason -> json.add("lastFailureReason", reason));
    report.publicPending().ifPresent(count -> json.add("publicPending", count));
    report.publicRefused().ifPresent(count -> json.add("publicRefused", count));
    instant(json, "publicOldestPending", report.publicOldestPending());
    instant(json, "privateOldestPending", report.privateOldestPending());
    return json.build().toString();
  }

  @POST
  @Path("exchange")
  public String exchange() {
    Channel.Exchange exchange = watch.exchangeNow();
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("succeeded", exchange.succeeded())
            .add("skipped", exchange.skipped())
            .add("applied", exchange.applied())
            .add("refused", exchange.refused())
            .add("delivered", exchange.delivered())
            .add("published", exchange.published());
    if (exchange.failure() != null) {
      json.add("failure", exchange.failure());
    }
    return json.build().toString();
  }

  /** The refused messages of both zones back in their queues. */
  @POST
  @Path("requeue")
  public String requeue() {
    return watch.requeueRefused().json().toString();
  }

  private static void instant(JsonObjectBuilder json, String name, Optional<Instant> value) {
    value.ifPresent(at -> json.add(name, at.toString()));
  }
}
