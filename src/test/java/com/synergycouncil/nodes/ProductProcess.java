package com.synergycouncil.nodes;

import com.synergycouncil.SynergyCouncilApplication;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The product as an operating-system process of its own (a child JVM running {@link SynergyCouncilApplication} on the
 * test's class path, test classes left out), driven only over HTTP: one Camunda engine named "default" per JVM, and
 * {@code kill -9} needs a process. Its console goes to {@code <build.dir>/product-logs/<name>-<n>.log}, and a start
 * that fails says why with the end of that log.
 *
 * <pre>{@code
 * try (ProductProcess node = ProductProcess.start("node-a", workDir, port, "--spring.profiles.active=demo")) {
 *   ProductClient fundManager = node.client("fund-manager", password);
 *   node.kill9();                       // SIGKILL: exit code 137
 *   ProductProcess again = node.restart();
 * }
 * }</pre>
 */
public final class ProductProcess implements AutoCloseable {

  /** Exit code of a process ended by SIGKILL (128 + 9). */
  public static final int SIGKILL_EXIT = 137;

  private static final Duration READY_WITHIN = Duration.ofSeconds(300);
  private static final AtomicInteger STARTS = new AtomicInteger();
  private static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
      "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true");

  private final String name;
  private final Path workingDirectory;
  private final int port;
  private final List<String> arguments;
  private final Process process;
  private final Path log;
  private final HttpClient http;

  private ProductProcess(String name, Path workingDirectory, int port, List<String> arguments, Process process,
      Path log) {
    this.name = name;
    this.workingDirectory = workingDirectory;
    this.port = port;
    this.arguments = arguments;
    this.process = process;
    this.log = log;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  /**
   * Starts the product in {@code workingDirectory} (where its default H2 file {@code ./data/council} lives) on
   * {@code port}, with Spring Boot {@code arguments} such as {@code --spring.profiles.active=demo}, and waits until
   * {@code /actuator/health} answers UP (after the product's start-up runners: readiness is part of health).
   */
  public static ProductProcess start(String name, Path workingDirectory, int port, String... arguments) {
    ProductProcess started = launch(name, workingDirectory, port, List.of(arguments));
    started.awaitReady();
    return started;
  }

  /** Starts the product without waiting: call {@link #awaitReady()} before using it. */
  public static ProductProcess launch(String name, Path workingDirectory, int port, List<String> arguments) {
    try {
      Files.createDirectories(workingDirectory);
      Path log = logDirectory().resolve(name + "-" + STARTS.incrementAndGet() + ".log");
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(JVM_OPTIONS);
      command.add("-cp");
      command.add(productClassPath());
      command.add(SynergyCouncilApplication.class.getName());
      command.add("--server.port=" + port);
      command.add("--spring.main.banner-mode=off");
      command.addAll(arguments);
      ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
          .redirectErrorStream(true).redirectOutput(log.toFile());
      // surefire sets it blank for the test JVM; the child gets its profiles from its arguments only
      builder.environment().remove("SPRING_PROFILES_ACTIVE");
      return new ProductProcess(name, workingDirectory, port, List.copyOf(arguments), builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name, e);
    }
  }

  /** The same product again: same working directory (so the same H2 file), port and arguments. */
  public ProductProcess restart() {
    if (process.isAlive()) {
      throw new IllegalStateException(name + " is still running");
    }
    return start(name, workingDirectory, port, arguments.toArray(String[]::new));
  }

  /** A port nobody listens on right now. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Polls {@code /actuator/health} until it answers UP; fails with the end of the log if the process dies or stalls. */
  public void awaitReady() {
    long deadline = System.nanoTime() + READY_WITHIN.toNanos();
    HttpRequest health = HttpRequest.newBuilder(baseUrl().resolve("/actuator/health"))
        .timeout(Duration.ofSeconds(5)).GET().build();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting:\n" + tail(80));
      }
      try {
        HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException notListeningYet) {
        // the web server is not up yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + name, e);
      }
      sleep(250);
    }
    throw new IllegalStateException(name + " not ready within " + READY_WITHIN.toSeconds() + " s:\n" + tail(80));
  }

  /** {@code http://127.0.0.1:<port>} */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + port);
  }

  public String name() {
    return name;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public Path log() {
    return log;
  }

  /** A user of this node, logging in with HTTP Basic on every request (as a script or another system would). */
  public ProductClient client(String user, String password) {
    return new ProductClient(http, baseUrl(), name, user, password);
  }

  /**
   * {@code kill -9}: on Linux {@link Process#destroyForcibly()} sends SIGKILL, so no shutdown hook, no flush, no
   * graceful stop. Returns the exit code (137 when SIGKILL ended it).
   */
  public int kill9() {
    process.destroyForcibly();
    return awaitExit(Duration.ofSeconds(60));
  }

  /** {@code kill -STOP}: freezes the process where it is (threads, sockets, buffers), until {@link #resume()}. */
  public void pause() {
    signal("STOP");
  }

  /** {@code kill -CONT} */
  public void resume() {
    signal("CONT");
  }

  private void signal(String name) {
    try {
      Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
      if (kill.waitFor() != 0) {
        throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** SIGTERM: Spring's graceful shutdown. Returns the exit code. */
  public int stop() {
    process.destroy();
    int exit = awaitExit(Duration.ofSeconds(90));
    if (process.isAlive()) {
      return kill9();
    }
    return exit;
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      stop();
    }
  }

  /** The last {@code lines} lines of the product's console. */
  public String tail(int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private int awaitExit(Duration patience) {
    try {
      if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
        return -1;
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The test JVM's class path without the test classes: the product and its libraries. */
  static String productClassPath() {
    Path testClasses;
    try {
      testClasses = Path.of(ProductProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return String.join(File.pathSeparator, Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.isBlank() && !Path.of(entry).toAbsolutePath().equals(testClasses.toAbsolutePath()))
        .toList());
  }

  private static Path logDirectory() throws IOException {
    return Files.createDirectories(Path.of(System.getProperty("build.dir", "target"), "product-logs"));
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
