package org.conditioncontent.render.internal;

import java.util.List;
import org.conditioncontent.model.Conjunction;
import org.conditioncontent.model.RiskFactor;
import org.jspecify.annotations.Nullable;

/**
 * Turns the parts the model keeps apart into the English phrases the seed article writes, so that
 * every renderer punctuates them the same way.
 */
public final class EnglishPhrases {

    /** The em dash (U+2014) that joins a name to its note or a nested risk factor to its examples. */
    public static final String EM_DASH = "\u2014";

    private EnglishPhrases() {}

    /**
     * Joins words into a list phrase with a serial comma: "a"; "a or b"; "a, b, or c".
     *
     * @param words the words, in order
     * @param conjunction the word before the last one
     * @return the phrase; empty when there are no words
     */
    public static String join(List<String> words, Conjunction conjunction) {
        String word = conjunction == Conjunction.OR ? "or" : "and";
        int n = words.size();
        if (n == 0) {
            return "";
        }
        if (n == 1) {
            return words.get(0);
        }
        if (n == 2) {
            return words.get(0) + " " + word + " " + words.get(1);
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                s.append(", ");
            }
            if (i == n - 1) {
                s.append(word).append(' ');
            }
            s.append(words.get(i));
        }
        return s.toString();
    }

    /**
     * Writes one risk factor as a list item's text, without its nested items: the name, then its
     * examples ("Certain medicines, such as ..." at the top level, "Hormone disorders—such as ..."
     * when nested), then ", such as:" (or "—such as:" when nested) if nested items follow.
     *
     * @param riskFactor the risk factor
     * @param depth how deep it is nested; 0 for the top level
     * @return the item's text
     */
    public static String riskFactor(RiskFactor riskFactor, int depth) {
        // The seed uses a comma at the top level and a dash inside a nested list, where a comma
        // would blur into the commas of the examples.
        String suchAs = depth == 0 ? ", such as" : EM_DASH + "such as";
        StringBuilder s = new StringBuilder().append(riskFactor.name());
        if (!riskFactor.examples().isEmpty()) {
            s.append(suchAs).append(' ').append(join(riskFactor.examples(), riskFactor.effectiveConjunction()));
        }
        if (!riskFactor.items().isEmpty()) {
            s.append(suchAs).append(':');
        }
        return s.toString();
    }

    /**
     * Writes a list item with an optional note: "Stretching leg muscles—when cramps occur".
     *
     * @param name the item
     * @param note when or why; {@code null} for none
     * @return the name, and the note after an em dash when there is one (a blank note counts as none)
     */
    public static String withNote(String name, @Nullable String note) {
        return isPresent(note) ? name + EM_DASH + note : name;
    }

    /**
     * Whether an optional text is there to write. Validation rejects blank optional values, but a
     * renderer must not fail or write stray punctuation on an article that skipped validation, so
     * blank counts as absent.
     *
     * @param text the text, or {@code null}
     * @return {@code true} if the text has a character that is not white space
     */
    @Contract("null -> false")
    public static boolean isPresent(@Nullable String text) {
        return text != null && !text.isBlank();
    }
}
