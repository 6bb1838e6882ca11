package cn.gov.zj.cloud.privateportal.notification;

import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * Art. 8–12, 23: writes a notification (and its mail) from another capability, in the caller's
 * transaction and row scope, once per dedupe key and role.
 */
public final class Notices {

  private Notices() {}

  /** 1 when the notice is new, 0 when it was written before. */
  public static int write(EntityManager em, Notice notice, Instant now) {
    return NoticeWriter.write(em, notice, now);
  }
}
