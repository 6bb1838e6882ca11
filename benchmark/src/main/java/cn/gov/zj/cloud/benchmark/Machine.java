package cn.gov.zj.cloud.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the figures were measured: cores, Java, and how busy the machine was. */
final class Machine {

  private Machine() {}

  static String describe() {
    Runtime runtime = Runtime.getRuntime();
    return "Machine: "
        + runtime.availableProcessors()
        + " cores, Java "
        + System.getProperty("java.version")
        + " ("
        + System.getProperty("java.vm.name")
        + "), "
        + System.getProperty("os.name")
        + " "
        + System.getProperty("os.arch")
        + ", "
        + loadAverage();
  }

  /** The 1, 5 and 15 minute load averages, as {@code uptime} shows them. */
  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return "load average " + fields[0] + ", " + fields[1] + ", " + fields[2];
    } catch (IOException e) {
      return "load average "
          + java.lang.management.ManagementFactory.getOperatingSystemMXBean()
              .getSystemLoadAverage();
    }
  }
}
