package cn.gov.zj.cloud.privateportal.application;

import cn.gov.zj.cloud.domain.application.Action;
import cn.gov.zj.cloud.domain.application.ApplicationState;
import cn.gov.zj.cloud.privateportal.security.Actor;

/**
 * Art. 6–12: a lifecycle action was stored; observed in the same transaction (notifications, the
 * public zone's rating invitations for provider service events).
 */
public record ActionFired(Actor actor, long applicationId, Action action, ApplicationState to) {}
