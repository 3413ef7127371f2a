package org.conditioncontent.examples.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The fidelity check itself, on a small layout ({@code fidelity/guide.layout.txt}) and faithful
 * renderings of it, and on renderings broken in each way that issue 13 measured: bullets turned
 * into paragraphs, numbers lost, nesting lost, a heading added or at the wrong level, the order
 * changed, an aside's box lost, a detail dropped.
 */
class FidelityTest {

    private static final PublisherLayout LAYOUT = PublisherLayout.parse("guide.layout.txt", resource("guide.layout.txt"));
    private static final String HTML = resource("guide.html");
    private static final String TEXT = resource("guide.txt");

    @Test
    void faithfulRenderingsScoreFullMarks() {
        for (Fidelity result : new Fidelity[] {html(HTML), text(TEXT)}) {
            assertThat(result.faithful()).as(result.report()).isTrue();
            assertThat(result.shown()).isEqualTo(result.total()).isEqualTo(18);
            assertThat(result.percent()).isEqualTo(100.0);
        }
    }

    @Test
    void bulletsTurnedIntoParagraphsAreMissing() {
        Fidelity html = html(replace(HTML,
                "<ul><li><b>Dehydration:</b> losing more fluid than you take in</li><li>Rest—for two weeks</li></ul>",
                "<p>Dehydration: losing more fluid than you take in</p><p>Rest—for two weeks</p>"));
        assertThat(html.missing()).containsExactly(
                "line 9: item (depth 0, bulleted) \"Dehydration: losing more fluid than you take in\"",
                "line 10: item (depth 0, bulleted) \"Rest—for two weeks\"");
        assertThat(html.faithful()).isFalse();
        assertThat(html.percent()).isLessThan(100.0);

        Fidelity text = text(replace(TEXT, "- Rest—for two weeks", "Rest—for two weeks"));
        assertThat(text.missing()).containsExactly("line 10: item (depth 0, bulleted) \"Rest—for two weeks\"");
    }

    @Test
    void lostNumbersAreMissing() {
        Fidelity html = html(replace(replace(HTML, "<ol><li>Warm up.", "<ul><li>Warm up."),
                "<li><p>Run slowly.</p></li></ol>", "<li><p>Run slowly.</p></li></ul>"));
        assertThat(html.missing()).containsExactly(
                "line 18: item (depth 0, numbered) \"Warm up.\"",
                "line 21: item (depth 0, numbered) \"Run slowly.\"");

        Fidelity text = text(replace(TEXT, "2. Run slowly.", "- Run slowly."));
        assertThat(text.missing()).containsExactly("line 21: item (depth 0, numbered) \"Run slowly.\"");
    }

    @Test
    void lostNestingIsMissing() {
        Fidelity html = html(replace(HTML, "<li>Warm up.<ul><li>Walk for 5 minutes.</li><li>Swing your legs.</li></ul></li>",
                "<li>Warm up.</li><li>Walk for 5 minutes.</li><li>Swing your legs.</li>"));
        assertThat(html.missing()).containsExactly(
                "line 19: item (depth 1, bulleted) \"Walk for 5 minutes.\"",
                "line 20: item (depth 1, bulleted) \"Swing your legs.\"");

        Fidelity text = text(replace(TEXT, "  - Swing your legs.", "- Swing your legs."));
        assertThat(text.missing()).containsExactly("line 20: item (depth 1, bulleted) \"Swing your legs.\"");
    }

    @Test
    void anAddedHeadingIsReported() {
        Fidelity html = html(replace(HTML, "<section><p>Shin splints", "<section><h2>Definition</h2><p>Shin splints"));
        assertThat(html.missing()).isEmpty();
        assertThat(html.extraHeadings()).containsExactly("heading (level 2) \"Definition\"");
        assertThat(html.faithful()).isFalse();
    }

    @Test
    void aHeadingAtAnotherLevelIsMissingAndExtra() {
        Fidelity html = html(replace(HTML, "<h3>Immediate relief</h3>", "<h2>Immediate relief</h2>"));
        assertThat(html.missing()).containsExactly("line 8: heading (level 3) \"Immediate relief\"");
        assertThat(html.extraHeadings()).containsExactly("heading (level 2) \"Immediate relief\"");

        Fidelity text = text(replace(TEXT, "  Immediate relief", "Immediate relief"));
        assertThat(text.missing()).containsExactly("line 8: heading (level 3) \"Immediate relief\"");
    }

    @Test
    void aHeadingTurnedIntoAParagraphIsMissing() {
        Fidelity html = html(replace(HTML, "<h2>Steps</h2>", "<p>Steps</p>"));
        assertThat(html.missing()).containsExactly("line 17: heading (level 2) \"Steps\"");
    }

    @Test
    void partsOutOfOrderAreMissing() {
        String steps = HTML.substring(HTML.indexOf("<section><h2>Steps</h2>"), HTML.indexOf("<section><h2>References</h2>"));
        String moved = replace(HTML, steps, "").replace("<section><h2>Treatment</h2>", steps + "<section><h2>Treatment</h2>");
        Fidelity html = html(moved);
        assertThat(html.missing()).containsExactly(
                "line 17: heading (level 2) \"Steps\"",
                "line 18: item (depth 0, numbered) \"Warm up.\"",
                "line 19: item (depth 1, bulleted) \"Walk for 5 minutes.\"",
                "line 20: item (depth 1, bulleted) \"Swing your legs.\"",
                "line 21: item (depth 0, numbered) \"Run slowly.\"");
    }

    @Test
    void sentencesMustBeWholeAndInOrder() {
        Fidelity swapped = html(replace(HTML,
                "Shin splints are pain along the inner edge of the shin bone. They often start when you run more than before.",
                "They often start when you run more than before. Shin splints are pain along the inner edge of the shin bone."));
        assertThat(swapped.missing()).containsExactly(
                "line 5: sentence \"They often start when you run more than before.\"");

        Fidelity cut = html(replace(HTML, "when you run more than before.", "when you run more."));
        assertThat(cut.missing()).containsExactly("line 5: sentence \"They often start when you run more than before.\"");
    }

    @Test
    void anAsideWithoutItsBoxIsMissing() {
        Fidelity html = html(replace(replace(HTML, "<aside>", "<div>"), "</aside>", "</div>"));
        assertThat(html.missing()).containsExactly(
                "line 12: aside title in an aside \"Runner's stretch\"",
                "line 13: sentence in an aside \"Do this after every run.\"",
                "line 14: item (depth 0, bulleted) in an aside \"Stand tall\"");

        Fidelity text = text(replace(TEXT, "| - Stand tall", "- Stand tall"));
        assertThat(text.missing()).containsExactly("line 14: item (depth 0, bulleted) in an aside \"Stand tall\"");
    }

    @Test
    void aDroppedDetailIsMissing() {
        Fidelity text = text(replace(TEXT, "(Medial Tibial Stress Syndrome)\n", ""));
        assertThat(text.missing()).containsExactly("line 3: detail \"Medial Tibial Stress Syndrome\"");
    }

    private static Fidelity html(String html) {
        return Fidelity.of(LAYOUT, Rendering.ofHtml(html));
    }

    private static Fidelity text(String text) {
        return Fidelity.of(LAYOUT, Rendering.ofText(text));
    }

    /** Replaces a piece that must be there, so that a fixture change cannot make a test pass by accident. */
    private static String replace(String text, String piece, String replacement) {
        assertThat(text).contains(piece);
        return text.replace(piece, replacement);
    }

    static String resource(String name) {
        try (InputStream in = FidelityTest.class.getResourceAsStream("/fidelity/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the fixture " + name, e);
        }
    }
}
