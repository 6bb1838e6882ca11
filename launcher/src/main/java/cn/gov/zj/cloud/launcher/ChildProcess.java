package cn.gov.zj.cloud.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

/** A server of the stack running as a child process, its output in one log file. */
final class ChildProcess implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  private final String name;
  private final Process process;
  private final Path log;

  private ChildProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /**
   * Starts the command with exactly that environment on top of a minimal one: a child never
   * inherits the launcher's variables, so no credential leaks into a zone that must not see it.
   */
  static ChildProcess start(
      String name, List<String> command, Map<String, String> environment, Path workDir, Path log) {
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
      Map<String, String> env = builder.environment();
      env.keySet().retainAll(List.of("PATH", "HOME", "LANG", "LC_ALL", "TZ", "USER"));
      env.putAll(environment);
      builder.redirectErrorStream(true).redirectOutput(log.toFile());
      return new ChildProcess(name, builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name + ": " + command, e);
    }
  }

  String name() {
    return name;
  }

  Path log() {
    return log;
  }

  /**
   * Waits until the URL answers a status that {@code ready} accepts; fails early, naming the log,
   * when the process dies or the time runs out.
   */
  int awaitHttp(String url, IntPredicate ready, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
    int last = -1;
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name + " exited with code " + process.exitValue() + " during start; see " + log);
      }
      try {
        last = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (ready.test(last)) {
          return last;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + name, e);
      }
      sleep(500);
    }
    throw new IllegalStateException(
        name
            + " not ready after "
            + timeout.toSeconds()
            + " s ("
            + url
            + " last answered "
            + (last < 0 ? "nothing" : last)
            + "); see "
            + log);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /**
   * The resident memory of the process in kB ({@code VmRSS} of {@code /proc/<pid>/status}), or -1
   * where there is no such file (not Linux, or the process has ended).
   */
  long residentKilobytes() {
    try {
      return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
          .filter(line -> line.startsWith("VmRSS:"))
          .map(line -> line.replaceAll("[^0-9]", ""))
          .mapToLong(Long::parseLong)
          .findFirst()
          .orElse(-1);
    } catch (IOException e) {
      return -1;
    }
  }

  /** Kills at once (SIGKILL), as a crash would, and waits until it is gone. */
  void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Asks politely (SIGTERM), waits, then kills; children of the process too (kc.sh forks). */
  @Override
  public void close() {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroy();
    descendants.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
      for (ProcessHandle child : descendants) {
        child.onExit().get(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      // fall through to the forcible end
    }
    descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
