package org.conditioncontent.loader.internal.checking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Reference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each of {@link PatternShortcuts}' matchers against {@code java.util.regex} on its own expression:
 * the same answer on every text of a few hundred thousand, made from pieces that make texts match
 * and nearly match (digits, letters of both cases, hyphens, dots, slashes, the prefixes, white
 * space of every kind the expressions tell apart, characters beyond ASCII), and on the empty text.
 */
class PatternShortcutsTest {

    /** Pieces that texts are made of: one or a few characters each, chosen to hit each expression's edges. */
    private static final List<String> PIECES = List.of("a", "z", "q", "A", "Z", "M", "0", "1", "9", "5", "-", "--", ".", "/",
            "//", "10.", "10", "PMC", "PM", "P", "C", " ", "\t", "\n", "\u000B", "\f", "\r", "\u00a0", "\u2028", "é", "ǅ", "_",
            "\ud83d\ude00", "\ud83d", "xn", "en", "US", "1234", "12345678", "0000");

    @ParameterizedTest
    @ValueSource(strings = {PatternShortcuts.ID, PatternShortcuts.LANGUAGE_TAG, PatternShortcuts.DOI, PatternShortcuts.PMID,
            PatternShortcuts.PMCID, PatternShortcuts.REGION, PatternShortcuts.POINTER})
    void eachShortcutAnswersAsItsRegularExpression(String regexp) {
        int shortcut = PatternShortcuts.of(regexp, 0);
        assertThat(shortcut).isNotNegative();
        Pattern pattern = Pattern.compile(regexp);
        Random random = new Random(regexp.hashCode());
        int matching = 0;
        for (int i = 0; i < 300_000; i++) {
            String text = text(random, regexp);
            boolean expected = pattern.matcher(text).matches();
            assertThat(PatternShortcuts.matches(shortcut, text)).as("%s on \"%s\"", regexp, text).isEqualTo(expected);
            matching += expected ? 1 : 0;
        }
        assertThat(PatternShortcuts.matches(shortcut, "")).isEqualTo(pattern.matcher("").matches());
        assertThat(matching).as("texts that match, for %s", regexp).isGreaterThan(1_000).isLessThan(299_000);
    }

    /**
     * A text of up to twelve pieces; half the time it starts with a piece of the expression's own
     * (its fixed prefix, or a few of the characters it takes), so that matching texts are common.
     */
    private static String text(Random random, String regexp) {
        StringBuilder out = new StringBuilder();
        if (random.nextBoolean()) {
            out.append(switch (regexp) {
                case PatternShortcuts.DOI -> "10." + "1234567890".substring(0, 3 + random.nextInt(8)) + "/";
                case PatternShortcuts.PMCID -> "PMC";
                case PatternShortcuts.POINTER -> "/";
                default -> "";
            });
            String own = switch (regexp) {
                case PatternShortcuts.ID -> "az09-";
                // After the slash a DOI takes anything but white space: every kind of it, and beyond ASCII.
                case PatternShortcuts.DOI -> "0123456789ab/ \t\u000B\u00a0\u2028\u00e9";
                case PatternShortcuts.LANGUAGE_TAG -> "enUSx19-";
                case PatternShortcuts.REGION -> "USCAa";
                default -> "0123456789";
            };
            for (int i = 0, n = random.nextInt(12); i < n; i++) {
                out.append(own.charAt(random.nextInt(own.length())));
            }
            return out.toString();
        }
        for (int i = 0, n = random.nextInt(13); i < n; i++) {
            out.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[a-z]+", "(/[^/]*)*", "[A-Z]{3}"})
    void anyOtherExpressionHasNoShortcut(String regexp) {
        assertThat(PatternShortcuts.of(regexp, 0)).isEqualTo(-1);
        assertThat(PatternShortcuts.of(PatternShortcuts.ID, Pattern.CASE_INSENSITIVE)).as("flags").isEqualTo(-1);
    }

    @org.junit.jupiter.api.Test
    void everyExpressionOfTheModelHasAShortcut() {
        // The table names each expression as the model's annotation spells it: one changed there
        // would lose its shortcut without a word, and be matched by java.util.regex again.
        java.util.regex.Matcher calls = Pattern.compile("pattern\\(\"((?:[^\"\\\\]|\\\\.)*)\", (\\d+)\\)")
                .matcher(ModelConstraintsTest.source());
        java.util.Set<String> found = new java.util.TreeSet<>();
        while (calls.find()) {
            String regexp = calls.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
            found.add(regexp);
            assertThat(PatternShortcuts.of(regexp, Integer.parseInt(calls.group(2)))).as(regexp).isNotNegative();
        }
        assertThat(found).as("the model's expressions").hasSize(7);
    }

    @org.junit.jupiter.api.Test
    void theShortcutsAreTheModelsOwnExpressions() {
        assertThat(PatternShortcuts.ID).isEqualTo(Condition.ID_PATTERN);
        assertThat(PatternShortcuts.LANGUAGE_TAG).isEqualTo(Condition.LANGUAGE_TAG_PATTERN);
        assertThat(PatternShortcuts.DOI).isEqualTo(Reference.DOI_PATTERN);
        assertThat(PatternShortcuts.PMID).isEqualTo(Reference.PMID_PATTERN);
    }
}
