package com.synergycouncil.patents;

import com.synergycouncil.patents.PatentReleaseProcess.Var;
import com.synergycouncil.patents.internal.Patents;
import com.synergycouncil.patents.internal.ReleaseRequests;
import com.synergycouncil.system.ApiProblemException;
import com.synergycouncil.system.EngineAsSystem;
import com.synergycouncil.system.FieldProblem;
import com.synergycouncil.system.FormRequest;
import com.synergycouncil.system.FormStart;
import com.synergycouncil.system.Groups;
import com.synergycouncil.system.InvalidRequestException;
import com.synergycouncil.system.Person;
import com.synergycouncil.system.ProcessStart;
import com.synergycouncil.system.ReferenceNumbers;
import jakarta.validation.Validator;
import java.util.ArrayList;
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
  private final Validator validator;

  PatentReleaseService(Patents patents, ReleaseRequests requests, ReferenceNumbers numbers,
      RuntimeService runtimeService, EngineAsSystem engine, Validator validator) {
    this.patents = patents;
    this.requests = requests;
    this.numbers = numbers;
    this.runtimeService = runtimeService;
    this.engine = engine;
    this.validator = validator;
  }

  /** Who may request a release, through the API or the start form: IP officers and administrators. */
  public boolean mayRequest(Person person) {
    return person.inAny(Groups.IP_OFFICERS, Groups.ADMINS);
  }

  @Transactional
  public String submit(ReleaseRequest request, String submittedBy) {
    List<FieldProblem> problems = new ArrayList<>(request.crossFieldProblems());
    Map<String, Long> ids = patents.ids(request.patentNumbers());
    List<String> unknown = unknownPositions(request.patentNumbers(), ids).stream()
        .map(request.patentNumbers()::get).toList();
    if (!unknown.isEmpty()) {
      problems.add(new FieldProblem("patentNumbers", "not in the portfolio: "
          + String.join(", ", unknown.subList(0, Math.min(20, unknown.size())))
          + (unknown.size() > 20 ? " and " + (unknown.size() - 20) + " more" : "")));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    Registration registration = register(request, submittedBy, ids);
    var instance = engine.call(() -> runtimeService.startProcessInstanceByKey(PatentReleaseProcess.KEY,
        registration.start().businessKey(), registration.start().variables()));
    requests.attachProcess(registration.id(), instance.getId());
    return registration.start().businessKey();
  }

  /**
   * A request a person made through the process's start form in Tasklist, one patent number a line: the API's rules
   * (who may request, Bean Validation, what each kind must carry, no patent twice, every patent in the portfolio)
   * with each bad patent named by its position, and the API's rows, in the transaction that starts the instance.
   */
  @Transactional
  public ProcessStart acceptFormStart(FormRequest<ReleaseRequest> form, Person person, String processInstanceId) {
    if (!mayRequest(person)) {
      throw FormStart.forbidden(person, "request patent releases");
    }
    ReleaseRequest request = form.request();
    List<FieldProblem> problems = new ArrayList<>(request.kindProblems());
    request.repeatedPositions().forEach(position ->
        problems.add(new FieldProblem("patentNumbers[" + position + "]", "repeats an earlier patent")));
    List<String> numbers = request.patentNumbers() == null ? List.of() : request.patentNumbers();
    Map<String, Long> ids = Map.of();
    if (numbers.size() <= ReleaseRequest.MAX_PATENTS) {
      ids = patents.ids(numbers);
      unknownPositions(numbers, ids).forEach(position -> problems.add(new FieldProblem(
          "patentNumbers[" + position + "]", numbers.get(position) + " is not in the portfolio")));
    }
    FormStart.check(validator, form, problems);
    Registration registration = register(request, person.userId(), ids);
    requests.attachProcess(registration.id(), processInstanceId);
    return registration.start();
  }

  private Registration register(ReleaseRequest request, String submittedBy, Map<String, Long> ids) {
    String reference = numbers.next(SERIES).toString();
    long id = requests.insert(reference, request, submittedBy, ClockUtil.now().toInstant(), ids.values());
    return new Registration(id, new ProcessStart(reference, Map.of(Var.REQUEST_ID, id, Var.REQUEST_REF, reference,
        Var.REQUEST_KIND, request.kind().name(),
        Var.RECIPIENT_NAME, request.recipientName() == null ? request.programmeName() : request.recipientName(),
        Var.EXCLUDED_USERS, submittedBy)));
  }

  /** The positions (from 0) of the numbers that are not in the portfolio. */
  private static List<Integer> unknownPositions(List<String> numbers, Map<String, Long> ids) {
    List<Integer> unknown = new ArrayList<>();
    for (int i = 0; i < numbers.size(); i++) {
      if (!ids.containsKey(numbers.get(i))) {
        unknown.add(i);
      }
    }
    return unknown;
  }

  @Transactional(readOnly = true)
  public ReleaseView view(String reference) {
    return requests.view(reference).orElseThrow(() ->
        new ApiProblemException(HttpStatus.NOT_FOUND, "No patent release request " + reference + "."));
  }

  private record Registration(long id, ProcessStart start) {
  }
}
