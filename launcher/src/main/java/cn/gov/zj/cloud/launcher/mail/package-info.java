/**
 * A mail server for development only, so that the notifications of portal-private (Art. 8–12: the
 * deadlines of acceptance, review and approval) can be read without a real mail server.
 *
 * <p>{@link cn.gov.zj.cloud.launcher.mail.MailServer} joins two parts around one {@link
 * cn.gov.zj.cloud.launcher.mail.Mailbox}: GreenMail's SMTP server, which accepts every message for
 * every recipient and delivers nothing, and an HTTP reader that lists what arrived. Both listen on
 * the loopback interface only: a sink that stores anything must not be reachable from the network.
 *
 * <p>The reader stays here, a thin layer over the messages GreenMail parsed: the embeddable
 * GreenMail has no HTTP side, and greenmail-standalone's REST API (Jersey on Jetty, beside the
 * RESTEasy client the launcher already carries) works per account, one copy per recipient, with no
 * page to read mail in; the tests and the developer's page want each message once, with all its
 * envelope recipients.
 */
package cn.gov.zj.cloud.launcher.mail;
