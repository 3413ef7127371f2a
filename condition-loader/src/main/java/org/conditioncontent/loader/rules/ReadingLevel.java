package org.conditioncontent.loader.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.conditioncontent.loader.rules.internal.Fields;
import org.conditioncontent.loader.rules.internal.Readability;
import org.conditioncontent.model.Condition;

/**
 * The reading level of one prose field, scored as the {@code reading-level} rule scores it: the
 * Flesch-Kincaid grade of its paragraphs together, the counts behind it, and its hardest
 * sentence. A prose field is the paragraphs of one section (its {@code blocks}, without its lists
 * and asides), of one aside, or of one list item (its {@code paragraphs}). For tools that show the score where an editor writes, such as the language server's
 * hover, without copying the rule's arithmetic.
 *
 * <pre>{@code
 * for (ReadingLevel level : ReadingLevel.of(condition)) {
 *     System.out.printf("%s: grade %.1f, %d words%n", level.pointer(), level.grade(), level.words());
 * }
 * }</pre>
 *
 * @param pointer the JSON Pointer of the list that holds the field's paragraphs: a section's or an
 *     aside's {@code blocks} ({@code /body/0/blocks}), or an item's {@code paragraphs}
 * @param paragraphs the JSON Pointer of each paragraph scored, in order
 * @param words the words of all its paragraphs
 * @param sentences its sentences
 * @param syllables the syllables of all its words
 * @param grade the Flesch-Kincaid grade level; 0.0 when the field has no words
 * @param hardestSentence the sentence with the highest grade on its own; {@code ""} when there is none
 */
public record ReadingLevel(String pointer, List<String> paragraphs, int words, int sentences, int syllables, double grade, String hardestSentence) {

    /**
     * Checks the components.
     *
     * @param pointer the JSON Pointer of the field
     * @param paragraphs the JSON Pointers of its paragraphs; copied
     * @param words the words
     * @param sentences the sentences
     * @param syllables the syllables
     * @param grade the grade
     * @param hardestSentence the hardest sentence
     * @throws NullPointerException if the pointer, the paragraphs or the sentence is {@code null}
     */
    public ReadingLevel {
        Objects.requireNonNull(pointer, "pointer must not be null");
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(hardestSentence, "hardestSentence must not be null");
    }

    /**
     * Scores every prose field of an article: the fields the {@code reading-level} rule scores,
     * whatever their length (the rule skips those shorter than its {@code minWords}).
     *
     * @param condition the article
     * @return one score per non-empty prose field, in document order
     * @throws NullPointerException if the article is {@code null}
     */
    public static List<ReadingLevel> of(Condition condition) {
        Objects.requireNonNull(condition, "condition must not be null");
        List<ReadingLevel> out = new ArrayList<>();
        for (Fields.Prose prose : Fields.prose(condition)) {
            out.add(score(prose.pointer(), prose.pointers(), prose.paragraphs()));
        }
        return List.copyOf(out);
    }

    /**
     * Whether a JSON Pointer is in this field: the field's own list, one of its paragraphs, or a
     * value inside one (a paragraph written as an object).
     *
     * @param at a JSON Pointer
     * @return {@code true} if it points at the field or into one of its paragraphs
     */
    public boolean covers(String at) {
        if (at.equals(pointer)) {
            return true;
        }
        for (String paragraph : paragraphs) {
            if (at.equals(paragraph) || at.startsWith(paragraph + "/")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Scores paragraphs as one prose field.
     *
     * @param pointer the JSON Pointer to give the result
     * @param pointers the JSON Pointer of each paragraph, in order
     * @param paragraphs the paragraphs, in order
     * @return the score
     * @throws NullPointerException if an argument or a paragraph is {@code null}
     * @throws IllegalArgumentException if there are not as many pointers as paragraphs
     */
    public static ReadingLevel score(String pointer, List<String> pointers, List<String> paragraphs) {
        if (pointers.size() != paragraphs.size()) {
            throw new IllegalArgumentException(pointers.size() + " pointers for " + paragraphs.size() + " paragraphs; give one pointer per paragraph");
        }
        Readability.Score score = Readability.score(paragraphs);
        return new ReadingLevel(pointer, pointers, score.words(), score.sentences(), score.syllables(), score.grade(), score.hardestSentence());
    }
}
