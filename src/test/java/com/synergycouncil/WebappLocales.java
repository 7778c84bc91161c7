package com.synergycouncil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Camunda webapps' texts as the product serves them, read from the classpath: the English file from Camunda's
 * webjar ({@code camunda-webapp-webjar}, which our resources do not shadow), the Korean file and the configuration
 * from the product's own resources ({@code src/main/resources/META-INF/resources/webjars/camunda/app/<app>/...},
 * which shadow the webjar's files of the same path).
 */
public final class WebappLocales {

  public static final List<String> APPS = List.of("tasklist", "cockpit", "admin", "welcome");
  private static final String ROOT = "META-INF/resources/webjars/camunda/app/";
  private static final String WEBJAR = "camunda-webapp-webjar";
  private static final ObjectMapper JSON = new ObjectMapper();

  private WebappLocales() {
  }

  /** Camunda's own en.json of the app, from the webjar. */
  public static JsonNode english(String app) {
    return json(fromWebjar(app + "/locales/en.json"));
  }

  /** The product's ko.json of the app. */
  public static JsonNode korean(String app) {
    return json(fromProduct(app + "/locales/ko.json"));
  }

  /** The product's scripts/config.js of the app. */
  public static String configuration(String app) {
    return text(fromProduct(app + "/scripts/config.js"));
  }

  /** Camunda's own scripts/config.js of the app, from the webjar. */
  public static String camundasConfiguration(String app) {
    return text(fromWebjar(app + "/scripts/config.js"));
  }

  /** One label ({@code labels.KEY}) of the app's English file. */
  public static String englishLabel(String app, String key) {
    return label(english(app), app, key);
  }

  /** One label ({@code labels.KEY}) of the app's Korean file. */
  public static String koreanLabel(String app, String key) {
    return label(korean(app), app, key);
  }

  /** Every text value by its path ({@code labels.KEY}, {@code dateLocales.months[0]}), in file order. */
  public static Map<String, JsonNode> values(JsonNode document) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    collect(document, "", values);
    return Collections.unmodifiableMap(values);
  }

  /** Whether a resource exists at this path under {@code META-INF/resources/webjars/camunda/app/}. */
  public static boolean exists(String path) {
    return loader().getResource(ROOT + path) != null;
  }

  private static void collect(JsonNode node, String path, Map<String, JsonNode> values) {
    if (node.isObject()) {
      node.properties().forEach(field -> collect(field.getValue(), path.isEmpty() ? field.getKey()
          : path + "." + field.getKey(), values));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "[" + i + "]", values);
      }
    } else {
      values.put(path, node);
    }
  }

  private static String label(JsonNode document, String app, String key) {
    JsonNode label = document.path("labels").path(key);
    if (!label.isTextual()) {
      throw new IllegalArgumentException(app + " has no label " + key);
    }
    return label.asText();
  }

  private static URL fromWebjar(String path) {
    try {
      for (URL url : Collections.list(loader().getResources(ROOT + path))) {
        if (url.toString().contains(WEBJAR)) {
          return url;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalStateException(ROOT + path + " is not in " + WEBJAR + " on the classpath");
  }

  private static URL fromProduct(String path) {
    URL url = loader().getResource(ROOT + path);
    if (url == null || url.toString().contains(WEBJAR)) {
      throw new IllegalStateException("the product has no " + ROOT + path + " of its own (src/main/resources)");
    }
    return url;
  }

  private static JsonNode json(URL url) {
    // Camunda's files start with a byte order mark; Jackson skips it when it reads bytes
    try (InputStream in = url.openStream()) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + url, e);
    }
  }

  private static String text(URL url) {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + url, e);
    }
  }

  private static ClassLoader loader() {
    return WebappLocales.class.getClassLoader();
  }
}
