package org.conditioncontent.render.internal;

import java.util.List;
import org.conditioncontent.model.Conjunction;
import org.conditioncontent.model.Contributor;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.ItemKind;
import org.conditioncontent.model.PartialDate;
import org.conditioncontent.render.Labels;
import org.jspecify.annotations.Nullable;

/**
 * Turns the parts the model keeps apart into the phrases the seed article writes, so that every
 * renderer punctuates them the same way. The words of a language are {@link Labels}'; the methods
 * that take none use {@link Labels#english()}.
 */
public final class EnglishPhrases {

    /** The em dash (U+2014) that joins a name to its note or a nested item to its examples. */
    public static final String EM_DASH = "\u2014";

    /** The first character above Latin-1 that {@link Character#isWhitespace(char)} holds of. */
    private static final char OGHAM_SPACE = '\u1680';

    private EnglishPhrases() {}

    /**
     * Joins words into a list phrase with a serial comma: "a"; "a or b"; "a, b, or c".
     *
     * @param words the words, in order
     * @param conjunction the word before the last one
     * @return the phrase; empty when there are no words
     */
    public static String join(List<String> words, Conjunction conjunction) {
        return Labels.english().join(words, conjunction);
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
        return Labels.english().item(item, depth, kind);
    }

    /**
     * Writes a date in English at the precision it was written with: "2019", "October 2019",
     * "October 4, 2019".
     *
     * @param date the date
     * @return the date in words
     */
    public static String date(PartialDate date) {
        return Labels.english().date(date);
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
        if (text == null || text.isEmpty()) {
            return false;
        }
        // Almost every value starts with a character that is not white space: between the space
        // and U+1680, the first space of Unicode's above Latin-1, Character.isWhitespace holds of
        // none (U+0085 and U+00A0 are not white space to it). One test, where isBlank's calls cost
        // about 60 samples of a 10,000-article export.
        char first = text.charAt(0);
        return first > ' ' && first < OGHAM_SPACE || !text.isBlank();
    }
}
