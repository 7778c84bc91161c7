package com.synergycouncil.system;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * The engine wraps whatever a task listener throws in a plain {@link ProcessEngineException}, which
 * {@code /engine-rest} answers with 500. A refusal from the product's own listeners (four-eyes: an
 * {@link AuthorizationException}; a form that should not have been submitted: a {@link BadUserRequestException})
 * is answered as what it is, 403 or 400, also when the REST layer wrapped it once more, in Camunda's usual error format. Anything else is left as it was.
 */
class ListenerRefusalExceptionMapper implements ExceptionMapper<ProcessEngineException> {

  @Override
  public Response toResponse(ProcessEngineException exception) {
    return ExceptionHandlerHelper.getInstance().getResponse(refusal(exception));
  }

  /** The same for the REST layer's own wrapper ("Cannot complete task ..."). */
  static class ForRestException implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
      return ExceptionHandlerHelper.getInstance().getResponse(refusal(exception));
    }
  }

  static Throwable refusal(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof AuthorizationException || cause instanceof BadUserRequestException) {
        return cause;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return exception;
  }
}
