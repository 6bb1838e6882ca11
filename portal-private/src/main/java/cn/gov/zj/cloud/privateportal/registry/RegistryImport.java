package cn.gov.zj.cloud.privateportal.registry;

import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.domain.registry.UnitDetails;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.audit.AuditAction;
import cn.gov.zj.cloud.privateportal.audit.AuditLog;
import cn.gov.zj.cloud.privateportal.registry.ImportPreview.CellError;
import cn.gov.zj.cloud.privateportal.security.Actor;
import cn.gov.zj.cloud.privateportal.security.CurrentActor;
import cn.gov.zj.cloud.privateportal.sheet.SheetReader;
import cn.gov.zj.cloud.privateportal.sheet.SheetWriter;
import cn.gov.zj.cloud.privateportal.tenant.TenantBound;
import cn.gov.zj.cloud.privateportal.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Art. 3, Art. 25: the tenant administrator imports units or systems from an XLSX or CSV file. A
 * preview names every bad row and cell; the confirmation stores every row or, while any is bad,
 * nothing.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class RegistryImport {

  @Inject private CurrentActor actor;
  @Inject private Units units;
  @Inject private Systems systems;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** What the checked rows of a file hold, and what they would store. */
  private record Checked<T>(ImportPreview preview, List<T> records) {}

  /**
   * Art. 3: checks a file and names every bad cell; stores nothing. A file that cannot be read at
   * all (broken, too large, inflating) is {@link InvalidInputException} naming {@code file}.
   */
  public ImportPreview preview(ImportKind kind, byte[] content) {
    RegistryPolicy.requireImport(actor.get());
    ImportPreview preview = check(kind, content).preview();
    if (preview.errors().stream().anyMatch(error -> error.row() == 0)) {
      throw new InvalidInputException(preview.fieldErrors());
    }
    return preview;
  }

  /**
   * Art. 3: stores every row of the file and answers how many; {@link InvalidInputException} naming
   * every bad cell (and storing nothing) while any is bad.
   */
  public int confirm(ImportKind kind, byte[] content) {
    Actor who = actor.get();
    RegistryPolicy.requireImport(who);
    Checked<?> checked = check(kind, content);
    if (!checked.preview().valid()) {
      throw new InvalidInputException(checked.preview().fieldErrors());
    }
    for (Object record : checked.records()) {
      if (record instanceof UnitDetails unit) {
        units.store(who, unit);
      } else if (record instanceof SystemRows.Record system) {
        systems.store(who, system.unitId(), system.details());
      }
    }
    audit.record(
        who,
        AuditAction.REGISTRY_IMPORT,
        "registry",
        kind.path(),
        null,
        Map.of("kind", kind.path(), "rows", checked.records().size()));
    return checked.records().size();
  }

  /** Art. 3: the empty template of a file, its headers in {@code locale} with the field names. */
  public static byte[] template(ImportKind kind, Locale locale) {
    List<SheetWriter.Column<Object>> columns =
        kind.columns().stream()
            .map(
                column ->
                    new SheetWriter.Column<Object>(
                        Messages.get(locale, kind.headerKey(column)) + "（" + column + "）",
                        item -> null))
            .toList();
    return SheetWriter.write(kind.path(), columns, List.of());
  }

  private Checked<?> check(ImportKind kind, byte[] content) {
    return switch (kind) {
      case UNITS -> check(kind, content, new UnitRows(units.byCreditCodes().keySet()));
      case SYSTEMS -> check(kind, content, new SystemRows(units.byCreditCodes(), today()));
    };
  }

  private <T> Checked<T> check(ImportKind kind, byte[] content, RowCheck<T> rowCheck) {
    Violations fileFaults = new Violations();
    List<SheetReader.Row> rows = SheetReader.read(content, fileFaults);
    List<CellError> errors = new ArrayList<>();
    fileFaults
        .errors()
        .forEach(e -> errors.add(new CellError(0, "", "file", e.messageKey(), e.arguments())));
    List<T> records = new ArrayList<>();
    if (!rows.isEmpty() && header(kind, rows.get(0), errors)) {
      for (SheetReader.Row row : rows.subList(1, rows.size())) {
        Violations violations = new Violations();
        T record = rowCheck.check(row, violations);
        violations.errors().stream()
            .map(
                e ->
                    new CellError(
                        row.number(),
                        kind.letter(e.field()),
                        e.field(),
                        e.messageKey(),
                        e.arguments()))
            .sorted(java.util.Comparator.comparing(CellError::column))
            .forEach(errors::add);
        if (record != null) {
          records.add(record);
        }
      }
    }
    return new Checked<>(new ImportPreview(kind, Math.max(0, rows.size() - 1), errors), records);
  }

  /**
   * The first row names the kind's columns in order: the field name, or the template's header that
   * ends with it in brackets. False (with each wrong cell named) when it does not.
   */
  private static boolean header(ImportKind kind, SheetReader.Row row, List<CellError> errors) {
    int before = errors.size();
    List<String> columns = kind.columns();
    for (int i = 0; i < columns.size(); i++) {
      String column = columns.get(i);
      String text = row.cell(i);
      boolean matches =
          text != null
              && (text.equalsIgnoreCase(column)
                  || text.endsWith("（" + column + "）")
                  || text.endsWith("(" + column + ")"));
      if (!matches) {
        errors.add(
            new CellError(
                row.number(),
                kind.letter(column),
                column,
                "registry.import.header",
                List.of(column)));
      }
    }
    return errors.size() == before;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Clocks.ZONE));
  }
}
