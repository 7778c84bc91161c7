package com.synergycouncil.system;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;

/**
 * A process started by a person through its start form (Tasklist's "Start process", or {@code submit-form} on
 * {@code /engine-rest}) is registered the way the API registers a request: the start event's listener reads the
 * form into the API's request record and hands it to the module's service, which applies the API's rules (who may
 * start, Bean Validation, the service's own checks), writes the same rows and answers the business key and start
 * variables. The instance then carries exactly what an API start gives it: that business key and those
 * variables, and nothing the form or a client sent besides.
 *
 * <p>A start by the product itself (its API, after its own checks, through {@link EngineAsSystem}), by a timer or
 * by a job has no person and is left alone. A refusal throws, so the whole start rolls back: no row, no number
 * drawn, no instance. {@code /engine-rest} answers 403 for who-may-not and 400 for what-is-wrong, naming the fields.
 */
public final class FormStart {

  private FormStart() {
  }

  /**
   * For a start event's listener: if a person is starting the process, reads the form ({@code read}), registers it
   * ({@code register}: the module's service) and gives the instance the business key and variables it answers;
   * otherwise does nothing.
   */
  public static <T> void whenStartedByPerson(DelegateExecution execution, Function<FormVariables, FormRequest<T>> read,
      BiFunction<FormRequest<T>, Person, ProcessStart> register) {
    Optional<Person> person = Person.actingInEngine(execution.getProcessEngineServices().getIdentityService());
    if (person.isEmpty()) {
      return;
    }
    FormRequest<T> form = read.apply(new FormVariables(execution));
    ProcessStart start;
    try {
      start = register.apply(form, person.get());
    } catch (InvalidRequestException invalid) {
      throw new BadUserRequestException(describe(form, invalid.problems()));
    } catch (ApiProblemException refused) {
      if (refused.status() == HttpStatus.FORBIDDEN) {
        throw new AuthorizationException(refused.getMessage());
      }
      throw new BadUserRequestException(refused.getMessage());
    } catch (DuplicateKeyException twice) {
      throw new BadUserRequestException("이미 접수되었습니다 / This request was just submitted: nothing new was created.");
    }
    execution.removeVariables();
    execution.setProcessBusinessKey(start.businessKey());
    execution.setVariables(start.variables());
    continueAsTheSystem(execution.getProcessEngineServices().getIdentityService());
  }

  /**
   * The API starts a registered request's process as the system ({@link EngineAsSystem}): what the process does
   * on its own until its first wait state is nobody's act. So does a start form's instance, once its request is
   * registered: the person is set aside for the rest of the command and handed back when it closes.
   */
  private static void continueAsTheSystem(IdentityService identityService) {
    Authentication person = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    Context.getCommandContext().registerCommandContextListener(new CommandContextListener() {
      @Override
      public void onCommandContextClose(CommandContext commandContext) {
        identityService.setAuthentication(person);
      }

      @Override
      public void onCommandFailed(CommandContext commandContext, Throwable failure) {
        identityService.setAuthentication(person);
      }
    });
  }

  /**
   * The API's Bean Validation of the request read from a form, plus the problems found reading it and the
   * service's own problems: throws {@link InvalidRequestException} naming every field when there are any.
   */
  public static void check(Validator validator, FormRequest<?> form, List<FieldProblem> more) {
    List<FieldProblem> problems = new ArrayList<>(form.unreadable());
    for (ConstraintViolation<?> violation : validator.validate(form.request())) {
      String field = violation.getPropertyPath().toString().replace(".<list element>", "");
      if (!form.unreadable(form.describe(field))) {
        problems.add(new FieldProblem(field, violation.getMessage()));
      }
    }
    problems.addAll(more);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
  }

  /** A refusal a person can act on, every field named the way the form shows it. */
  static String describe(FormRequest<?> form, List<FieldProblem> problems) {
    return "입력을 확인하세요 / Please correct: " + problems.stream()
        .map(problem -> new FieldProblem(form.describe(problem.field()), problem.message()))
        .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
        .map(problem -> problem.field() + ": " + problem.message())
        .distinct()
        .collect(Collectors.joining("; "));
  }

  /** The refusal of a person whose groups may not start the process (403 on {@code /engine-rest}). */
  public static ApiProblemException forbidden(Person person, String what) {
    return new ApiProblemException(HttpStatus.FORBIDDEN, person.userId() + " may not " + what + ".");
  }
}
