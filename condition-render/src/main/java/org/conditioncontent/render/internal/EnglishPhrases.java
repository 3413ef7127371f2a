package org.conditioncontent.render.internal;

import java.util.List;
import org.conditioncontent.model.Conjunction;
import org.conditioncontent.model.Contributor;
import org.conditioncontent.model.ContributorRole;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.ItemKind;
import org.conditioncontent.model.Media;
import org.conditioncontent.model.PartialDate;
import org.conditioncontent.model.ResourceGroup;
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
     * Writes words joined into a list phrase in a label set's words, as {@link Labels#join} does,
     * the joining word ("or", "and") as the label set's.
     *
     * @param labels the label set
     * @param words the words, in order
     * @param conjunction which joining word goes before the last one
     * @param out where the phrase goes
     */
    public static void join(Labels labels, List<String> words, Conjunction conjunction, LabelledText out) {
        String word = labels.get(conjunction == Conjunction.OR ? Labels.Label.OR : Labels.Label.AND);
        int n = words.size();
        for (int i = 0; i < n; i++) {
            if (i == n - 1 && n > 1) {
                out.text(n > 2 && labels.serialComma() ? ", " : " ").label(word).text(" ");
            } else if (i > 0) {
                out.text(", ");
            }
            out.text(words.get(i));
        }
    }

    /**
     * Writes one list item's text in a label set's words, as {@link Labels#item} makes it, the
     * words "such as", "and" and "or" as the label set's. Starts a phrase ({@link LabelledText#begin()}).
     *
     * @param labels the label set
     * @param item the item
     * @param depth how deep it is nested; 0 for the top level
     * @param kind what the item is; {@code null} for none
     * @param out where the text goes
     */
    public static void item(Labels labels, Item item, int depth, @Nullable ItemKind kind, LabelledText out) {
        out.begin().text(item.text() == null ? "" : item.text());
        // A comma at the top level and a dash inside a nested list, where a comma would blur
        // into the commas of the examples.
        String lead = depth == 0 ? ", " : EM_DASH;
        if (!item.examples().isEmpty()) {
            out.text(lead).label(labels.get(Labels.Label.SUCH_AS)).text(" ");
            join(labels, item.examples(), item.effectiveConjunction(), out);
        }
        if (isPresent(item.note())) {
            out.text(EM_DASH).text(item.note());
        }
        // Only a risk factor's nested items are kinds of it; the nested items of a step or a tip
        // are its parts, and the publisher's own words introduce them.
        if (introducesItems(item, kind) && !out.endsWithAny(":.;,?!")) {
            out.text(lead).label(labels.get(Labels.Label.SUCH_AS)).text(":");
        }
    }

    /**
     * Whether an item's text is all it shows: it has no examples, no note, and introduces no
     * nested items with "such as:". Most items are such, and their text is written as it is.
     *
     * @param item the item
     * @param kind what the item is; {@code null} for none
     * @return {@code true} if the item's text is its whole phrase
     */
    public static boolean isTextAlone(Item item, @Nullable ItemKind kind) {
        return item.examples().isEmpty() && !isPresent(item.note()) && !introducesItems(item, kind);
    }

    private static boolean introducesItems(Item item, @Nullable ItemKind kind) {
        return !item.items().isEmpty() && kind == ItemKind.RISK_FACTOR;
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
     * The words of a contributor's role, as the credits write them after the name in brackets
     * ("Mary-Beth Seymour, RN (medical reviewer)"). A list of contributors is read as the
     * article's authors, as the seed's is, so an author's role is not written: only the roles
     * that tell a contributor apart from the authors are.
     *
     * @param labels the label set
     * @param role the role, or {@code null}
     * @return the role's words; {@code null} for an author or a contributor without a role
     */
    public static @Nullable String role(Labels labels, @Nullable ContributorRole role) {
        if (role == null) {
            return null;
        }
        return switch (role) {
            case AUTHOR -> null;
            case MEDICAL_REVIEWER -> labels.get(Labels.Label.ROLE_MEDICAL_REVIEWER);
            case EDITOR -> labels.get(Labels.Label.ROLE_EDITOR);
        };
    }

    /**
     * The heading a group of resources is written under: its own; else, when a group before it
     * had a heading, its country's name, so that its organizations are not read as the earlier
     * group's; else none, and its organizations follow the "Resources" heading directly.
     *
     * @param labels the label set, for the country's name
     * @param group the group
     * @param afterHeading whether a group written before this one had a heading
     * @return the heading, or {@code null} for none
     */
    public static @Nullable String resourceHeading(Labels labels, ResourceGroup group, boolean afterHeading) {
        if (isPresent(group.heading())) {
            return group.heading();
        }
        return afterHeading && isPresent(group.region()) ? labels.country(group.region()) : null;
    }

    /**
     * What the text of a picture says where the picture is not shown: its description, then its
     * address in angle brackets ("The calf muscles &lt;https://example.org/calf.png&gt;").
     *
     * @param media the picture
     * @return the words; empty when it has neither a description nor an address
     */
    public static String imageText(Media media) {
        String description = isPresent(media.description()) ? media.description().strip() : "";
        if (!isPresent(media.url())) {
            return description;
        }
        String url = "<" + media.url().strip() + ">";
        return description.isEmpty() ? url : description + " " + url;
    }

    /**
     * The reviewers' names as one phrase: joined with commas ("Ana Ruiz, Li Wei"), or with
     * semicolons when a name holds a comma of its own ("Mary-Beth Seymour, RN; Li Wei"), where
     * commas would make one reviewer's credentials read as another reviewer.
     *
     * @param names the names, in order
     * @return the phrase
     */
    public static String reviewers(List<String> names) {
        for (String name : names) {
            if (name != null && name.indexOf(',') >= 0) {
                return String.join("; ", names);
            }
        }
        return String.join(", ", names);
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
