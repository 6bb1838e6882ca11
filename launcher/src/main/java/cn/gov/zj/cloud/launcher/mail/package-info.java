/**
 * A mail server for development only, so that the notifications of portal-private (Art. 8–12: the
 * deadlines of acceptance, review and approval) can be read without a real mail server.
 *
 * <p>{@link cn.gov.zj.cloud.launcher.mail.MailServer} joins two parts around one {@link
 * cn.gov.zj.cloud.launcher.mail.Mailbox}: an SMTP sink that accepts every message for every
 * recipient and delivers nothing, and an HTTP reader that lists what arrived. Both listen on the
 * loopback interface only: a sink that stores anything must not be reachable from the network.
 */
package cn.gov.zj.cloud.launcher.mail;
