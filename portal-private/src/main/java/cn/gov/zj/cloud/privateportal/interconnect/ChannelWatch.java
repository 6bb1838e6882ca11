package cn.gov.zj.cloud.privateportal.interconnect;

import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Art. 24: {@code province-admin} watches the interconnection (lag, queues, last success, failures)
 * and may start an exchange at once, e.g. after an outage; that start is audited.
 */
@ApplicationScoped
public class ChannelWatch {

  @Inject private CurrentActor actor;
  @EJB private ChannelState state;
  @EJB private Channel channel;

  public ChannelReport report() {
    actor.get().require(Role.PROVINCE_ADMIN);
    return state.report();
  }

  public Channel.Exchange exchangeNow() {
    Actor who = actor.get();
    who.require(Role.PROVINCE_ADMIN);
    Channel.Exchange exchange = channel.exchange();
    state.started(who.tenant().id().value(), who.username(), exchange);
    return exchange;
  }
}
