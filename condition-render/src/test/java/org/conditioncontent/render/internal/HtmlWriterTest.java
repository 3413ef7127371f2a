package org.conditioncontent.render.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.conditioncontent.json.Utf8Buffer;
import org.conditioncontent.json.Utf8Text;
import org.junit.jupiter.api.Test;

class HtmlWriterTest {

    private final StringBuilder out = new StringBuilder();
    private final HtmlWriter html = new HtmlWriter(out);

    @Test
    void escapesTheFiveSpecialCharactersInText() {
        html.text("a & b < c > d \" e ' f");
        assertThat(out).hasToString("a &amp; b &lt; c &gt; d &quot; e &#39; f");
    }

    @Test
    void escapesAndDoubleQuotesAttributeValues() {
        html.start("p", "class", "x\" onclick=\"alert(1)", "title", "it's <b>");
        assertThat(out).hasToString("<p class=\"x&quot; onclick=&quot;alert(1)\" title=\"it&#39;s &lt;b&gt;\">");
    }

    @Test
    void leavesOutAttributesWithoutValue() {
        html.element("h2", "Causes", "id", null, "class", "c");
        assertThat(out).hasToString("<h2 class=\"c\">Causes</h2>");
    }

    @Test
    void dropsControlCharactersSurrogatesAndNoncharacters() {
        html.text("a\u0000b\u0008c\td\ne\rf\u000bg\u007fh\u0080i\u009fj\ud800k\udc00l\ufdd0m\uffffn\ud83f\udffeo\ud83d\ude00p");
        assertThat(out).hasToString("ab c\td\ne\rfghijklmno\ud83d\ude00p".replace(" ", ""));
    }

    @Test
    void appendsAValueWithNothingToEscapeWithoutCopyingIt() {
        List<CharSequence> appended = new ArrayList<>();
        HtmlWriter recording = new HtmlWriter(new Appendable() {
            @Override
            public Appendable append(CharSequence csq) {
                appended.add(csq);
                return this;
            }

            @Override
            public Appendable append(CharSequence csq, int start, int end) {
                appended.add(csq.subSequence(start, end));
                return this;
            }

            @Override
            public Appendable append(char c) {
                appended.add(String.valueOf(c));
                return this;
            }
        });
        String plain = new String("Nocturnal leg cramps \u2014 a plain value");
        recording.text(plain);
        assertThat(appended).hasSize(1);
        assertThat(appended.get(0)).isSameAs(plain);
    }

