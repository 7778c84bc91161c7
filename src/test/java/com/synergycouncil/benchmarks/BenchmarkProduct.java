package com.synergycouncil.benchmarks;

import com.synergycouncil.SynergyCouncilApplication;
import com.synergycouncil.TestCouncil;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The product as it runs (its own Spring context, started like {@code restart/TimerAfterDowntimeTests} does), on a
 * fresh H2 file database under {@code <build dir>/benchmarks/db/<name>/} (the product's default kind of database),
 * with the job executor off so that the benchmark thread runs every job ({@link TestCouncil#runDueJobs()}), its
 * DataSource counted by a {@link StatementCounter}, and a {@link TestCouncil} with the council seated. Only one Camunda engine per
 * JVM: close one before starting the next.
 *
 * <pre>{@code
 * try (BenchmarkProduct product = BenchmarkProduct.start("MyBenchmark", "--camunda.bpm.history-level=audit")) {
 *   TestCouncil council = product.bean(TestCouncil.class);
 *   StatementCounter.Counts counts = product.statements().count(() -> ...);
 * }
 * }</pre>
 */
public final class BenchmarkProduct implements AutoCloseable {

  /** Enough committed capital that thousands of benchmark awards never exhaust the fund. */
  public static final long COMMITTED_PER_PARTNER_WON = 1_000_000_000_000_000L / 1_000;

  private final ConfigurableApplicationContext context;
  private final StatementCounter statements;
  private final Path databaseDirectory;
  private final TestCouncil council;

  private BenchmarkProduct(ConfigurableApplicationContext context, StatementCounter statements, Path databaseDirectory,
      TestCouncil council) {
    this.context = context;
    this.statements = statements;
    this.databaseDirectory = databaseDirectory;
    this.council = council;
  }

  /**
   * The PostgreSQL database benchmarks run on instead of H2 files, when given: {@code -Dbenchmark.postgres.url=
   * jdbc:postgresql://127.0.0.1:5432/council_bench} (an empty database of its own: {@link #start} empties it), with
   * {@code -Dbenchmark.postgres.user} (default {@code council}) and {@code -Dbenchmark.postgres.password}. The product
   * then runs with its {@code postgres} profile, as in production.
   */
  static final String POSTGRES_URL = System.getProperty("benchmark.postgres.url", "");

  /** Whether benchmarks run on PostgreSQL ({@link #POSTGRES_URL}) rather than H2. */
  public static boolean onPostgres() {
    return !POSTGRES_URL.isBlank();
  }

  /** Starts the product on a new, empty database named {@code name}; {@code arguments} override properties. */
  public static BenchmarkProduct start(String name, String... arguments) {
    deleteRecursively(BenchmarkTable.directory().resolve("db").resolve(name));
    if (onPostgres()) {
      emptyPostgres();
    }
    return reopen(name, arguments);
  }

  /**
   * Starts the product on the database named {@code name} as an earlier run left it, or on a new one if there is
   * none: for data that takes long to make (TasklistQueryBenchmark keys its database by a data version).
   */
  public static BenchmarkProduct reopen(String name, String... arguments) {
    Path directory = BenchmarkTable.directory().resolve("db").resolve(name);
    StatementCounter statements = new StatementCounter();
    List<String> args = new ArrayList<>(onPostgres()
        ? List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + POSTGRES_URL,
            "--spring.datasource.username=" + postgresUser(), "--spring.datasource.password=" + postgresPassword())
        : List.of("--spring.datasource.url=jdbc:h2:file:" + directory.toAbsolutePath() + "/council;DB_CLOSE_ON_EXIT=FALSE"));
    args.addAll(List.of(
        "--council.security.admin-password=benchmark-admin-password-0001",
        "--council.fund.committed-per-partner-won=" + COMMITTED_PER_PARTNER_WON,
        "--server.port=0",
        "--camunda.bpm.job-execution.enabled=false",
        "--spring.main.banner-mode=off",
        "--logging.level.root=WARN"));
    args.addAll(List.of(arguments));
    ConfigurableApplicationContext context = new SpringApplicationBuilder(SynergyCouncilApplication.class)
        .initializers(statements.installer()).run(args.toArray(String[]::new));
    // created once the product has started (as a source it would start the engine before Flyway's migrations)
    TestCouncil council = context.getAutowireCapableBeanFactory().createBean(TestCouncil.class);
    council.seat();
    return new BenchmarkProduct(context, statements, directory, council);
  }

  public <T> T bean(Class<T> type) {
    return type == TestCouncil.class ? type.cast(council) : context.getBean(type);
  }

  public StatementCounter statements() {
    return statements;
  }

  public Path databaseDirectory() {
    return databaseDirectory;
  }

  /** E.g. {@code H2 2.3.232 (2024-08-11) file database}, or {@code PostgreSQL 15.14}. */
  public String database() {
    try (Connection connection = bean(DataSource.class).getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion()
          + (onPostgres() ? "" : " file database");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The size of the database files on disk (PostgreSQL: the database's size as it reports it). */
  public long databaseBytes() {
    if (onPostgres()) {
      return bean(org.springframework.jdbc.core.simple.JdbcClient.class)
          .sql("select pg_database_size(current_database())").query(Long.class).single();
    }
    try (Stream<Path> files = Files.walk(databaseDirectory)) {
      return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    context.close();
  }

  private static String postgresUser() {
    return System.getProperty("benchmark.postgres.user", "council");
  }

  private static String postgresPassword() {
    return System.getProperty("benchmark.postgres.password", "");
  }

  /** Drops everything in the benchmark's PostgreSQL database (its public schema), as a new H2 file would be. */
  private static void emptyPostgres() {
    try (Connection connection = java.sql.DriverManager.getConnection(POSTGRES_URL, postgresUser(), postgresPassword());
        java.sql.Statement statement = connection.createStatement()) {
      statement.execute("drop schema public cascade");
      statement.execute("create schema public");
    } catch (SQLException e) {
      throw new IllegalStateException("could not empty " + POSTGRES_URL, e);
    }
  }

  private static void deleteRecursively(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
