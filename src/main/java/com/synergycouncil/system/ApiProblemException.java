package com.synergycouncil.system;

import org.springframework.http.HttpStatus;

/** A request the API refuses with a status and a sentence a person can act on (404, 409, 422). */
public class ApiProblemException extends RuntimeException {

  private final HttpStatus status;

  public ApiProblemException(HttpStatus status, String detail) {
    super(detail);
    this.status = status;
  }

  public HttpStatus status() {
    return status;
  }
}
