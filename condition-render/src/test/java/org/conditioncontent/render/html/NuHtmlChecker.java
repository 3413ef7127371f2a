package org.conditioncontent.render.html;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The W3C Nu HTML checker (the engine of validator.w3.org/nu), run in this JVM on a string. It
 * loads its schemas from its own jar and makes no network requests.
 *
 * <p>Every message counts: errors, warnings and informational notes alike, so that "no
 * messages" means the page passes with zero errors and zero warnings. The checker's first run
 * takes a few seconds to load the HTML schema; later runs take a fraction of a second.
 */
public final class NuHtmlChecker {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * {@code EmbeddedValidator.validate(InputStream)}, called by reflection: it declares
     * {@code org.xml.sax.SAXException}, and the tests compile inside the module under test, which
     * does not read {@code java.xml}. Reflection keeps that module's declaration free of a
     * test-only need.
     */
    private static final Method VALIDATE;

    static {
        try {
            VALIDATE = EmbeddedValidator.class.getMethod("validate", InputStream.class);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private NuHtmlChecker() {}

    /**
     * Checks a document, including the checker's guess at the language of its text.
     *
     * @param html a whole HTML document
     * @return one line per message, {@code LINE:COLUMN TYPE: MESSAGE [EXTRACT]}, where TYPE is
     *     {@code error}, {@code warning} or {@code info}; empty when the document passes cleanly
     */
    public static List<String> messages(String html) {
        return messages(html, true);
    }

    /**
     * Checks a document.
     *
     * @param html a whole HTML document
     * @param detectLanguage whether to guess the language of the text and warn when it differs
     *     from the page's {@code lang}; only worth turning off for text in no language at all
     * @return one line per message, as {@link #messages(String)} gives them
     */
    static List<String> messages(String html, boolean detectLanguage) {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        validator.setNoLangDetect(!detectLanguage);
        String report;
        try {
            report = (String) VALIDATE.invoke(validator, new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the Nu checker failed on the document", e.getCause());
        }
        List<String> messages = new ArrayList<>();
        for (JsonNode message : JSON.readTree(report).path("messages")) {
            String type = message.path("type").asString();
            String subType = message.path("subType").asString("");
            messages.add(message.path("lastLine").asInt() + ":" + message.path("firstColumn").asInt() + " "
                    + (subType.isEmpty() ? type : subType) + ": " + message.path("message").asString()
                    + " [" + message.path("extract").asString("").strip() + "]");
        }
        return messages;
    }
}
