package cn.gov.zj.cloud.privateportal.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Art. 18, Art. 9: the recorded third-party (CNAS) assessment of a system, and its report file when
 * one was attached.
 */
public record Assessment(
    long systemId,
    String institution,
    String reportNo,
    LocalDate reportDate,
    String conclusion,
    Optional<ReportFile> file,
    String recordedBy,
    Instant recordedAt) {

  /** The report file: its name, checked media type, size and SHA-256 in the file store. */
  public record ReportFile(String name, String contentType, long sizeBytes, String sha256) {}

  static final String COLUMNS =
      "system_id, institution, report_no, report_date, conclusion, file_name, content_type,"
          + " size_bytes, sha256, recorded_by, recorded_at";

  static Assessment of(Object[] row) {
    Optional<ReportFile> file =
        row[5] == null
            ? Optional.empty()
            : Optional.of(
                new ReportFile(
                    (String) row[5],
                    (String) row[6],
                    ((Number) row[7]).longValue(),
                    ((String) row[8]).strip()));
    return new Assessment(
        ((Number) row[0]).longValue(),
        (String) row[1],
        (String) row[2],
        ((java.sql.Date) row[3]).toLocalDate(),
        (String) row[4],
        file,
        (String) row[9],
        ((java.sql.Timestamp) row[10]).toInstant());
  }

  /** The report file, or null (for pages). */
  public ReportFile getFile() {
    return file.orElse(null);
  }
}
