package com.synergycouncil;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The Korean translation of Camunda's webapps against Camunda's own English file, key by key: after a Camunda
 * upgrade that adds or renames texts these tests fail and name the keys to translate in
 * {@code src/main/resources/META-INF/resources/webjars/camunda/app/<app>/locales/ko.json}. No Spring: the files are
 * read from the classpath, the English one from the webjar, the Korean one from the product's resources.
 */
class WebappTranslationTests {

  static final List<String> APPS = WebappLocales.APPS;

  /** Words that stay English in Korean text: product and format names, and the value types of variables. */
  private static final Set<String> PRODUCT_TERMS = Set.of(
      "Camunda", "Cockpit", "Tasklist", "Admin", "Welcome", "Optimize", "Platform", "CE",
      "BPMN", "DMN", "CMMN", "FEEL", "REST", "API", "ID", "JSON", "XML", "URL", "CSV", "Java",
      "Boolean", "Bytes", "Date", "Double", "File", "Integer", "Json", "Long", "Null", "null", "Object", "Short",
      "String", "Xml");
  /** Whole values that are formats, not language. */
  private static final Set<String> FORMATS = Set.of("YYYY-MM-DDTHH:mm:ss");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
  private static final Pattern NOT_LANGUAGE = Pattern.compile("\\{\\{[^}]*}}|<[^>]*>|&\\w+;|https?://\\S+");
  /** moment.js format tokens and sprintf marks in dateLocales ("[Yesterday at] LT", "%d days"). */
  private static final Pattern MOMENT_TOKEN =
      Pattern.compile("\\[|]|\\b(Y{2,4}|M{1,4}|D{1,2}|d{1,4}|H{1,2}|h{1,2}|m{1,2}|s{1,2}|A|a|LTS|LT|L{1,4})\\b|%[ds]");
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'-]+");
  private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3]");

  @ParameterizedTest(name = "{0}")
  @FieldSource("APPS")
  void theKoreanFileHasExactlyTheKeysOfCamundasEnglishFile(String app) {
    Map<String, JsonNode> english = WebappLocales.values(WebappLocales.english(app));
    Map<String, JsonNode> korean = WebappLocales.values(WebappLocales.korean(app));

    Set<String> untranslated = new TreeSet<>(english.keySet());
    untranslated.removeAll(korean.keySet());
    Set<String> unknown = new TreeSet<>(korean.keySet());
    unknown.removeAll(english.keySet());
    assertThat(untranslated).as("keys of Camunda's %s en.json missing from our ko.json (translate them)", app).isEmpty();
    assertThat(unknown).as("keys of our %s ko.json that Camunda's en.json no longer has (remove them)", app).isEmpty();
    english.forEach((path, value) -> assertThat(korean.get(path).getNodeType())
        .as("%s %s: the same kind of value as in English", app, path).isEqualTo(value.getNodeType()));
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("APPS")
  void everyPlaceholderAndTagOfTheEnglishTextIsKept(String app) {
    Map<String, JsonNode> korean = WebappLocales.values(WebappLocales.korean(app));
    List<String> lost = new ArrayList<>();
    WebappLocales.values(WebappLocales.english(app)).forEach((path, english) -> {
      JsonNode translated = korean.get(path);
      if (!english.isTextual() || translated == null) {
        return;
      }
      String text = translated.asText().replace(" ", "");
      for (String mark : matches(PLACEHOLDER, english.asText())) {
        if (!text.contains(mark.replace(" ", ""))) {
          lost.add(path + ": " + mark);
        }
      }
      for (String tag : matches(TAG, english.asText())) {
        if (!translated.asText().contains(tag)) {
          lost.add(path + ": " + tag);
        }
      }
    });
    assertThat(lost).as("AngularJS placeholders and HTML tags of %s lost in translation", app).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("APPS")
  void everyEnglishTextIsTranslatedButProductTerms(String app) {
    Map<String, JsonNode> korean = WebappLocales.values(WebappLocales.korean(app));
    List<String> english = new ArrayList<>();
    WebappLocales.values(WebappLocales.english(app)).forEach((path, original) -> {
      JsonNode translated = korean.get(path);
      if (!original.isTextual() || translated == null || !translated.isTextual()
          || words(path, original.asText()).isEmpty() || FORMATS.contains(translated.asText())
          || HANGUL.matcher(translated.asText()).find()) {
        return;
      }
      Set<String> notTerms = words(path, translated.asText()).stream()
          .filter(word -> !PRODUCT_TERMS.contains(word)).collect(Collectors.toCollection(LinkedHashSet::new));
      if (!notTerms.isEmpty()) {
        english.add(path + " = \"" + translated.asText() + "\"");
      }
    });
    assertThat(english).as("texts of %s ko.json still in English (only product terms %s may stay)", app,
        new TreeSet<>(PRODUCT_TERMS)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("APPS")
  void theAppOffersKoreanAndEnglishWithEnglishAsFallbackTheLanguageSwitchAndTheCouncilsName(String app) {
    String configuration = WebappLocales.configuration(app);

    Matcher available = Pattern.compile("availableLocales:\\s*\\[([^]]*)]").matcher(configuration);
    assertThat(available.find()).as("%s config.js sets locales.availableLocales", app).isTrue();
    assertThat(matches(Pattern.compile("'(\\w+)'"), available.group(1))).containsExactlyInAnyOrder("'en'", "'ko'");
    assertThat(configuration).containsPattern("fallbackLocale:\\s*'en'");

    Matcher scripts = Pattern.compile("customScripts:\\s*\\[\\s*'([^']+)'\\s*]").matcher(configuration);
    assertThat(scripts.find()).as("%s config.js loads the language switch", app).isTrue();
    assertThat(scripts.group(1)).isEqualTo("../council/language");
    assertThat(WebappLocales.exists("council/language.js")).isTrue();

    assertThat(configuration).as("%s keeps Camunda's CSRF cookie", app).doesNotContainPattern("(?m)^\\s*csrfCookieName");
    // Camunda shows "vendor name" in the header and the window title: "시너지 협의회 · Synergy Council Tasklist"
    assertThat(configuration).containsPattern("vendor:\\s*'시너지 협의회 · Synergy Council'")
        .containsPattern("name:\\s*'" + Character.toUpperCase(app.charAt(0)) + app.substring(1) + "'");
  }

  @Test
  void tasklistKeepsCamundasDefaultKeyboardShortcuts() {
    List<String> camundas = shortcuts(WebappLocales.camundasConfiguration("tasklist"));
    assertThat(camundas).as("Camunda's shortcuts").contains("claimTask=ctrl+alt+c");
    assertThat(shortcuts(WebappLocales.configuration("tasklist"))).containsExactlyElementsOf(camundas);
  }

  /** The English words of a text, without placeholders, tags, entities, links and (in dateLocales) format tokens. */
  private static List<String> words(String path, String text) {
    String language = NOT_LANGUAGE.matcher(text).replaceAll(" ");
    if (path.startsWith("dateLocales")) {
      language = MOMENT_TOKEN.matcher(language).replaceAll(" ");
    }
    return matches(WORD, language);
  }

  /** "name=keys" of every shortcut a config.js defines. */
  private static List<String> shortcuts(String configuration) {
    List<String> found = new ArrayList<>();
    Matcher matcher = Pattern.compile("(\\w+):\\s*\\{\\s*key:\\s*'([^']+)'").matcher(configuration);
    while (matcher.find()) {
      found.add(matcher.group(1) + "=" + matcher.group(2));
    }
    return found;
  }

  private static List<String> matches(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }
}
