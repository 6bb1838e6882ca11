package cn.gov.zj.cloud.privateportal.interconnect;

import static cn.gov.zj.cloud.privateportal.rest.JsonFactory.JSON;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Art. 24: {@code province-admin} watches the interconnection (lag, queues, last success, failures)
 * and may start an exchange at once, e.g. after an outage; that start is audited.
 */
@ApplicationScoped
public class ChannelWatch {

  @Inject private CurrentActor actor;
  @EJB private ChannelState state;
  @EJB private Channel channel;
  @EJB private Outgoing outgoing;
  @Inject private PublicZone zone;

  public ChannelReport report() {
    actor.get().require(Role.PROVINCE_ADMIN);
    return state.report();
  }

  /**
   * After the cause of refusals is fixed (a key, say): the refused messages of both sides go back
   * in their queues, to be checked again in full by the next exchange. Audited; when the public
   * zone cannot be reached, its refused submissions stay as they are and the answer says so.
   */
  public Requeued requeueRefused() {
    Actor who = actor.get();
    who.require(Role.PROVINCE_ADMIN);
    int publications = outgoing.requeueRefused();
    Integer submissions;
    try {
      submissions = zone.requeueRefused();
    } catch (ChannelDown e) {
      submissions = null;
    }
    Requeued requeued = new Requeued(publications, submissions);
    state.requeued(who, requeued);
    return requeued;
  }

  /** What went back in the queues: {@code submissions} is null when the public zone was down. */
  public record Requeued(int publications, Integer submissions) {

    /** {@code {"publications": n, "submissions": n or null}}, as the API answers. */
    public JsonObject json() {
      JsonObjectBuilder json = JSON.createObjectBuilder().add("publications", publications);
      return (submissions == null
              ? json.addNull("submissions")
              : json.add("submissions", submissions.intValue()))
          .build();
    }
  }

  public Channel.Exchange exchangeNow() {
    Actor who = actor.get();
    who.require(Role.PROVINCE_ADMIN);
    Channel.Exchange exchange = channel.exchange();
    state.started(who, exchange);
    return exchange;
  }
}
