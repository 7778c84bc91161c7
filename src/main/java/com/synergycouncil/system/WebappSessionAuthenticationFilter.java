package com.synergycouncil.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One login for the webapps and the product's own pages: a user logged in to Tasklist or Cockpit is logged in
 * to {@code /compliance/**} and {@code /reports/**} too, with the groups the webapp session holds. Used only on
 * the session-based page chain, which keeps Spring's CSRF protection; {@code /api} stays Basic-only.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

  static final String ENGINE = "default";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null && SecurityContextHolder.getContext().getAuthentication() == null) {
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      Authentication webapp = authentications == null ? null : authentications.getAuthenticationForProcessEngine(ENGINE);
      if (webapp instanceof UserAuthentication user && user.getName() != null) {
        var authorities = user.getGroupIds() == null ? java.util.List.<SimpleGrantedAuthority>of()
            : user.getGroupIds().stream().map(group -> new SimpleGrantedAuthority("GROUP_" + group)).toList();
        SecurityContextHolder.getContext().setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user.getName(), null, authorities));
      }
    }
    chain.doFilter(request, response);
  }
}
