package cn.gov.zj.cloud.launcher;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * Development entry point: starts the whole stack with the default settings, prints the banner and
 * runs until Ctrl-C, which stops every process it started. With {@code -Dzj.instances=2} (issue 15,
 * cluster mode) each portal runs as that many instances behind HAProxy.
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) throws InterruptedException {
    StackSettings settings = StackSettings.defaults();
    int instances = Integer.getInteger(ClusterLayout.INSTANCES_PROPERTY, 1);
    Optional<ClusterLayout> layout =
        instances > 1 ? Optional.of(ClusterLayout.of(settings, instances)) : Optional.empty();
    Stack stack = Stack.start(settings, layout);
    System.out.println(stack.banner());
    // The stack's shutdown hook stops everything on Ctrl-C; until then, wait.
    new CountDownLatch(1).await();
  }
}
