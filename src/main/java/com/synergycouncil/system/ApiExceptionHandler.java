package com.synergycouncil.system;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of {@code /api} as {@code application/problem+json}: a 400 lists every bad field under
 * {@code errors} and names them in {@code detail}; no stack trace or exception class ever reaches the client.
 */
@RestControllerAdvice(basePackages = "com.synergycouncil")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

  static final URI INVALID_REQUEST = URI.create("urn:synergy-council:problem:invalid-request");

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalidBody(MethodArgumentNotValidException exception) {
    List<FieldProblem> problems = exception.getBindingResult().getFieldErrors().stream()
        .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
        .toList();
    return invalid(problems);
  }

  @ExceptionHandler(InvalidRequestException.class)
  ProblemDetail invalidRequest(InvalidRequestException exception) {
    return invalid(exception.problems());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException exception) {
    if (exception.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(reference -> reference.getFieldName() != null ? "." + reference.getFieldName()
              : "[" + reference.getIndex() + "]")
          .collect(Collectors.joining()).substring(1);
      return invalid(List.of(new FieldProblem(field, "has a value of the wrong type or an unknown value")));
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "The request body is not valid JSON.");
    problem.setType(INVALID_REQUEST);
    problem.setTitle("Invalid request");
    return problem;
  }

  /**
   * A Content-Type with a wildcard ({@code application/*}) names no format to read; Spring refuses it with an
   * IllegalArgumentException, which is a 415 here. Any other IllegalArgumentException goes on as before.
   */
  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail wildcardContentType(IllegalArgumentException exception, HttpServletRequest request) {
    String contentType = request.getContentType();
    if (contentType == null || !contentType.contains("*")) {
      throw exception;
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "The Content-Type must be a concrete media type such as application/json.");
    problem.setTitle(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getReasonPhrase());
    return problem;
  }

  @ExceptionHandler(ApiProblemException.class)
  ProblemDetail refused(ApiProblemException exception) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(exception.status(), exception.getMessage());
    problem.setTitle(exception.status().getReasonPhrase());
    return problem;
  }

  static ProblemDetail invalid(List<FieldProblem> problems) {
    List<FieldProblem> sorted = problems.stream()
        .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
        .toList();
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "Fix these fields: " + sorted.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", ")));
    problem.setType(INVALID_REQUEST);
    problem.setTitle("Invalid request");
    problem.setProperty("errors", sorted);
    return problem;
  }
}