    @Test
    void refusesTagAndAttributeNamesThatAreNotConstantsOrAreEventHandlers() {
        assertThatThrownBy(() -> html.start("p onclick=x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> html.start("P")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> html.start("p", "onclick", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("onclick");
        assertThatThrownBy(() -> html.start("p", "a b", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> html.start("p", "class")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> html.end("/p")).isInstanceOf(IllegalArgumentException.class);
        assertThat(out).isEmpty();
    }

    @Test
    void linksWebUrlsWithNoopenerAndMailtoWithout() {
        html.link("https://example.org/?a=1&b=2", "Example").raw(" ").link("mailto:a@example.org", "mail");
        assertThat(out).hasToString("<a href=\"https://example.org/?a=1&amp;b=2\" rel=\"noopener noreferrer\">Example</a>"
                + " <a href=\"mailto:a@example.org\">mail</a>");
    }

    @Test
    void writesAnUnsafeUrlAsTextOnly() {
        html.link("javascript:alert(1)", "<click>").raw("|").linkTo("data:text/html,x", "data");
        assertThat(out).hasToString("&lt;click&gt;|data");
    }

    @Test
    void writesJsonLdThatHoldsNoLessThanSign() {
        html.jsonScript(new JsonWriter().beginObject().property("name", "</script>").endObject().toJson());
        assertThat(out).hasToString("<script type=\"application/ld+json\">\n{\n  \"name\": \"\\u003c/script\\u003e\"\n}\n</script>");
    }

    @Test
    void writesJsonLdStraightIntoThePageAsTheCheckedStringWouldBe() {
        // Every kind of character the writer escapes for a script element, in keys and values,
        // nested deeper than the indentation table, with numbers: the page gets the same bytes
        // whether the JSON is made as a string and checked, or written straight into it.
        String hostile = "</script><!-- & > \" \\ \n\t\u0000\u0085\u2028\u2029\ud800\udc00x\ufdd0\uffff"
                + "\ud83f\udffe\ud83d\ude00 caf\u00e9 \u2014 \ud800x\udc00\u007f\b\f\r\u009f\ufffe";
        java.util.function.Consumer<JsonWriter> document = json -> {
            json.beginObject().property(hostile, hostile).name("n").value(-42L).name("deep");
            for (int i = 0; i < 8; i++) {
                json.beginArray().value(hostile + i);
            }
            for (int i = 0; i < 8; i++) {
                json.endArray();
            }
            json.name("empty").beginObject().endObject().endObject();
        };
        JsonWriter kept = new JsonWriter();
        document.accept(kept);
        StringBuilder checked = new StringBuilder();
        new HtmlWriter(checked).jsonScript(kept.toJson());

        html.jsonScript(document);

        assertThat(out).hasToString(checked.toString()).doesNotContain("</script><").contains("\\u003c/script\\u003e");
    }

    @Test
    void refusesAnUnfinishedJsonLdDocument() {
        assertThatThrownBy(() -> html.jsonScript(json -> json.beginObject().name("a")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the JSON is not complete");
        assertThatThrownBy(() -> html.jsonScript(json -> {}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the JSON is not complete");
        assertThatThrownBy(() -> new JsonWriter(new StringBuilder()).beginArray().toJson())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonWriter(new StringBuilder()).value("kept nowhere").toJson())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not kept");
    }

    @Test
    void refusesJsonThatCouldEndTheScriptElementOrBreakTheHtml() {
        for (String json : List.of("\"</script>\"", "\"<!--\"", "\"a\u0000\"", "\"\u0085\"", "\"\ud800\"", "\"\uffff\"")) {
            assertThatThrownBy(() -> html.jsonScript(json))
                    .as(json)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("JSON for a script element must escape");
        }
        assertThat(out).isEmpty();
    }

    @Test
    void checksCharactersBeyondTheBasicPlaneInJsonLd() {
        html.jsonScript("\"caf\u00e9 \ud83d\ude00\"");
        assertThat(out).hasToString("<script type=\"application/ld+json\">\n\"caf\u00e9 \ud83d\ude00\"\n</script>");
        // U+1FFFE, a plane-end noncharacter, written as a surrogate pair after one ASCII quote.
        assertThatThrownBy(() -> html.jsonScript("\"\ud83f\udffe\""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("found U+1FFFE at index 1");
    }

    @Test
    void escapesEveryMarkupCharacterAmongPlainOnes() {
        html.text("a & b < c > d \"e\" 'f' (g) [h] ~ \u00e9");
        assertThat(out).hasToString("a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39; (g) [h] ~ \u00e9");
    }

    @Test
    void namesALinkWithoutTextByItsAddress() {
        html.link("https://example.org/a", " ");
        assertThat(out).hasToString("<a href=\"https://example.org/a\" rel=\"noopener noreferrer\">https://example.org/a</a>");
    }

    @Test
    void writesTheSameMarkupToTheLibrarysSinkAsToAnyOtherAppendable() throws IOException {
        // The sink takes the markup as bytes made once and the names as their own bytes; any
        // other Appendable takes strings. Small buffers make the bytes cross the buffer's end.
        for (int capacity : new int[] {2, 7, 64}) {
            Utf8Buffer sink = new Utf8Buffer(capacity);
            StringBuilder builder = new StringBuilder();
            for (HtmlWriter writer : List.of(new HtmlWriter(sink), new HtmlWriter(builder))) {
                writer.raw(Utf8Constant.of("<!DOCTYPE html>\n")).start("html", "lang", "en").newline();
                writer.start("section", "id", "causes", "aria-labelledby", "causes-heading", "class", null).newline();
                writer.element("h2", "Caus\u00e9s \u2014 \ud83d\ude00 & <more>", "id", "causes-heading").newline();
                // A lone high surrogate left pending by raw text, then markup made of bytes: the
                // sink settles it as '?' first, as a Writer (and String.getBytes) would.
                writer.start("p").text("x\ud83d").end("p").raw("y\ud83d").raw(Utf8Constant.of("</section>\n"));
                writer.linkTo("https://doi.org/10.1000/1", "DOI").raw("\u00a9 raw").newline();
                writer.jsonScript(json -> json.beginObject().property("@type", "MedicalCondition").name("n").value(3).endObject());
                writer.jsonScript("{\"a\": 1}").end("html");
            }
            Utf8Text text = sink.text();
            assertThat(Arrays.copyOf(text.array(), text.byteLength()))
                    .as("capacity %d", capacity).isEqualTo(builder.toString().getBytes(UTF_8));
        }
    }

    @Test
    void escapesEveryKindOfCharacterAtEveryPlaceInARunAlikeToTheSinkAndToABuilder() throws IOException {
        // The sink copies runs of plain ASCII in one step; a builder gets slices of the value. Each
        // kind of character (every ASCII one, Latin-1, wider, line separators, noncharacters, pairs
        // and lone halves) at the start, inside and at the end of runs of several lengths, as text,
        // as an attribute's value and as a JSON-LD string, gives the same bytes both ways.
        List<String> units = new ArrayList<>();
        for (char c = 0; c < 0x80; c++) {
            units.add(String.valueOf(c));
        }
        units.addAll(List.of("\u0085", "\u00a0", "\u00e9", "\u0100", "\u0800", "\u2028", "\ufdd0", "\ufffe",
                "\ud83d\ude00", "\ud83f\udffe", "\ud83d", "\ude00"));
        for (String unit : units) {
            for (int length : new int[] {0, 1, 5, 40}) {
                for (int at = 0; at <= length; at++) {
                    String plain = "The skin may itch, then blister and peel away. ".repeat(2).substring(0, length);
                    String value = plain.substring(0, at) + unit + plain.substring(at);
                    Utf8Buffer sink = new Utf8Buffer(64);
                    StringBuilder builder = new StringBuilder();
                    for (HtmlWriter writer : List.of(new HtmlWriter(sink), new HtmlWriter(builder))) {
                        writer.start("p", "title", value).text(value).end("p");
                        writer.jsonScript(json -> json.beginObject().property("name", value).endObject());
                    }
                    Utf8Text text = sink.text();
                    assertThat(Arrays.copyOf(text.array(), text.byteLength()))
                            .as("%s at %d of %d", unit.chars().mapToObj(Integer::toHexString).toList(), at, length)
                            .isEqualTo(builder.toString().getBytes(UTF_8));
                }
            }
        }
    }
}
