package cn.gov.zj.cloud.privateportal.services;

import cn.gov.zj.cloud.domain.services.TrainingSeats;
import cn.gov.zj.cloud.domain.validation.Texts;
import cn.gov.zj.cloud.domain.validation.Violations;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Art. 14: a session's fields, checked: a title, a start still to come, a duration of 1 minute to
 * 24 hours, a place or an online link (http or https), a capacity of 1 to 10,000 and never below
 * the seats taken, optional materials (a note or link). Every fault is named at once.
 */
record TrainingDraft(
    String title,
    Instant startsAt,
    int durationMinutes,
    String place,
    String onlineLink,
    int capacity,
    String materials) {

  static final int MAX_TITLE = 200;
  static final int MAX_PLACE = 200;
  static final int MAX_LINK = 500;
  static final int MAX_DURATION = 1440;

  static TrainingDraft check(TrainingSession.Draft draft, Instant now, int taken) {
    Violations violations = new Violations();
    String title = Texts.requiredLine("title", draft.title(), MAX_TITLE, violations);
    if (draft.startsAt() == null) {
      violations.add("startsAt", "validation.required");
    } else if (!draft.startsAt().isAfter(now)) {
      violations.add("startsAt", "services.training.startsInThePast");
    }
    Integer duration = draft.durationMinutes();
    if (duration == null) {
      violations.addOnce("durationMinutes", "validation.required");
    } else if (duration < 1 || duration > MAX_DURATION) {
      violations.addOnce("durationMinutes", "validation.outOfRange", 1, MAX_DURATION);
    }
    String place = Texts.optionalLine("place", draft.place(), MAX_PLACE, violations);
    String link = Texts.optionalLine("onlineLink", draft.onlineLink(), MAX_LINK, violations);
    if (link != null && !isWebLink(link)) {
      violations.addOnce("onlineLink", "services.training.notALink");
    }
    if (place == null
        && link == null
        && !violations.has("place")
        && !violations.has("onlineLink")) {
      violations.add("place", "services.training.placeOrLink");
    }
    Integer capacity = draft.capacity();
    if (capacity == null) {
      violations.addOnce("capacity", "validation.required");
    } else if (capacity < 1 || capacity > TrainingSeats.MAX_CAPACITY) {
      violations.addOnce("capacity", "validation.outOfRange", 1, TrainingSeats.MAX_CAPACITY);
    } else if (capacity < taken) {
      violations.addOnce("capacity", "services.training.belowTaken", taken);
    }
    String materials = Texts.optionalLine("materials", draft.materials(), MAX_LINK, violations);
    violations.throwIfAny();
    return new TrainingDraft(title, draft.startsAt(), duration, place, link, capacity, materials);
  }

  private static boolean isWebLink(String text) {
    try {
      URI uri = new URI(text);
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** What the audit trail records of it. */
  Map<String, Object> snapshot() {
    Map<String, Object> values = new HashMap<>();
    values.put("title", title);
    values.put("startsAt", startsAt.toString());
    values.put("durationMinutes", durationMinutes);
    values.put("capacity", capacity);
    if (place != null) {
      values.put("place", place);
    }
    if (onlineLink != null) {
      values.put("onlineLink", onlineLink);
    }
    return values;
  }
}
