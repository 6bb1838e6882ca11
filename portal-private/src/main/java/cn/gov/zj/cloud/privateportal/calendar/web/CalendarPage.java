package cn.gov.zj.cloud.privateportal.calendar.web;

import cn.gov.zj.cloud.domain.calendar.CalendarNotice;
import cn.gov.zj.cloud.domain.calendar.DueDate;
import cn.gov.zj.cloud.domain.calendar.NoticeTemplate;
import cn.gov.zj.cloud.domain.calendar.WorkingDays;
import cn.gov.zj.cloud.domain.calendar.YearSummary;
import cn.gov.zj.cloud.domain.calendar.YearView;
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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Art. 8–12: the official calendar: a year view of holidays and make-up working days and a due-date
 * reckoner for everyone; for the province administrator the template of a new year's notice and its
 * upload, checked and previewed before it is loaded.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int MAX_UPLOAD = 64 * 1024;
  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 2999;

  @Inject private WorkingCalendar calendar;
  @Inject private CalendarNotices notices;
  @Inject private Clock clock;

  private Integer year;
  private transient YearView view;

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

  /** The year shown: the one asked for, else this year (Beijing time). */
  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  /** Art. 8–12: the year view; a year without a loaded notice is shown as provisional. */
  public YearView getView() {
    Year shown = shownYear();
    if (view == null || !view.year().equals(shown)) {
      view = YearView.of(calendar.current(), shown);
    }
    return view;
  }

  /** The years offered above the view: the loaded ones, the year after them and the one shown. */
  public List<Year> getYearChoices() {
    SortedSet<Year> choices = new TreeSet<>(calendar.current().years());
    choices.add(nextYear());
    choices.add(shownYear());
    return List.copyOf(choices);
  }

  /** The year a new notice is most likely for: the one after the last loaded. */
  public Year getTemplateYear() {
    return nextYear();
  }

  /** Art. 8–12: the template of the next year's notice, instructions in Chinese. */
  public StreamedContent getTemplate() {
    Year next = nextYear();
    byte[] content = NoticeTemplate.of(next, calendar.current());
    return DefaultStreamedContent.builder()
        .name(NoticeTemplate.fileName(next))
        .contentType(NoticeTemplate.CONTENT_TYPE)
        .contentLength((long) content.length)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }

  private Year nextYear() {
    SortedSet<Year> loaded = calendar.current().years();
    return loaded.isEmpty() ? Year.now(clock).plusYears(1) : loaded.last().plusYears(1);
  }

  private Year shownYear() {
    boolean valid = year != null && year >= FIRST_YEAR && year <= LAST_YEAR;
    return valid ? Year.of(year) : Year.now(clock);
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
