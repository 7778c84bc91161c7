package com.synergycouncil.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * Without a login: a browser asking for a page is sent to the webapps' login (one login for everything); any
 * other client gets 401 as {@code application/problem+json}. Only {@code /api} and {@code /engine-rest} send a
 * Basic challenge: on any other path a browser would answer it with a sign-in dialog that covers the webapps'
 * own login page (the welcome page asks for {@code /camunda-welcome} in the background).
 */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

  static final String WEBAPP_LOGIN = "/camunda/app/welcome/default/#!/login";

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    String accept = request.getHeader("Accept");
    boolean page = !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
        && !request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest/");
    if (page && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
      response.sendRedirect(request.getContextPath() + WEBAPP_LOGIN);
      return;
    }
    response.setStatus(HttpStatus.UNAUTHORIZED.value());
    if (!page) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Synergy Council\", charset=\"UTF-8\"");
    }
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getWriter().write("""
        {"type":"about:blank","title":"Unauthorized","status":401,"detail":"Log in with your council account."}""");
  }
}
