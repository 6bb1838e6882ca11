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
 * only). The stack stops when the test JVM ends, so that Jupiter's tests and jqwik's properties
 * ({@link HostileInputFuzzIT}) use the same one.
 */
public class RunningStack implements BeforeAllCallback {

  private static Stack stack;
  private static StackSettings settings;

  @Override
  public void beforeAll(ExtensionContext context) {
    started();
  }

  /**
   * The stack, started on first use; for the property tests too, which run in jqwik's engine beside
   * Jupiter's, so that both engines share one stack. It stops with the test JVM (the launcher's
   * shutdown hook stops every process it started).
   */
  public static synchronized StackSettings started() {
    if (settings != null) {
      return settings;
    }
    if (Boolean.getBoolean("zj.it.attach")) {
      settings = StackSettings.defaults();
      return settings;
    }
    Path data = Path.of(System.getProperty("zj.it.data", "target/stack"));
    stack = Stack.start(StackSettings.forTests(data, Integer.getInteger("zj.it.portBase", 20000)));
    settings = stack.settings();
    System.out.println(stack.banner());
    return settings;
  }

  public static StackSettings settings() {
    return settings;
  }

  /** The stack these tests started; null when attached to one the run command started. */
  public static Stack stack() {
    return stack;
  }
}
