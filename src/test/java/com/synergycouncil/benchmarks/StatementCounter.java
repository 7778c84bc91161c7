package com.synergycouncil.benchmarks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * Counts the SQL statements the product executes, by wrapping its {@link DataSource} bean in a JDK proxy (no library
 * needed): every connection it hands out, and every statement those create, report their executions here.
 *
 * <p>Counting rules: each {@code execute*} of a statement is one statement and one round trip; in a JDBC batch (the
 * engine flushes its inserts, updates and deletes as batches) each {@code addBatch} is one statement, and the
 * {@code executeBatch} that sends them is one round trip. Only the thread that called {@link #count} or {@link #measure} is counted,
 * so a background thread (none runs with the job executor off) cannot blur a per-call figure.
 *
 * <p>Install it on a context before it starts: {@code builder.initializers(counter.installer())}
 * ({@link BenchmarkProduct} does).
 */
public final class StatementCounter {

  /** What a statement does, from its first keyword. */
  public enum Kind { SELECT, INSERT, UPDATE, DELETE, OTHER }

  /** Executions by the SQL text as the driver received it; normalized (cached) when counts are taken. */
  private final Map<String, LongAdder> bySql = new ConcurrentHashMap<>();
  private final Map<String, String> normalized = new ConcurrentHashMap<>();
  private final LongAdder roundTrips = new LongAdder();
  private volatile Thread counted;

  /** Registers a bean post-processor that wraps every {@link DataSource} bean of the context. */
  public ApplicationContextInitializer<ConfigurableApplicationContext> installer() {
    return context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass()) ? wrap(dataSource) : bean;
      }
    });
  }

  /** Runs {@code work} on this thread and returns what it executed. */
  public Counts count(Runnable work) {
    return measure(() -> {
      work.run();
      return null;
    }).counts();
  }

  /**
   * Runs {@code work} on this thread and returns its result with what it executed. Measurements may nest: an outer
   * one counts what its inner ones counted.
   */
  public <T> Measured<T> measure(Supplier<T> work) {
    Thread previous = counted;
    counted = Thread.currentThread();
    Counts before = snapshot();
    try {
      T result = work.get();
      return new Measured<>(result, snapshot().minus(before));
    } finally {
      counted = previous;
    }
  }

  private Counts snapshot() {
    Map<String, Long> statements = new HashMap<>();
    bySql.forEach((sql, count) -> statements.merge(normalized.computeIfAbsent(sql, StatementCounter::normalize),
        count.sum(), Long::sum));
    return new Counts(statements, roundTrips.sum());
  }

  private void executed(String sql, boolean roundTrip) {
    if (counted != Thread.currentThread()) {
      return;
    }
    if (sql != null) {
      bySql.computeIfAbsent(sql, key -> new LongAdder()).increment();
    }
    if (roundTrip) {
      roundTrips.increment();
    }
  }

  DataSource wrap(DataSource dataSource) {
    Class<?>[] interfaces = ClassUtils.getAllInterfacesForClass(dataSource.getClass(), getClass().getClassLoader());
    return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), interfaces, (proxy, method, args) -> {
      Object result = invoke(dataSource, method, args);
      return result instanceof Connection connection && method.getName().equals("getConnection")
          ? connection(connection) : result;
    });
  }

  private Connection connection(Connection connection) {
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          Object result = invoke(connection, method, args);
          return switch (method.getName()) {
            case "prepareStatement" -> statement(result, PreparedStatement.class, (String) args[0]);
            case "prepareCall" -> statement(result, CallableStatement.class, (String) args[0]);
            case "createStatement" -> statement(result, Statement.class, null);
            default -> result;
          };
        });
  }

  private Object statement(Object statement, Class<?> type, String preparedSql) {
    InvocationHandler handler = (proxy, method, args) -> {
      String name = method.getName();
      boolean withSql = args != null && args.length > 0 && args[0] instanceof String;
      if (name.equals("addBatch")) {
        executed(withSql ? (String) args[0] : preparedSql, false);
      } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
        executed(null, true);
      } else if (name.startsWith("execute")) {
        executed(withSql ? (String) args[0] : preparedSql, true);
      }
      return invoke(statement, method, args);
    };
    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /**
   * One line, single spaces, an IN list of any length as {@code (?, …)} and a multi-row VALUES list as its first
   * row and {@code , …}: the same statement always counts under the same text, whatever the number of values.
   */
  static String normalize(String sql) {
    return sql.replaceAll("\\s+", " ").trim().replaceAll("\\?(\\s*,\\s*\\?)+", "?, …")
        .replaceAll("(\\([^()]*\\))(\\s*,\\s*\\1)+", "$1");
  }

  static Kind kind(String sql) {
    String text = sql.stripLeading();
    while (text.startsWith("(")) {
      text = text.substring(1).stripLeading();
    }
    String word = text.split("[\\s(]", 2)[0].toUpperCase(Locale.ROOT);
    return switch (word) {
      case "SELECT", "WITH", "VALUES" -> Kind.SELECT;
      case "INSERT", "MERGE" -> Kind.INSERT;
      case "UPDATE" -> Kind.UPDATE;
      case "DELETE" -> Kind.DELETE;
      default -> Kind.OTHER;
    };
  }

  /** A result and the statements it took. */
  public record Measured<T>(T result, Counts counts) {
  }

  /** Statements executed, by SQL text, and the round trips to the database they took. */
  public record Counts(Map<String, Long> bySql, long roundTrips) {

    public static final Counts NONE = new Counts(Map.of(), 0);

    public long total() {
      return bySql.values().stream().mapToLong(Long::longValue).sum();
    }

    public long of(Kind kind) {
      return bySql.entrySet().stream().filter(entry -> kind(entry.getKey()) == kind)
          .mapToLong(Map.Entry::getValue).sum();
    }

    public Counts minus(Counts other) {
      Map<String, Long> difference = new HashMap<>();
      bySql.forEach((sql, count) -> {
        long delta = count - other.bySql.getOrDefault(sql, 0L);
        if (delta != 0) {
          difference.put(sql, delta);
        }
      });
      return new Counts(difference, roundTrips - other.roundTrips);
    }

    public Counts plus(Counts other) {
      Map<String, Long> sum = new HashMap<>(bySql);
      other.bySql.forEach((sql, count) -> sum.merge(sql, count, Long::sum));
      return new Counts(sum, roundTrips + other.roundTrips);
    }

    /** The statements whose count differs between this and {@code other}: this count minus the other's. */
    public Map<String, Long> growthOver(Counts other) {
      Map<String, Long> growth = new LinkedHashMap<>();
      bySql.keySet().stream().sorted().forEach(sql -> {
        long delta = bySql.get(sql) - other.bySql.getOrDefault(sql, 0L);
        if (delta != 0) {
          growth.put(sql, delta);
        }
      });
      other.bySql.keySet().stream().filter(sql -> !bySql.containsKey(sql)).sorted()
          .forEach(sql -> growth.put(sql, -other.bySql.get(sql)));
      return growth;
    }

    /** The most executed statements, most first. */
    public List<Map.Entry<String, Long>> top(int n) {
      return bySql.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
          .thenComparing(Map.Entry.comparingByKey())).limit(n).toList();
    }
  }
}
