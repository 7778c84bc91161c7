package com.synergycouncil.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes the task-query expression weakness of Camunda 7.24.0 (an expression inside {@code orQueries}
 * escapes the engine's ad-hoc expression check): every request to a task-query or filter endpoint of
 * {@code /engine-rest} or the webapps' API is read before the engine sees it, and one that carries an
 * expression ({@code ${...}} or {@code #{...}}) anywhere, at any depth, in any parameter, JSON key or
 * value (JSON escapes decoded first), is refused with 400. The engine's own switches for expressions in
 * ad-hoc and stored queries are off as well; this filter is the layer that does not depend on them.
 */
class ExpressionGuardFilter extends OncePerRequestFilter {

  /** Task queries ({@code /task}, {@code /task/count}, {@code /task/report/...}) and every filter endpoint. */
  private static final Pattern GUARDED_PATH =
      Pattern.compile(".*/(task(/count|/report/.*)?|filter(/.*)?)/?$");
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\s*\\{");
  static final int MAX_BODY_BYTES = 1024 * 1024;

  private final ObjectMapper objectMapper;

  ExpressionGuardFilter(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean engineApi = path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/");
    return !(engineApi && GUARDED_PATH.matcher(path).matches());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      reject(response, 413, "Payload Too Large", "A task query or filter may be at most 1 MiB.");
      return;
    }
    if (carriesExpression(request, body)) {
      reject(response, 400, "Bad Request",
          "Expressions (${...} or #{...}) are not accepted in task queries or filters.");
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  boolean carriesExpression(HttpServletRequest request, byte[] body) {
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      if (isExpression(parameter.getKey())) {
        return true;
      }
      for (String value : parameter.getValue()) {
        if (isExpression(value)) {
          return true;
        }
      }
    }
    if (body.length == 0) {
      return false;
    }
    try {
      return carriesExpression(objectMapper.readTree(body));
    } catch (IOException notJson) {
      return isExpression(new String(body, StandardCharsets.UTF_8));
    }
  }

  private boolean carriesExpression(JsonNode node) {
    if (node == null) {
      return false;
    }
    if (node.isTextual()) {
      return isExpression(node.textValue());
    }
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (isExpression(field.getKey()) || carriesExpression(field.getValue())) {
          return true;
        }
      }
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (carriesExpression(element)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isExpression(String text) {
    return text != null && EXPRESSION.matcher(text).find();
  }

  private static void reject(HttpServletResponse response, int status, String title, String detail) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
        .formatted(title, status, detail));
  }

  /** Gives the engine the body this filter already read. */
  private static final class CachedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous reads only");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
    }
  }
}
