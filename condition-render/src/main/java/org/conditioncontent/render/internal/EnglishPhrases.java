package org.conditioncontent.render.internal;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.conditioncontent.model.Conjunction;
import org.conditioncontent.model.Contributor;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.ItemKind;
import org.conditioncontent.model.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * Turns the parts the model keeps apart into the English phrases the seed article writes, so that
 * every renderer punctuates them the same way.
 */
public final class EnglishPhrases {

    /** The em dash (U+2014) that joins a name to its note or a nested item to its examples. */
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
     * Writes one list item's text as a line or an {@code <li>} shows it, without its term, its
     * paragraphs and its nested items: the text, then its examples ("Certain medicines, such as
     * ..." at the top level, "Hormone disorders—such as ..." when nested), then its note after a
     * dash, then ", such as:" (or "—such as:" when nested) when the item is a risk factor whose
     * nested items name kinds of it ("Some health issues, such as:"), as the seed writes them.
     *
     * @param item the item
     * @param depth how deep it is nested; 0 for the top level
     * @param kind what the item is, from {@link org.conditioncontent.model.outline.Part.ItemPart#kind()}; {@code null} for none
     * @return the item's text
     */
    public static String item(Item item, int depth, @Nullable ItemKind kind) {
        String text = item.text() == null ? "" : item.text();
        boolean introducesItems = !item.items().isEmpty() && kind == ItemKind.RISK_FACTOR;
        if (item.examples().isEmpty() && !isPresent(item.note()) && !introducesItems) {
            return text; // most items: their text as it is, with no copy
        }
        // The seed uses a comma at the top level and a dash inside a nested list, where a comma
        // would blur into the commas of the examples.
        String suchAs = depth == 0 ? ", such as" : EM_DASH + "such as";
        StringBuilder s = new StringBuilder(text.length() + 64).append(text);
        if (!item.examples().isEmpty()) {
            s.append(suchAs).append(' ').append(join(item.examples(), item.effectiveConjunction()));
        }
        if (isPresent(item.note())) {
            s.append(EM_DASH).append(item.note());
        }
        // Only a risk factor's nested items are kinds of it; the nested items of a step or a tip are
        // its parts, and the publisher's own words introduce them.
        if (introducesItems && !endsWithPunctuation(s)) {
            s.append(suchAs).append(':');
        }
        return s.toString();
    }

    private static boolean endsWithPunctuation(CharSequence s) {
        return s.length() > 0 && ":.;,?!".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /**
     * Writes a date in English at the precision it was written with: "2019", "October 2019",
     * "October 4, 2019".
     *
     * @param date the date
     * @return the date in words
     */
    public static String date(PartialDate date) {
        if (date.month() == null) {
            return Integer.toString(date.year());
        }
        String month = Month.of(date.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return date.day() == null ? month + " " + date.year() : month + " " + date.day() + ", " + date.year();
    }

    /**
     * Writes a contributor as the credits list shows them: a person's name with their
     * credentials after a comma ("Mary-Beth Seymour, RN"); an organization's name alone.
     *
     * @param contributor the contributor
     * @return the line
     */
    public static String contributor(Contributor contributor) {
        String name = contributor.name() == null ? "" : contributor.name();
        return !contributor.organization() && isPresent(contributor.credentials())
                ? name + ", " + contributor.credentials()
                : name;
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
