package cn.gov.zj.cloud.privateportal.usage;

import cn.gov.zj.cloud.domain.calendar.OfficialCalendar;
import cn.gov.zj.cloud.domain.security.Role;
import cn.gov.zj.cloud.domain.usage.DailySample;
import cn.gov.zj.cloud.domain.usage.SampleDraft;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.tenant.RowScope;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import javax.sql.DataSource;

/**
 * Art. 15: receives the provider's daily usage samples. Every row is checked (its columns, its
 * application's allocation and line) before anything is stored: one bad row refuses the whole
 * batch, naming row and column. A sample of the same application, line and day replaces the earlier
 * one.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class UsageIntake {

  /** Art. 15: at most this many samples per batch (a day of 50,000 lines in three batches). */
  public static final int MAX_SAMPLES = 20_000;

  @Inject private CurrentActor actor;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  @Resource(lookup = "java:app/jdbc/private")
  private DataSource dataSource;

  /** What a batch did: samples new and samples that replaced an earlier one. */
  public record Outcome(int accepted, int replaced) {}

  /**
   * Art. 15: stores every sample of the batch, or none (400 naming each bad row and column).
   *
   * @param rowName the name of the {@code i}-th row in the errors, e.g. {@code samples[3]}
   */
  public Outcome ingest(List<SampleDraft> drafts, IntFunction<String> rowName) {
    Actor who = actor.get();
    who.require(Role.PROVIDER_OPERATOR);
    Violations violations = new Violations();
    if (drafts.isEmpty()) {
      violations.add("samples", "usage.sample.empty").throwIfAny();
    }
    LocalDate today = OfficialCalendar.dateOf(clock.instant());
    List<DailySample> samples = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      samples.add(drafts.get(i).toSample(rowName.apply(i), today, violations));
    }
    try (Connection connection = dataSource.getConnection()) {
      RowScope.tenant(connection, who.tenant().id());
      Map<Long, Integer> lines = SampleStore.allocatedLines(connection, samples);
      checkAllocations(samples, lines, rowName, violations);
      violations.throwIfAny();
      Collection<DailySample> latest = latestOfEachKey(samples);
      int replaced =
          SampleStore.store(connection, who.tenant().id().value(), latest, clock.instant());
      replaced += samples.size() - latest.size();
      Outcome outcome = new Outcome(samples.size() - replaced, replaced);
      audit.record(
          who,
          AuditAction.USAGE_INGEST,
          "usage",
          null,
          null,
          Map.of(
              "accepted", outcome.accepted(),
              "replaced", outcome.replaced(),
              "applications", lines.size()));
      return outcome;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store the usage samples", e);
    }
  }

  /** Art. 15: each sample's application holds an allocation of this tenant with that line. */
  private static void checkAllocations(
      List<DailySample> samples,
      Map<Long, Integer> lines,
      IntFunction<String> rowName,
      Violations violations) {
    for (int i = 0; i < samples.size(); i++) {
      DailySample sample = samples.get(i);
      if (sample == null) {
        continue;
      }
      Integer count = lines.get(sample.applicationId());
      if (count == null) {
        violations.add(rowName.apply(i) + ".applicationId", "usage.sample.application");
      } else if (sample.line() >= count) {
        violations.add(rowName.apply(i) + ".line", "usage.sample.line");
      }
    }
  }

  /** The later of two samples of one key wins, as it would in two batches. */
  private static Collection<DailySample> latestOfEachKey(List<DailySample> samples) {
    Map<DailySample.Key, DailySample> latest = new LinkedHashMap<>();
    samples.forEach(sample -> latest.put(sample.key(), sample));
    return latest.values();
  }
}
