package com.synergycouncil.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The results of a benchmark as a Markdown table: a title, the machine it ran on, columns, rows and notes. Every
 * benchmark class writes its tables to {@code <build dir>/benchmarks/<ClassName>.md} and prints them:
 *
 * <pre>{@code
 * BenchmarkTable table = new BenchmarkTable("Funding path against a bare process", BenchmarkTable.machine("H2 2.3 file"))
 *     .columns("path", "instances", "ms per instance")
 *     .row("funding", 200, 41.2)
 *     .note("job executor off: every job run by the benchmark thread");
 * BenchmarkTable.write(FundingPathBenchmark.class, table);
 * }</pre>
 *
 * Numbers are formatted for people (thousands separators; doubles with one decimal unless {@link #decimals(int)}
 * says otherwise). The directory is the system property {@code benchmarks.dir} (the surefire execution
 * {@code benchmarks} sets it to {@code ${project.build.directory}/benchmarks}), else {@code benchmarks/} next to the
 * compiled test classes, so a run with any {@code -Dbuild.dir} writes into its own build directory.
 */
public final class BenchmarkTable {

  private final String title;
  private final String machine;
  private final List<String> columns = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private int decimals = 1;

  public BenchmarkTable(String title, String machine) {
    this.title = title;
    this.machine = machine;
  }

  /**
   * One line on where the figures come from: cores, max heap, Java, the database, and the time of the run, e.g.
   * {@code 2 cores, max heap 512 MiB, Java 17.0.16 (Eclipse Adoptium), H2 2.3.232 file database, 2026-11-27 10:12 KST}.
   */
  public static String machine(String database) {
    Runtime runtime = Runtime.getRuntime();
    return "%d cores, max heap %d MiB, Java %s (%s), %s, %s, %s".formatted(runtime.availableProcessors(),
        runtime.maxMemory() >> 20, System.getProperty("java.version"), System.getProperty("java.vendor"),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"), database,
        ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT)));
  }

  public BenchmarkTable columns(String... names) {
    columns.addAll(Arrays.asList(names));
    return this;
  }

  /** Decimal places for doubles in the rows added after this call (default 1). */
  public BenchmarkTable decimals(int places) {
    this.decimals = places;
    return this;
  }

  public BenchmarkTable row(Object... cells) {
    if (cells.length != columns.size()) {
      throw new IllegalArgumentException("%d cells for %d columns".formatted(cells.length, columns.size()));
    }
    rows.add(Arrays.stream(cells).map(this::format).toList());
    return this;
  }

  public BenchmarkTable note(String note) {
    notes.add(note);
    return this;
  }

  public String toMarkdown() {
    StringBuilder md = new StringBuilder("## ").append(title).append("\n\n");
    md.append("Machine: ").append(machine).append("\n\n");
    md.append("| ").append(String.join(" | ", columns)).append(" |\n");
    md.append("|").append("---|".repeat(columns.size())).append("\n");
    for (List<String> row : rows) {
      md.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    if (!notes.isEmpty()) {
      md.append("\n");
      notes.forEach(note -> md.append("- ").append(note).append("\n"));
    }
    return md.toString();
  }

  /** Writes the tables, one after the other, to {@code <dir>/<ClassName>.md}, prints them and returns the file. */
  public static Path write(Class<?> benchmark, BenchmarkTable... tables) {
    StringBuilder md = new StringBuilder("# ").append(benchmark.getSimpleName()).append("\n\n");
    for (BenchmarkTable table : tables) {
      md.append(table.toMarkdown()).append("\n");
    }
    try {
      Path file = directory().resolve(benchmark.getSimpleName() + ".md");
      Files.createDirectories(file.getParent());
      Files.writeString(file, md, StandardCharsets.UTF_8);
      System.out.println(md);
      System.out.println("written to " + file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the tables (and the benchmarks' scratch databases) go. */
  public static Path directory() {
    String configured = System.getProperty("benchmarks.dir");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath();
    }
    try {
      Path testClasses = Path.of(BenchmarkTable.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return testClasses.getParent().resolve("benchmarks");
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private String format(Object cell) {
    if (cell == null) {
      return "–";
    }
    if (cell instanceof Double || cell instanceof Float) {
      return String.format(Locale.ROOT, "%,." + decimals + "f", ((Number) cell).doubleValue());
    }
    if (cell instanceof Long || cell instanceof Integer) {
      return String.format(Locale.ROOT, "%,d", ((Number) cell).longValue());
    }
    return cell.toString().replace("|", "\\|").replace("\n", " ");
  }
}
