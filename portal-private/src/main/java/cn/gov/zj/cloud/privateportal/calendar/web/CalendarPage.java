package cn.gov.zj.cloud.privateportal.calendar.web;

import cn.gov.zj.cloud.domain.calendar.CalendarNotice;
import cn.gov.zj.cloud.domain.calendar.DueDate;
import cn.gov.zj.cloud.domain.calendar.WorkingDays;
import cn.gov.zj.cloud.domain.calendar.YearSummary;
import cn.gov.zj.cloud.domain.validation.FieldError;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.calendar.CalendarNotices;
import cn.gov.zj.cloud.privateportal.calendar.WorkingCalendar;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Art. 8–12: the official calendar: a due-date reckoner for everyone, and for the province
 * administrator the upload of a new year's notice, checked and previewed before it is loaded.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int MAX_UPLOAD = 64 * 1024;

  @Inject private WorkingCalendar calendar;
  @Inject private CalendarNotices notices;

  private LocalDate from;
  private Integer workingDays;
  private DueDate due;

  private transient Part file;
  private String years;
  private byte[] previewed;
  private List<YearSummary> preview;

  public List<Year> getLoadedYears() {
    return List.copyOf(calendar.current().years());
  }

  /** Art. 8: the N-th working day strictly after the date, flagged when provisional. */
  public void reckon() {
    Violations violations = new Violations();
    if (from == null) {
      violations.add("from", "validation.required");
    }
    if (workingDays == null || !WorkingDays.isValid(workingDays)) {
      violations.add("working-days", "validation.outOfRange", WorkingDays.MIN, WorkingDays.MAX);
    }
    if (!violations.isEmpty()) {
      FacesFeedback.invalid("due-form", new InvalidInputException(violations.errors()));
      return;
    }
    due = calendar.current().dueDate(from, WorkingDays.of(workingDays));
  }

  /** Checks the uploaded notice and shows what it holds; nothing is stored yet. */
  public void check() {
    preview = null;
    previewed = null;
    FacesFeedback.attempt(
        "notice-form",
        () -> {
          byte[] content = read(file);
          CalendarNotice notice = notices.preview(content, declaredYears());
          previewed = content;
          preview = notice.summary();
        });
  }

  /** Loads the notice that was previewed. */
  public void load() {
    if (previewed == null) {
      return;
    }
    FacesFeedback.attempt(
        "notice-form",
        () -> {
          notices.load(previewed, declaredYears());
          previewed = null;
          preview = null;
          FacesFeedback.info("calendar.loaded");
        });
  }

  private Set<Year> declaredYears() {
    Set<Year> declared = new TreeSet<>();
    Violations violations = new Violations();
    if (years != null) {
      for (String part : years.split("[,，\\s]+")) {
        if (part.isBlank()) {
          continue;
        }
        try {
          declared.add(Year.of(Integer.parseInt(part)));
        } catch (NumberFormatException e) {
          violations.addOnce("years", "validation.notANumber");
        }
      }
    }
    violations.throwIfAny();
    return declared;
  }

  private static byte[] read(Part part) {
    if (part == null || part.getSize() == 0) {
      throw new InvalidInputException(List.of(FieldError.of("file", "validation.required")));
    }
    if (part.getSize() > MAX_UPLOAD) {
      throw new InvalidInputException(
          List.of(FieldError.of("file", "calendar.upload.tooLarge", MAX_UPLOAD / 1024)));
    }
    try (InputStream in = part.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public DueDate getDue() {
    return due;
  }

  public List<YearSummary> getPreview() {
    return preview;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public Integer getWorkingDays() {
    return workingDays;
  }

  public void setWorkingDays(Integer workingDays) {
    this.workingDays = workingDays;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getYears() {
    return years;
  }

  public void setYears(String years) {
    this.years = years;
  }
}
