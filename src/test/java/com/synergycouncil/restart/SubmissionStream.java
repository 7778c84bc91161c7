package com.synergycouncil.restart;

import static com.synergycouncil.nodes.FundingWork.FUND_MANAGER;
import static com.synergycouncil.nodes.FundingWork.FUND_MANAGER2;
import static com.synergycouncil.nodes.FundingWork.KAKAO_CTO;
import static com.synergycouncil.nodes.FundingWork.SKT_CTO;

import com.fasterxml.jackson.databind.JsonNode;
import com.synergycouncil.funding.ApplicationStatus;
import com.synergycouncil.nodes.FundingWork;
import com.synergycouncil.nodes.ProductClient;
import com.synergycouncil.nodes.ProductClient.Answer;
import com.synergycouncil.nodes.ProductProcess;
import com.synergycouncil.restart.Ledger.Entry;
import com.synergycouncil.restart.Ledger.Kind;
import com.synergycouncil.restart.Ledger.Outcome;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A few clients, each on a thread of its own, taking applications through the fund as its people would: a fund
 * manager submits (with an Idempotency-Key), the other fund manager claims and completes the due diligence, both CTOs
 * vote. Every write goes into the {@link Ledger}. A client stops at the first request that gets no answer.
 */
final class SubmissionStream {

  static final long AMOUNT_WON = 20_000_000L;
  private static final Duration TASK_PATIENCE = Duration.ofSeconds(60);

  private final ProductProcess node;
  private final Ledger ledger;
  private final String password;
  private final Map<Thread, Long> writesInFlight = new ConcurrentHashMap<>();
  private final List<Thread> threads = new ArrayList<>();
  private final List<Throwable> failures = new ArrayList<>();
  private volatile boolean stopped;

  SubmissionStream(ProductProcess node, Ledger ledger, String password) {
    this.node = node;
    this.ledger = ledger;
    this.password = password;
  }

  /** Client {@code client} submits application after application and takes each through to the vote. */
  void submitContinuously(int client) {
    start(client, stream -> {
      for (int n = 1; !stopped; n++) {
        stream.drive(stream.submit("kill-%d-%d".formatted(client, n)));
      }
    });
  }

  /** Client {@code client} takes {@code references} through to the vote, then submits and decides {@code more} new ones. */
  void finish(int client, List<String> references, int more) {
    start(client, stream -> {
      for (String reference : references) {
        stream.drive(reference);
      }
      for (int n = 1; n <= more; n++) {
        stream.drive(stream.submit("after-restart-%d-%d".formatted(client, n)));
      }
    });
  }

  /** Whether some write has been waiting for its answer for at least {@code age}: the node is busy with it. */
  boolean aWriteInFlightFor(Duration age) {
    long now = System.nanoTime();
    return writesInFlight.values().stream().anyMatch(started -> now - started >= age.toNanos());
  }

  boolean failed() {
    synchronized (failures) {
      return !failures.isEmpty();
    }
  }

  void stop() {
    stopped = true;
  }

