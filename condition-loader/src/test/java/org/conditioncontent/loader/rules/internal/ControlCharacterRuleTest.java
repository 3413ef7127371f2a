package org.conditioncontent.loader.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.conditioncontent.model.Condition;
import org.junit.jupiter.api.Test;

/**
 * Invisible characters are findings, but not those that writing systems need where they stand:
 * joiners between characters and direction marks in right-to-left text.
 */
class ControlCharacterRuleTest {

    private static Condition withOtherNames(String... names) {
        return Condition.builder("a", "Leg cramps").alsoCalled(names).build();
    }

    @Test
    void joinersBetweenCharactersAndDirectionMarksInRightToLeftTextAreAllowed() {
        Condition c = withOtherNames(
                "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", // Persian: a non-joiner inside a word
                "Health worker \uD83D\uDC69\u200D\u2695\uFE0F", // an emoji sequence joined by U+200D
                "\u0643\u0631\u0627\u0645\u0628 (cramps)\u200F", // a right-to-left mark after mixed text
                "\u05E2\u05D5\u05D5\u05D9\u05EA\u200E 2", // a left-to-right mark in Hebrew text
                "\u0634\u062F 5\u061C%"); // the Arabic letter mark

        assertThat(RuleRun.findings(new ControlCharacterRule(), c)).isEmpty();
    }

    @Test
    void invisibleCharactersElsewhereAreFindings() {
        Condition c = withOtherNames(
                "Night\u200BCramps", // zero-width space
                "\u200DCramps", // a joiner with nothing before it
                "Night \u200C Cramps", // a non-joiner between spaces
                "Night Cramps\u200F", // a direction mark in left-to-right text
                "Cramps \u202Eesrever", // an override: it reorders what follows
                "\u05E2\u05D5\u2067\u05D5\u05D9", // an isolate, even in right-to-left text
                "tab\there");

        assertThat(RuleRun.findings(new ControlCharacterRule(), c)).containsExactly(
                "/alsoCalled/0 The text holds the invisible character U+200B at character 6; delete it",
                "/alsoCalled/1 The text holds the invisible character U+200D at character 1; delete it",
                "/alsoCalled/2 The text holds the invisible character U+200C at character 7; delete it",
                "/alsoCalled/3 The text holds the invisible character U+200F at character 13; delete it",
                "/alsoCalled/4 The text holds the invisible character U+202E at character 8; delete it",
                "/alsoCalled/5 The text holds the invisible character U+2067 at character 3; delete it",
                "/alsoCalled/6 The text holds the invisible character U+0009 at character 4; delete it");
    }
}
