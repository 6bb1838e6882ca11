package cn.gov.zj.cloud.privateportal.application;

import static cn.gov.zj.cloud.privateportal.Deployments.actAs;
import static cn.gov.zj.cloud.privateportal.Deployments.demoUnit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.cloud.domain.application.ActionInput;
import cn.gov.zj.cloud.domain.application.ResourceDraft;
import cn.gov.zj.cloud.domain.registry.CloudStatus;
import cn.gov.zj.cloud.domain.registry.SystemDetails;
import cn.gov.zj.cloud.domain.rules.RuleWording;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.Deployments;
import cn.gov.zj.cloud.privateportal.application.web.TimelineEntry;
import cn.gov.zj.cloud.privateportal.registry.AppSystem;
import cn.gov.zj.cloud.privateportal.registry.Systems;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Art. 6: the history is stored as codes with their parameters (no sentence of any language) and
 * worded when read, in the reader's language; rows stored as text by an older release still show.
 */
@ExtendWith(ArquillianExtension.class)
class HistoryIT {

  private static final String TENANT = "jiaxing";
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:");
  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Inject HttpServletRequest request;
  @Inject Applications applications;
  @Inject ApplicationActions actions;
  @Inject Attachments attachments;
  @Inject Systems systems;

  private long inTrial() {
    actAs(request, TENANT, demoUnit(TENANT), Role.UNIT_APPLICANT);
    AppSystem system =
        systems.register(
            null,
            new SystemDetails.Draft(
                "History-" + UUID.randomUUID(),
                null,
                2,
                "Liu",
                CloudStatus.NOT_MIGRATED,
                null,
                null,
                false));
    ResourceDraft bandwidth =
        new ResourceDraft(
            "BANDWIDTH", null, null, null, null, null, null, null, null, null, null, null, 20);
    long id = applications.open(system.getId(), List.of(bandwidth), null, new Violations()).getId();
    attachments.upload(id, "CONSTRUCTION_PLAN", "plan.pdf", new ByteArrayInputStream(PDF));
    attachments.upload(id, "SELF_TEST_REPORT", "self-test.pdf", new ByteArrayInputStream(PDF));
    actions.fire(id, "submit", ActionInput.NONE);
    actAs(request, TENANT, null, Role.REVIEWER);
    actions.fire(id, "accept", ActionInput.NONE);
    actions.fire(id, "approve", ActionInput.opinion("ok"));
    actAs(request, TENANT, null, Role.PROVIDER_OPERATOR);
    actions.fire(id, "provide-trial", ActionInput.builder().trial(30, "10.0.0.8 app01").build());
    actAs(request, TENANT, null, Role.REVIEWER);
    return id;
  }

  private Map<Long, TimelineEntry> entries(long id) {
    Map<Long, String> names =
        attachments.of(id).stream()
            .collect(
                Collectors.toMap(ApplicationAttachment::getId, ApplicationAttachment::getFileName));
    return applications.history(id).stream()
        .collect(Collectors.toMap(ApplicationEvent::getId, e -> TimelineEntry.of(e, names)));
  }

  private static TimelineEntry action(Map<Long, TimelineEntry> entries, String action) {
    return entries.values().stream()
        .filter(e -> e.actionKey().equals("application.action." + action))
        .findFirst()
        .orElseThrow();
  }

  @Test
  @DisplayName("Art. 6: history entries are stored as codes and parameters, never as sentences")
  void art6_storedAsCodes() {
    long id = inTrial();
    for (ApplicationEvent event : applications.history(id)) {
      String stored = event.getDetails() + " " + event.getRuleInForce() + " " + event.getAction();
      assertFalse(HAN.matcher(stored).find(), "no Chinese sentence stored: " + stored);
    }
  }

  @Test
  @DisplayName("Art. 6: the same history reads in English for an English reader and in Chinese")
  void art6_rendersInReadersLanguage() {
    Map<Long, TimelineEntry> entries = entries(inTrial());
    TimelineEntry submit = action(entries, "submit");
    TimelineEntry trial = action(entries, "provide-trial");
    TimelineEntry accept = action(entries, "accept");

    String en = String.join(" | ", trial.details(Locale.ENGLISH));
    String zh = String.join(" | ", trial.details(Locale.SIMPLIFIED_CHINESE));
    assertTrue(en.contains("Trial period: 30 days"), en);
    assertFalse(HAN.matcher(en).find(), en);
    assertTrue(zh.contains("试用期：30 天"), zh);
    assertTrue(
        String.join(" ", submit.details(Locale.ENGLISH)).contains("Attachments: "), "en files");
    assertTrue(
        String.join(" ", submit.details(Locale.SIMPLIFIED_CHINESE)).contains("附件："), "zh files");
    assertTrue(accept.closedStep(Locale.ENGLISH).contains("closed in time"));
    assertTrue(accept.closedStep(Locale.SIMPLIFIED_CHINESE).contains("按期办结"));

    String rule = RuleWording.of(Locale.SIMPLIFIED_CHINESE, submit.rule(), "嘉兴市");
    assertTrue(rule.contains("规则"), rule);
    assertFalse(rule.contains("PROVINCIAL") || rule.contains("LOCAL"), rule);
    assertFalse(ISO_INSTANT.matcher(rule + submit.at()).find(), rule + " " + submit.at());
  }

  @Test
  @DisplayName("Art. 6: a history row an older release stored as text still shows, as stored")
  void art6_olderTextRowsStillShow() {
    TimelineEntry old =
        new TimelineEntry(
            Instant.parse("2026-12-07T04:50:10.159315Z"),
            "jiaxing.reviewer",
            "application.action.provide-trial",
            "application.state.APPROVED",
            "application.state.IN_TRIAL",
            null,
            "PROVINCIAL v0 1970-01-01T00:00:00Z",
            "试用期：30 天",
            Map.of());
    assertEquals(List.of("试用期：30 天"), old.details(Locale.ENGLISH));
    assertEquals("2026-12-07 12:50", old.at());
    assertEquals(null, old.closedStep(Locale.ENGLISH));
    assertFalse(old.missed());
  }
}
