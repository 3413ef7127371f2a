package org.conditioncontent.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The safety properties every rendering must have, whatever the article holds, checked the way a
 * browser would see the output: by parsing it with jsoup's HTML5 parser.
 *
 * <ul>
 *   <li>no {@code <script>} element but the one JSON-LD block;
 *   <li>no attribute whose name starts with {@code on} (an event handler);
 *   <li>no URL attribute ({@code href}, {@code src}, ...) with a {@code javascript:} URL, however
 *       it is spelled, and every {@code href} and {@code src} an http, https or mailto URL;
 *   <li>no parse error, so no value changed the structure of the document;
 *   <li>the JSON-LD block's text is one well-formed JSON object (duplicate keys and trailing text
 *       count as malformed) whose condition has the article's name (an unpaired surrogate in it
 *       read back as U+FFFD, since it has no UTF-8 form).
 * </ul>
 */
final class SafeHtml {

    /** Attributes whose value a browser follows or loads as a URL. */
    private static final Set<String> URL_ATTRIBUTES = Set.of(
            "href", "src", "srcset", "action", "formaction", "poster", "cite", "data", "background", "xlink:href");

    /** Strict, so that any JSON a browser's JSON-LD reader would choke on fails the test. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private SafeHtml() {}

    /**
     * Asserts the safety properties of a rendering.
     *
     * @param html the page or fragment
     * @param name the name the JSON-LD must give the condition
     * @param jsonLd whether the rendering must carry a JSON-LD block
     * @return the JSON-LD, parsed; {@code null} when the rendering has none
     */
    static @Nullable JsonNode assertSafe(String html, String name, boolean jsonLd) {
        Document doc = assertNoActiveContent(html);
        for (Element linked : doc.select("[href], [src]")) {
            String url = (linked.hasAttr("href") ? linked.attr("href") : linked.attr("src")).toLowerCase(Locale.ROOT);
            assertThat(url).as("URL of <%s>", linked.tagName()).matches("(https?://|mailto:)\\S+");
        }
        return jsonLd(doc, name, jsonLd);
    }

    /**
     * Asserts the safety properties of an index page, whose links are relative: each one the
     * percent-encoded id of an article followed by {@code .html}, so no id can become a scheme or
     * a path elsewhere.
     *
     * @param html the index page
     */
    static void assertSafeIndex(String html) {
        Document doc = assertNoActiveContent(html);
        assertThat(doc.select("[src]")).isEmpty();
        for (Element linked : doc.select("[href]")) {
            assertThat(linked.attr("href")).as("link of the index").matches("[A-Za-z0-9._~%-]*\\.html");
        }
        assertThat(doc.select("script")).as("script elements").isEmpty();
    }

    /** No parse error, no event handler, no javascript: URL. */
    private static Document assertNoActiveContent(String html) {
        Parser parser = Parser.htmlParser().setTrackErrors(10);
        Document doc = Jsoup.parse(html, "", parser);
        assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();

        for (Element element : doc.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(key).as("attribute of <%s>", element.tagName()).doesNotStartWith("on");
                if (URL_ATTRIBUTES.contains(key)) {
                    // Browsers drop white space and control characters around and inside a scheme,
                    // so compare without them, and without regard to case.
                    String url = attribute.getValue().replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
                    assertThat(url).as("%s of <%s>", key, element.tagName()).doesNotStartWith("javascript:");
                }
            }
        }
        return doc;
    }

    private static @Nullable JsonNode jsonLd(Document doc, String name, boolean jsonLd) {
        Elements scripts = doc.select("script");
        if (!jsonLd) {
            assertThat(scripts).as("script elements").isEmpty();
            return null;
        }
        assertThat(scripts).as("script elements").hasSize(1);
        Element script = scripts.first();
        assertThat(script.attributes().size()).as("attributes of the script element").isEqualTo(1);
        assertThat(script.attr("type")).isEqualTo("application/ld+json");
        JsonNode data = JSON.readTree(script.data());
        assertThat(data.isObject()).as("JSON-LD is an object").isTrue();
        assertThat(data.path("@type").asString()).isEqualTo("MedicalWebPage");
        assertThat(data.path("mainEntity").path("@type").asString()).isEqualTo("MedicalCondition");
        assertThat(data.path("mainEntity").path("name").asString()).isEqualTo(encodable(name));
        return data;
    }

    /** The text as UTF-8 can carry it: every unpaired surrogate replaced by U+FFFD. */
    private static String encodable(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            s.appendCodePoint(Character.isSurrogate((char) cp) && cp <= 0xffff ? 0xfffd : cp);
            i += Character.charCount(cp);
        }
        return s.toString();
    }
}
