package cn.gov.zj.cloud.domain.usage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Art. 15: one piece of optimization advice for one allocated line, with the size suggested (for
 * over- and under-provisioned lines) and the arguments of its text.
 */
public record Advice(
    long applicationId,
    int line,
    AdviceKind kind,
    Optional<Resize> suggested,
    List<Object> arguments) {

  public Advice {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(suggested, "suggested");
    arguments = List.copyOf(arguments);
  }

  /**
   * Art. 15: the vCPU per instance now and suggested, for {@code quantity} alike instances; {@link
   * #saved} is negative when more is needed.
   */
  public record Resize(int quantity, int vcpuNow, int vcpuSuggested) {
    public int saved() {
      return quantity * (vcpuNow - vcpuSuggested);
    }
  }
}
