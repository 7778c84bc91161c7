package com.synergycouncil.benchmarks;

import com.synergycouncil.council.CouncilDecisionProcess;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An executive's Tasklist at scale, made through the engine: a minimal vote process (its user task has the id of the
 * council's vote, {@code Task_CastVote}, so the product's filter "내 투표 / My votes" selects it; assigned to the
 * executive with a due date, with the variables the filters show copied onto the task by the product's
 * listColumnsListener, as CouncilDecisionProcess assigns a vote) started
 * many times. Open votes stay open; finished ones are completed by the executive, with authorization checks on, so
 * their history is what the product's votes leave (history level full: activities, task, variables, identity links,
 * user operation log). Batches of {@link #BATCH} instances share one transaction; one worker thread per core.
 *
 * <p>Making 100,000 finished instances takes long (minutes per 10,000), so a run keeps the database it made, keyed by
 * {@link #VERSION} and the sizes, with a {@code made.properties} that says when and how fast it was made; the next run
 * reuses it (the product's start applies any new migration and re-saves the filters).
 */
final class TasklistData {

  static final String PROCESS = "BenchmarkVoteProcess";
  /** Change it whenever what this class makes changes: a database made by another version is made again. */
  static final String VERSION = "2";
  static final int BATCH = 100;
  static final int THREADS = Runtime.getRuntime().availableProcessors();

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final TransactionTemplate transactions;
  private final AtomicInteger sequence = new AtomicInteger();

  TasklistData(BenchmarkProduct product) {
    this.repositoryService = product.bean(RepositoryService.class);
    this.runtimeService = product.bean(RuntimeService.class);
    this.taskService = product.bean(TaskService.class);
    this.identityService = product.bean(IdentityService.class);
    this.transactions = new TransactionTemplate(product.bean(PlatformTransactionManager.class));
  }

  /**
   * Makes the whole set: {@code open} open votes of {@code executive}, {@code othersOpen} of {@code other} (whom the
   * executive must not see), and {@code finished} vote instances of {@code executive}, completed.
   */
  Made make(String executive, int open, String other, int othersOpen, int finished) {
    deploy();
    long openMillis = open(open, executive) + open(othersOpen, other);
    long finishedMillis = finished(finished, executive);
    return new Made(open, othersOpen, finished, openMillis, finishedMillis, THREADS,
        ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT)));
  }

  /**
   * Compacts the closed database (H2 {@code SHUTDOWN COMPACT}): right after the data is made, H2's background writer
   * would otherwise spend minutes rewriting half-empty chunks, competing with the measured queries for CPU and heap.
   */
  static void compact(Path directory) {
    try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + directory.toAbsolutePath() + "/council",
        "council", ""); Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN COMPACT");
    } catch (SQLException e) {
      throw new IllegalStateException("compacting " + directory, e);
    }
  }

  void deploy() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS)
        .name("벤치마크 투표 / Benchmark vote")
        .camundaHistoryTimeToLive(3650)
        .startEvent("StartEvent_VoteRequested")
        .userTask(CouncilDecisionProcess.TASK_CAST_VOTE).name("투표 / Vote: ${subjectRef}")
        .camundaAssignee("${voter}").camundaDueDate("${voteDueDate}")
        .camundaTaskListenerDelegateExpression("create", "${listColumnsListener}")
        .endEvent("EndEvent_VoteCast")
        .done();
    repositoryService.createDeployment().name(PROCESS).addModelInstance(PROCESS + ".bpmn", model).deploy();
  }

  /** Starts {@code count} votes for {@code executive} and leaves them open; returns the milliseconds it took. */
  long open(int count, String executive) {
    return batches(count, () -> start(executive));
  }

  /** Starts {@code count} votes for {@code executive}, each completed by the executive; returns the milliseconds. */
  long finished(int count, String executive) {
    List<String> groups = identityService.createGroupQuery().groupMember(executive).list().stream()
        .map(Group::getId).toList();
    return batches(count, () -> {
      String instance = start(executive);
      Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
      identityService.setAuthentication(executive, groups);
      try {
        taskService.complete(task.getId(), Map.of("voteDecision", "APPROVE", "conflictDeclared", false));
      } finally {
        identityService.clearAuthentication();
      }
    });
  }

  private String start(String executive) {
    int n = sequence.incrementAndGet();
    Map<String, Object> variables = new HashMap<>();
    variables.put("subjectRef", "FA-BENCH-%06d".formatted(n));
    variables.put("applicationRef", "FA-BENCH-%06d".formatted(n));
    variables.put("amountDisplay", "%,d원".formatted(100_000_000L + n * 1_000L));
    variables.put("voter", executive);
    variables.put("voteDueDate", new Date(ClockUtil.getCurrentTime().getTime() + 3L * 24 * 3600 * 1000));
    return runtimeService.startProcessInstanceByKey(PROCESS, "FA-BENCH-%06d".formatted(n), variables).getId();
  }

  private long batches(int count, Runnable one) {
    long start = System.nanoTime();
    AtomicInteger done = new AtomicInteger();
    AtomicLong reported = new AtomicLong(start);
    ExecutorService workers = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> batches = new ArrayList<>();
      for (int from = 0; from < count; from += BATCH) {
        int size = Math.min(BATCH, count - from);
        batches.add(workers.submit(() -> {
          transactions.executeWithoutResult(status -> {
            for (int i = 0; i < size; i++) {
              one.run();
            }
          });
          progress(done.addAndGet(size), count, start, reported);
        }));
      }
      for (Future<?> batch : batches) {
        batch.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("making the data failed", e.getCause());
    } finally {
      workers.shutdownNow();
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static void progress(int done, int count, long start, AtomicLong reported) {
    long now = System.nanoTime();
    long last = reported.get();
    if (now - last > 60_000_000_000L && reported.compareAndSet(last, now)) {
      System.out.printf("%s: %,d of %,d in %,d s%n", PROCESS, done, count, (now - start) / 1_000_000_000);
    }
  }

  /** What was made, when and how fast (milliseconds, worker threads). */
  record Made(int open, int othersOpen, int finished, long openMillis, long finishedMillis, int threads,
      String madeAt) {

    static Made read(Path file) {
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(reader);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Made(number(properties, "open"), number(properties, "othersOpen"), number(properties, "finished"),
          Long.parseLong(properties.getProperty("openMillis")),
          Long.parseLong(properties.getProperty("finishedMillis")),
          number(properties, "threads"), properties.getProperty("madeAt"));
    }

    Made write(Path file) {
      Properties properties = new Properties();
      properties.setProperty("version", VERSION);
      properties.setProperty("open", Integer.toString(open));
      properties.setProperty("othersOpen", Integer.toString(othersOpen));
      properties.setProperty("finished", Integer.toString(finished));
      properties.setProperty("openMillis", Long.toString(openMillis));
      properties.setProperty("finishedMillis", Long.toString(finishedMillis));
      properties.setProperty("threads", Integer.toString(threads));
      properties.setProperty("madeAt", madeAt);
      try {
        Files.createDirectories(file.getParent());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        properties.store(writer, "TasklistQueryBenchmark data, made by TasklistData");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    private static int number(Properties properties, String key) {
      return Integer.parseInt(properties.getProperty(key));
    }
  }
}
