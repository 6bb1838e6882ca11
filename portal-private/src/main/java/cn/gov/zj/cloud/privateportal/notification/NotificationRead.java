package cn.gov.zj.cloud.privateportal.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A reader's mark on a notification (written natively, read here). */
@Entity
@Table(name = "notification_read")
@IdClass(NotificationRead.Key.class)
public class NotificationRead {

  @Id
  @Column(name = "notification_id")
  private Long notificationId;

  @Id private String username;

  protected NotificationRead() {}

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long notificationId;
    private String username;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(notificationId, key.notificationId)
          && Objects.equals(username, key.username);
    }

    @Override
    public int hashCode() {
      return Objects.hash(notificationId, username);
    }
  }
}
