/**
 * Issue 10, what the portal shows an attacker: it does not start without its secrets outside demo
 * mode ({@link cn.gov.zj.cloud.privateportal.hardening.SecretsCheck}), and every response carries
 * the security headers ({@link cn.gov.zj.cloud.privateportal.hardening.SecurityHeaders}). The
 * container's own part (no {@code Server} header, {@code /metrics} only with credentials) is in
 * {@code src/main/resources/payara/*.asadmin}, which the launcher and the integration tests both
 * pass to Payara Micro.
 */
package cn.gov.zj.cloud.privateportal.hardening;
