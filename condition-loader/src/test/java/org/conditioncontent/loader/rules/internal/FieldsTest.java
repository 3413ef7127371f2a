package org.conditioncontent.loader.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.conditioncontent.loader.rules.EditorialRule;
import org.conditioncontent.model.Condition;
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
                Arguments.of("spaced out   ", Fields.DOUBLED_SPACE),
                Arguments.of("single spaces \u00a0 \t and\u2003 no two in a row", Fields.NON_ASCII | Fields.ASCII_CONTROL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void marksEachKindOfCharacter(String text, int marks) {
        assertThat(Fields.marksOf(text)).isEqualTo(marks);
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
}
