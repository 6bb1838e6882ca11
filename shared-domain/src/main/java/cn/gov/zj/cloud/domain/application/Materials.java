package cn.gov.zj.cloud.domain.application;

import java.util.Arrays;
import java.util.Set;

/**
 * Art. 7, 9, 11, 12: what an action comes with: the kinds of attachment present and the number of
 * resource lines. For {@code submit}, all of the application's; for test results, a change and a
 * termination, those uploaded for this action (since its step began), so that old reports do not
 * count as new ones.
 */
public record Materials(Set<AttachmentKind> attached, int resourceLines) {

  public static final Materials NONE = new Materials(Set.of(), 0);

  public Materials {
    attached = Set.copyOf(attached);
    if (resourceLines < 0) {
      throw new IllegalArgumentException("resource lines cannot be negative");
    }
  }

  public static Materials of(int resourceLines, AttachmentKind... attached) {
    return new Materials(Set.copyOf(Arrays.asList(attached)), resourceLines);
  }

  public boolean has(AttachmentKind kind) {
    return attached.contains(kind);
  }
}
