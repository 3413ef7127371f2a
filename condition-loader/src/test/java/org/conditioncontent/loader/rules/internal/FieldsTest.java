package org.conditioncontent.loader.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.conditioncontent.loader.rules.EditorialRule;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Feedback;
import org.conditioncontent.model.Review;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The marks a text carries decide which rules look at it at all, so a mark that is missing would
 * silence a rule: each kind of character is checked here, and so is each rule that skips texts.
 */
class FieldsTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("plain words, and digits 123.", 0),
                Arguments.of("line\nfeed", 0),
                Arguments.of("tab\there", Fields.ASCII_CONTROL),
                Arguments.of("bell\u0007", Fields.ASCII_CONTROL),
                Arguments.of("delete\u007f", Fields.ASCII_CONTROL),
                Arguments.of("caf\u00e9", Fields.NON_ASCII),
                Arguments.of("(round)", Fields.PAIRED_MARK),
                Arguments.of("[square]", Fields.PAIRED_MARK),
                Arguments.of("{curly}", Fields.PAIRED_MARK),
                Arguments.of("say \"so\"", Fields.PAIRED_MARK),
                Arguments.of("\u201cquoted\u201d", Fields.PAIRED_MARK | Fields.NON_ASCII),
                Arguments.of("\u2018single\u2019", Fields.NON_ASCII),
                Arguments.of("zero\u200bwidth (and) \u0001", Fields.NON_ASCII | Fields.PAIRED_MARK | Fields.ASCII_CONTROL),
                Arguments.of("doubled  space", Fields.DOUBLED_SPACE),
                Arguments.of("spaced out   ", Fields.DOUBLED_SPACE | Fields.EDGE_SPACE),
                Arguments.of(" leading", Fields.EDGE_SPACE),
                Arguments.of("trailing \n", Fields.EDGE_SPACE),
                // One line break after the last word is how a YAML block written with > or | ends.
                Arguments.of("a folded block\n", 0),
                Arguments.of("a block kept with its blank line\n\n", Fields.EDGE_SPACE),
                Arguments.of("\n", Fields.EDGE_SPACE),
                Arguments.of("\tboth\t", Fields.EDGE_SPACE | Fields.ASCII_CONTROL),
                Arguments.of("\u2003em space", Fields.EDGE_SPACE | Fields.NON_ASCII),
                Arguments.of("\u00a0no-break space is no white space", Fields.NON_ASCII),
                Arguments.of("http://example.org", Fields.HTTP),
                Arguments.of("HTTP:", Fields.HTTP),
                Arguments.of("hTtP:x", Fields.HTTP),
                Arguments.of("https://example.org", 0),
                Arguments.of("http", 0),
                Arguments.of("see http://example.org", 0),
                Arguments.of("single spaces \u00a0 \t and\u2003 no two in a row", Fields.NON_ASCII | Fields.ASCII_CONTROL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void marksEachKindOfCharacter(String text, int marks) {
        assertThat(Fields.marksOf(text)).isEqualTo(marks);
    }

    /**
     * Each mark is what the rules tested for themselves before the walk found it, over every text
     * of the examples and of generated articles and over generated prose (edge and doubled spaces
     * of several kinds, capitals, letters outside ASCII); the walk's hash is {@code String.hashCode}.
     */
    @Test
    void marksAreWhatTheRulesTestedForAndTheHashIsTheStringsOwn() throws IOException {
        List<String> texts = new ArrayList<>(GeneratedProse.texts(20, 2_000));
        for (Condition c : Articles.examplesAndGenerated(300)) {
            for (Fields.Text t : Fields.texts(c)) {
                texts.add(t.text());
                assertThat(t.marks()).as(t.pointer()).isEqualTo(Fields.marksOf(t.text()));
            }
        }
        for (String prefix : List.of("http:", "HTTP:", "Http://", "https:", "http", "htp:", "\u0127ttp:", "\u0048ttp:")) {
            texts.add(prefix);
            texts.add(prefix + "//example.org/a");
        }
        int http = 0;
        int edge = 0;
        for (String s : texts) {
            int marks = Fields.marksOf(s);
            assertThat(marks).as(s).isEqualTo(marksTheOldWay(s));
            http += (marks & Fields.HTTP) != 0 ? 1 : 0;
            edge += (marks & Fields.EDGE_SPACE) != 0 ? 1 : 0;
            assertThat((int) Fields.scan(s)).as(s).isEqualTo(s.hashCode());
        }
        assertThat(http).as("texts starting with http:").isGreaterThan(10);
        assertThat(edge).as("texts with white space at an end").isGreaterThan(100);
    }

    /** White space at the end, but for one line break after the last word (a YAML block's end). */
    private static boolean endsWithWhiteSpaceTheLongWay(String s) {
        String withoutBlocksEnd = s.endsWith("\n") && s.length() > 1 ? s.substring(0, s.length() - 1) : s;
        return withoutBlocksEnd.length() < s.length()
                ? Character.isWhitespace(withoutBlocksEnd.charAt(withoutBlocksEnd.length() - 1))
                : Character.isWhitespace(s.charAt(s.length() - 1));
    }

    /** The marks as the rules' own tests of each text found them. */
    private static int marksTheOldWay(String s) {
        int marks = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 128) {
                marks |= Fields.NON_ASCII;
            }
            if ((ch < 0x20 && ch != '\n') || ch == 0x7f) {
                marks |= Fields.ASCII_CONTROL;
            }
            if ("()[]{}\"\u201c\u201d".indexOf(ch) >= 0) {
                marks |= Fields.PAIRED_MARK;
            }
        }
        if (s.contains("  ")) {
            marks |= Fields.DOUBLED_SPACE;
        }
        if (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || endsWithWhiteSpaceTheLongWay(s))) {
            marks |= Fields.EDGE_SPACE;
        }
        if (s.regionMatches(true, 0, "http:", 0, 5)) {
            marks |= Fields.HTTP;
        }
        return marks;
    }

    /**
     * The prose fields read from the records are those the outline's walk gave, in the same order,
     * with the same pointers: over the examples and generated articles (nested sections, asides,
     * lists in asides, items with paragraphs and nested items).
     */
    @Test
    void proseIsWhatTheOutlineGave() throws IOException {
        int fields = 0;
        for (Condition c : Articles.examplesAndGenerated(300)) {
            assertThat(ProseOracle.found(c)).isEqualTo(ProseOracle.prose(c));
            fields += ProseOracle.prose(c).size();
        }
        assertThat(fields).isGreaterThan(500);
    }

    /** The whitespace and https rules report from the marks what they found by testing each text. */
    @Test
    void theWhitespaceAndHttpsRulesFindWhatTheirOwnTestsFound() throws IOException {
        int found = 0;
        for (Condition c : Articles.examplesAndGenerated(300)) {
            List<String> whitespace = new ArrayList<>();
            List<String> https = new ArrayList<>();
            for (Fields.Text t : Fields.texts(c)) {
                String s = t.text();
                boolean starts = !s.isBlank() && Character.isWhitespace(s.charAt(0));
                boolean ends = !s.isBlank() && endsWithWhiteSpaceTheLongWay(s);
                if (starts || ends) {
                    whitespace.add(t.pointer() + " The text " + BuiltInRule.quote(s) + (starts && ends ? " starts and ends" : starts ? " starts" : " ends")
                            + " with white space; remove it" + (ends && s.endsWith("\n\n")
                                    ? " (a YAML block written with >+ or |+ keeps the blank lines at its end: write it with >- or |-)" : ""));
                } else if (!s.isBlank() && s.contains("  ")) {
                    whitespace.add(t.pointer() + " The text " + BuiltInRule.quote(s) + " has two spaces in a row at character "
                            + (s.indexOf("  ") + 1) + "; use one");
                }
                if (s.regionMatches(true, 0, "http:", 0, 5) && t.pointer().endsWith("/url")) {
                    https.add(t.pointer() + " The link " + BuiltInRule.quote(s) + " uses http; use https");
                }
            }
            assertThat(RuleRun.findings(new WhitespaceRule(), c)).isEqualTo(whitespace);
            assertThat(RuleRun.findings(new HttpsRule(), c)).isEqualTo(https);
            found += whitespace.size() + https.size();
        }
        assertThat(found).isGreaterThan(100);
    }

    @Test
    void textsCompareAsTheRegularExpressionWouldHaveIt() {
        for (String text : List.of("", "  ", "Leg Cramps", " leg  cramps ", "LEG\tCRAMPS", "a\r\n\u000Bb\fc",
                "non\u00A0breaking", "İstanbul", "already single spaced")) {
            assertThat(Fields.comparable(text)).as(text)
                    .isEqualTo(text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT));
        }
        assertThat(Fields.comparable("Leg  Cramps")).isEqualTo(Fields.comparable(" leg cramps"));
    }

    @Test
    void everyTextOfAnArticleCarriesItsMarks() {
        Condition c = Condition.builder("a", "Title (draft").alsoCalled("tab\there", "plain").build();
        assertThat(Fields.texts(c)).allSatisfy(t -> assertThat(t.marks()).isEqualTo(Fields.marksOf(t.text())));
        assertThat(Fields.texts(c)).filteredOn(t -> t.holds(Fields.PAIRED_MARK)).extracting(Fields.Text::pointer)
                .containsExactly("/title");
    }

    /**
     * The disclaimer, review statement and feedback invitation are scanned only when they differ
     * from the text met last in the same field: articles that share them, then change them in turn
     * (an equal text in a new string, texts with marks, a text as long as the kept limit and past
     * it), must each carry their own text's marks.
     */
    @Test
    void repeatedFieldsCarryTheirOwnTextsMarks() {
        String plain = "This information does not replace advice from your doctor.";
        List<String> texts = List.of(plain, new String(plain.toCharArray()), plain + "  twice", " " + plain, plain + "\u0007",
                "(unclosed " + plain, "http://example.org", plain.replace('a', '\u00e4'), "a".repeat(1 << 14), "a".repeat(1 << 14) + " ",
                "a".repeat(1 << 14) + " ", plain, plain);
        for (String disclaimer : texts) {
            for (String other : List.of(plain, disclaimer)) {
                Condition c = Condition.builder("a", "Title").disclaimer(disclaimer)
                        .review(new Review(other, null, null, List.of()))
                        .feedback(new Feedback(disclaimer, "team@example.org")).build();
                for (Fields.Text t : Fields.texts(c)) {
                    assertThat(t.marks()).as(t.pointer()).isEqualTo(Fields.marksOf(t.text()));
                }
                assertThat(Fields.texts(c)).extracting(Fields.Text::pointer)
                        .contains("/disclaimer", "/review/statement", "/feedback/invitation");
            }
        }
    }

    static Stream<Arguments> telltales() {
        return Stream.of(
                Arguments.of("control-character", "tab\there"),
                Arguments.of("control-character", "delete\u007f"),
                Arguments.of("unbalanced", "a \"quote"),
                Arguments.of("unbalanced", "a [bracket"),
                Arguments.of("unbalanced", "a {brace"),
                Arguments.of("unbalanced", "a \u201cquote"),
                Arguments.of("mojibake", "caf\u00c3\u00a9"));
    }

    /** A text whose only telltale character is the one a rule looks for is still reported. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("telltales")
    void rulesThatSkipTextsStillSeeTheirCharacters(String rule, String text) {
        EditorialRule checked = BuiltInRules.all().stream().filter(r -> r.rule().id().equals(rule)).findFirst().orElseThrow();
        Condition c = Condition.builder("a", "Title").alsoCalled(text).build();
        List<String> reported = RuleRun.pointers(checked, c);
        assertThat(reported).containsExactly("/alsoCalled/0");
    }

    /** The whitespace rule reports doubled spaces from the mark, as it did from {@code String.contains}. */
    @Test
    void theWhitespaceRuleFindsDoubledSpacesByTheirMark() {
        Condition c = Condition.builder("a", "Leg  cramps").alsoCalled("night cramps", " edge", "one \u00a0space", "two   spaces").build();
        assertThat(RuleRun.pointers(new WhitespaceRule(), c)).containsExactly("/title", "/alsoCalled/1", "/alsoCalled/3");
        for (Fields.Text t : Fields.texts(c)) {
            assertThat(t.holds(Fields.DOUBLED_SPACE)).as(t.text()).isEqualTo(t.text().contains("  "));
        }
    }

    /** What the editor is told, with where the white space is, since the quote shows it as one space. */
    @Test
    void theWhitespaceRuleSaysWhereTheWhiteSpaceIsAndPassesOverABlocksLineBreak() {
        Condition c = Condition.builder("a", "Leg cramps").alsoCalled("Night  cramps", " Charley horse", "Muscle spasm ", "\tCramps\t",
                "A folded paragraph\n", "A kept block\n\n").build();

        assertThat(RuleRun.findings(new WhitespaceRule(), c)).containsExactly(
                "/alsoCalled/0 The text \"Night cramps\" has two spaces in a row at character 6; use one",
                "/alsoCalled/1 The text \"Charley horse\" starts with white space; remove it",
                "/alsoCalled/2 The text \"Muscle spasm\" ends with white space; remove it",
                "/alsoCalled/3 The text \"Cramps\" starts and ends with white space; remove it",
                "/alsoCalled/5 The text \"A kept block\" ends with white space; remove it (a YAML block written with >+ or |+ keeps"
                        + " the blank lines at its end: write it with >- or |-)");
    }
}
