package org.conditioncontent.render.html;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.conditioncontent.model.Condition;
import org.conditioncontent.render.SampleConditions;

/**
 * A fuzz test proving that no text in an article can make the HTML renderer write active
 * content: whatever the strings, every page, fragment and index page passes {@link SafeHtml}'s
 * checks (no script but the JSON-LD block, no event-handler attribute, no {@code javascript:}
 * URL, no parse error, JSON-LD that parses and names the condition).
 *
 * <p>The input is bytes: pieces separated by the byte {@code 0xFF} (which never occurs in
 * UTF-8), each decoded as UTF-8. The pieces fill the article's string fields in turn
 * ({@link SampleConditions#everyFieldFilledFrom}), starting over when they run out, so one input
 * puts different strings into neighbouring fields: a URL next to a title, an id next to a
 * language tag.
 *
 * <p>{@code mvn test} runs it in regression mode: once with an empty input and once for each file
 * under {@code src/test/resources/org/conditioncontent/render/html/HtmlRendererFuzzTestInputs/hostileText/}
 * (script tags, event-handler attributes, {@code javascript:} URLs, script end tags, quotes,
 * bidirectional and zero-width characters). {@code JAZZER_FUZZ=1 mvn -pl condition-render test
 * -Dtest=HtmlRendererFuzzTest} fuzzes for real; {@code docs/html.md} says more.
 */
class HtmlRendererFuzzTest {

    private static final HtmlRenderer PAGE = new HtmlRenderer();
    private static final HtmlRenderer FRAGMENT = HtmlRenderer.builder().fragment(true).jsonLd(true).build();
    /** Part renderers of a user's own that write every string again through the public writer. */
    private static final HtmlRenderer USER_PARTS = HostilePartRenderers.builder().build();

    /** More pieces than this add nothing that fewer could not find, and slow each run. */
    private static final int MAX_PIECES = 64;

    // No JUnit @Timeout: under JAZZER_FUZZ=1 the whole fuzzing session is one invocation, and
    // libFuzzer watches the time of each input itself.
    @FuzzTest(maxDuration = "2m")
    void hostileText(byte[] input) {
        List<String> pieces = pieces(input);
        Supplier<String> next = new Supplier<>() {
            private int i;

            @Override
            public String get() {
                return pieces.get(i++ % pieces.size());
            }
        };
        Condition c = SampleConditions.everyFieldFilledFrom(next);
        String name = ArticleWriter.title(c);
        SafeHtml.assertSafe(PAGE.render(c), name, true);
        SafeHtml.assertSafe(FRAGMENT.render(c), name, true);
        SafeHtml.assertSafe(USER_PARTS.render(c), name, true);
        SafeHtml.assertSafeIndex(IndexPage.render(List.of(c)));
    }

    /** The input split at each 0xFF byte, each piece decoded as UTF-8; at least one piece. */
    static List<String> pieces(byte[] input) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= input.length && pieces.size() < MAX_PIECES; i++) {
            if (i == input.length || input[i] == (byte) 0xff) {
                pieces.add(new String(input, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return pieces;
    }
}
