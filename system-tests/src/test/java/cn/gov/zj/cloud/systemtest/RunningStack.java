package cn.gov.zj.cloud.systemtest;

import cn.gov.zj.cloud.launcher.Stack;
import cn.gov.zj.cloud.launcher.StackSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the whole stack once for all system tests, exactly as the run command does (fresh data,
 * test ports: 2xxxx, or another base with {@code -Dzj.it.portBase=30000} so that two checkouts can
 * run their system tests side by side), and stops it when the test run ends. With {@code
 * -Dzj.it.attach=true} the tests use the stack that the run command already started (development
 * only).
 */
public class RunningStack implements BeforeAllCallback {

  private static Stack stack;
  private static StackSettings settings;

  @Override
  public synchronized void beforeAll(ExtensionContext context) {
    if (settings != null) {
      return;
    }
    if (Boolean.getBoolean("zj.it.attach")) {
      settings = StackSettings.defaults();
      return;
    }
    Path data = Path.of(System.getProperty("zj.it.data", "target/stack"));
    stack = Stack.start(StackSettings.forTests(data, Integer.getInteger("zj.it.portBase", 20000)));
    settings = stack.settings();
    System.out.println(stack.banner());
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .put(RunningStack.class, new Closer());
  }

  public static StackSettings settings() {
    return settings;
  }

  /** The stack these tests started; null when attached to one the run command started. */
  public static Stack stack() {
    return stack;
  }

  private static final class Closer implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      stack.close();
    }
  }
}