  /** Waits for every client to end; fails with what went wrong in any of them other than the node going away. */
  void awaitEnd(Duration patience) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    for (Thread thread : threads) {
      thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
      if (thread.isAlive()) {
        throw new AssertionError(thread.getName() + " still running after " + patience.toSeconds() + " s");
      }
    }
    synchronized (failures) {
      if (!failures.isEmpty()) {
        AssertionError error = new AssertionError("a client failed: " + failures.get(0).getMessage(), failures.get(0));
        failures.stream().skip(1).forEach(error::addSuppressed);
        throw error;
      }
    }
  }

  private void start(int client, ClientWork work) {
    Thread thread = new Thread(() -> {
      try {
        work.run(new Client(client));
      } catch (NodeGone gone) {
        // the node died under this client: expected during the kill
      } catch (Throwable failure) {
        synchronized (failures) {
          failures.add(failure);
        }
      }
    }, "client-" + client);
    threads.add(thread);
    thread.start();
  }

  private interface ClientWork {
    void run(Client client) throws IOException;
  }

  private interface Request {
    Answer send() throws IOException;
  }

  /** Thrown when a request got no answer: the client stops. */
  private static final class NodeGone extends RuntimeException {
    NodeGone(Throwable cause) {
      super(cause);
    }
  }

  private final class Client {

    private final int number;
    private final ProductClient fundManager;
    private final ProductClient reviewer;
    private final Map<String, ProductClient> voters;

    Client(int number) {
      this.number = number;
      this.fundManager = node.client(FUND_MANAGER, password);
      this.reviewer = node.client(FUND_MANAGER2, password);
      this.voters = Map.of(SKT_CTO, node.client(SKT_CTO, password), KAKAO_CTO, node.client(KAKAO_CTO, password));
    }

    String submit(String idempotencyKey) {
      Map<String, Object> body = FundingWork.application("킬 시험 / Kill Test " + idempotencyKey, AMOUNT_WON);
      Answer answer = write(Kind.SUBMIT, null, null, fundManager, idempotencyKey, body,
          () -> fundManager.post("/api/funding/applications", body, "Idempotency-Key", idempotencyKey));
      return answer.json().get("reference").asText();
    }

    /** Whatever the application still needs up to its council decision: due diligence, then each CTO's vote. */
    void drive(String reference) {
      JsonNode view = read(() -> fundManager.get("/api/funding/applications/" + reference)).expect(200).json();
      if (ApplicationStatus.valueOf(view.get("status").asText()) == ApplicationStatus.IN_DUE_DILIGENCE) {
        JsonNode task = awaitTask(() -> FundingWork.dueDiligenceTask(reviewer, reference), reference + " due diligence");
        String taskId = task.get("id").asText();
        if (task.path("assignee").isNull() || task.path("assignee").isMissingNode()) {
          write(Kind.CLAIM, reference, taskId, reviewer, null, null, () -> reviewer.claim(taskId));
        }
        write(Kind.DUE_DILIGENCE, reference, taskId, reviewer, null, null,
            () -> reviewer.complete(taskId, FundingWork.dueDiligenceApproving()));
        view = read(() -> fundManager.get("/api/funding/applications/" + reference)).expect(200).json();
      }
      for (Map.Entry<String, ProductClient> voter : voters.entrySet()) {
        if (FundingWork.votesCastBy(view, voter.getKey()) == 0) {
          ProductClient executive = voter.getValue();
          String taskId = awaitTask(() -> FundingWork.voteTask(executive, reference),
              reference + " vote of " + voter.getKey()).get("id").asText();
          write(Kind.VOTE, reference, taskId, executive, null, null,
              () -> executive.complete(taskId, FundingWork.approve()));
        }
      }
    }

    private JsonNode awaitTask(Lookup lookup, String what) {
      long deadline = System.nanoTime() + TASK_PATIENCE.toNanos();
      while (true) {
        Optional<JsonNode> task;
        try {
          task = lookup.find();
        } catch (IOException e) {
          throw new NodeGone(e);
        }
        if (task.isPresent()) {
          return task.get();
        }
        if (System.nanoTime() > deadline || stopped) {
          throw new AssertionError("no task for " + what + " within " + TASK_PATIENCE.toSeconds() + " s");
        }
        pause();
      }
    }

    private Answer read(Request request) {
      try {
        return request.send();
      } catch (IOException e) {
        throw new NodeGone(e);
      }
    }

    private Answer write(Kind kind, String reference, String taskId, ProductClient user, String key,
        Map<String, Object> body, Request request) {
      Thread self = Thread.currentThread();
      long started = System.nanoTime();
      writesInFlight.put(self, started);
      try {
        Answer answer = request.send();
        String ref = reference != null ? reference
            : answer.success() ? answer.json().path("reference").asText(null) : null;
        ledger.add(new Entry(number, kind, ref, taskId, user.user(), key, body,
            answer.success() ? Outcome.ACKNOWLEDGED : Outcome.REFUSED, answer.status(), answer.body(), millisSince(started)));
        if (!answer.success()) {
          throw new AssertionError(kind + " refused: " + answer);
        }
        return answer;
      } catch (ConnectException notSent) {
        ledger.add(new Entry(number, kind, reference, taskId, user.user(), key, body, Outcome.NOT_SENT, 0, null, millisSince(started)));
        throw new NodeGone(notSent);
      } catch (IOException unanswered) {
        ledger.add(new Entry(number, kind, reference, taskId, user.user(), key, body, Outcome.UNANSWERED, 0,
            unanswered.toString(), millisSince(started)));
        throw new NodeGone(unanswered);
      } finally {
        writesInFlight.remove(self);
      }
    }
  }

  private static long millisSince(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }

  private interface Lookup {
    Optional<JsonNode> find() throws IOException;
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NodeGone(e);
    }
  }
}
