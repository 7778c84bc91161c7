package com.synergycouncil.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two completions of the same task at once (an executive's two browser tabs, a double click) run one after the other
 * on this node: the second then finds the task completed and gets 409 with a sentence saying so. Without this, the
 * second ran alongside the first inside the engine and now and then met a half-deleted task there (a
 * NullPointerException in the history producer: 500). Only one vote ever counted either way.
 *
 * <p>Tasks are spread over a fixed set of locks by id, so unrelated completions rarely wait for each other. Across
 * nodes of a cluster the engine's optimistic locking still decides (409).
 */
class TaskCompletionGuard extends OncePerRequestFilter {

  private static final Pattern COMPLETION =
      Pattern.compile("(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/(?:complete|submit-form|resolve)/?");
  private static final int STRIPES = 64;

  private final ReentrantLock[] locks = new ReentrantLock[STRIPES];
  /** Looked up on first use: servlet filters are made before the database is migrated and the engine started. */
  private final ObjectProvider<ProcessEngine> processEngine;
  private final ObjectProvider<EngineAsSystem> engineAsSystem;
  private final ObjectMapper objectMapper;

  TaskCompletionGuard(ObjectProvider<ProcessEngine> processEngine, ObjectProvider<EngineAsSystem> engineAsSystem,
      ObjectMapper objectMapper) {
    this.processEngine = processEngine;
    this.engineAsSystem = engineAsSystem;
    this.objectMapper = objectMapper;
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new ReentrantLock(true);
    }
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || taskId(request) == null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String taskId = taskId(request);
    ReentrantLock lock = locks[Math.floorMod(taskId.hashCode(), STRIPES)];
    lock.lock();
    try {
      if (completedAlready(taskId)) {
        refuse(response);
        return;
      }
      chain.doFilter(request, response);
    } finally {
      lock.unlock();
    }
  }

  private boolean completedAlready(String taskId) {
    ProcessEngine engine = processEngine.getObject();
    return engineAsSystem.getObject().call(() -> engine.getTaskService().createTaskQuery().taskId(taskId).count() == 0
        && engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0);
  }

  private void refuse(HttpServletResponse response) throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", HttpStatus.CONFLICT.getReasonPhrase());
    problem.put("status", HttpStatus.CONFLICT.value());
    problem.put("detail", "이 작업은 방금 완료되었습니다 / This task has just been completed (by another request)");
    response.setStatus(HttpStatus.CONFLICT.value());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    objectMapper.writeValue(response.getOutputStream(), problem);
  }

  private static String taskId(HttpServletRequest request) {
    Matcher matcher = COMPLETION.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    return matcher.matches() ? matcher.group(1) : null;
  }
}
