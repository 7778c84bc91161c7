package com.synergycouncil.patents;

import com.synergycouncil.patents.PatentReleaseProcess.Var;
import com.synergycouncil.patents.internal.Patents;
import com.synergycouncil.patents.internal.ReleaseRequests;
import com.synergycouncil.system.ApiProblemException;
import com.synergycouncil.system.EngineAsSystem;
import com.synergycouncil.system.FieldProblem;
import com.synergycouncil.system.InvalidRequestException;
import com.synergycouncil.system.ReferenceNumbers;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes release requests in (a programme of hundreds of patents is one request) and starts their process in the
 * same transaction; answers for a request's status and every patent's passport.
 */
@Service
public class PatentReleaseService {

  static final String SERIES = "PR";

  private final Patents patents;
  private final ReleaseRequests requests;
  private final ReferenceNumbers numbers;
  private final RuntimeService runtimeService;
  private final EngineAsSystem engine;

  PatentReleaseService(Patents patents, ReleaseRequests requests, ReferenceNumbers numbers,
      RuntimeService runtimeService, EngineAsSystem engine) {
    this.patents = patents;
    this.requests = requests;
    this.numbers = numbers;
    this.runtimeService = runtimeService;
    this.engine = engine;
  }

  @Transactional
  public String submit(ReleaseRequest request, String submittedBy) {
    List<FieldProblem> problems = new java.util.ArrayList<>(request.crossFieldProblems());
    Map<String, Long> ids = patents.ids(request.patentNumbers());
    List<String> unknown = request.patentNumbers().stream().filter(number -> !ids.containsKey(number)).toList();
    if (!unknown.isEmpty()) {
      problems.add(new FieldProblem("patentNumbers", "not in the portfolio: "
          + String.join(", ", unknown.subList(0, Math.min(20, unknown.size())))
          + (unknown.size() > 20 ? " and " + (unknown.size() - 20) + " more" : "")));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    String reference = numbers.next(SERIES).toString();
    long id = requests.insert(reference, request, submittedBy, ClockUtil.now().toInstant(), ids.values());
    var instance = engine.call(() -> runtimeService.startProcessInstanceByKey(PatentReleaseProcess.KEY, reference,
        Map.of(Var.REQUEST_ID, id, Var.REQUEST_REF, reference, Var.REQUEST_KIND, request.kind().name(),
            Var.RECIPIENT_NAME, request.recipientName() == null ? request.programmeName() : request.recipientName(),
            Var.EXCLUDED_USERS, submittedBy)));
    requests.attachProcess(id, instance.getId());
    return reference;
  }

  @Transactional(readOnly = true)
  public ReleaseView view(String reference) {
    return requests.view(reference).orElseThrow(() ->
        new ApiProblemException(HttpStatus.NOT_FOUND, "No patent release request " + reference + "."));
  }
}
