package com.synergycouncil.system;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * The engine wraps whatever a task listener throws in a plain {@link ProcessEngineException}, and the REST layer
 * wraps it once more ("Cannot complete task ..."); {@code /engine-rest} would answer 500 either way. This mapper
 * answers what really happened: the product's own refusals as 403 (four-eyes: {@link AuthorizationException}) or
 * 400 (input a form should have refused: {@link BadUserRequestException}), and a concurrent change to the same
 * work (the same vote completed twice at once: {@link OptimisticLockingException}) as 409. Everything else keeps
 * Camunda's answer, in Camunda's error format.
 */
class ListenerRefusalExceptionMapper implements ExceptionMapper<ProcessEngineException> {

  @Override
  public Response toResponse(ProcessEngineException exception) {
    return answer(exception);
  }

  /** The same for the REST layer's own wrapper. */
  static class ForRestException implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
      return answer(exception);
    }
  }

  static Response answer(Throwable exception) {
    Throwable cause = cause(exception);
    if (cause instanceof OptimisticLockingException) {
      return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(ExceptionHandlerHelper.getInstance().fromException(cause)).build();
    }
    return ExceptionHandlerHelper.getInstance().getResponse(cause);
  }

  static Throwable cause(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof AuthorizationException || cause instanceof BadUserRequestException
          || cause instanceof OptimisticLockingException) {
        return cause;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return exception;
  }
}
