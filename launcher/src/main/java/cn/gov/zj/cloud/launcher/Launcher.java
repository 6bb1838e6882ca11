package cn.gov.zj.cloud.launcher;

import java.util.concurrent.CountDownLatch;

/**
 * Development entry point: starts the whole stack with the default settings, prints the banner and
 * runs until Ctrl-C, which stops every process it started.
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) throws InterruptedException {
    Stack stack = Stack.start(StackSettings.defaults());
    System.out.println(stack.banner());
    // The stack's shutdown hook stops everything on Ctrl-C; until then, wait.
    new CountDownLatch(1).await();
  }
}
