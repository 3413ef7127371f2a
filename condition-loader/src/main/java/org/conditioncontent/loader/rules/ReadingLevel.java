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
 * sentence. For tools that show the score where an editor writes, such as the language server's
 * hover, without copying the rule's arithmetic.
 *
 * <pre>{@code
 * for (ReadingLevel level : ReadingLevel.of(condition)) {
 *     System.out.printf("%s: grade %.1f, %d words%n", level.pointer(), level.grade(), level.words());
 * }
 * }</pre>
 *
 * @param pointer the JSON Pointer of the field (its list of paragraphs)
 * @param words the words of all its paragraphs
 * @param sentences its sentences
 * @param syllables the syllables of all its words
 * @param grade the Flesch-Kincaid grade level; 0.0 when the field has no words
 * @param hardestSentence the sentence with the highest grade on its own; {@code ""} when there is none
 */
public record ReadingLevel(String pointer, int words, int sentences, int syllables, double grade, String hardestSentence) {

    /**
     * Checks the components.
     *
     * @param pointer the JSON Pointer of the field
     * @param words the words
     * @param sentences the sentences
     * @param syllables the syllables
     * @param grade the grade
     * @param hardestSentence the hardest sentence
     * @throws NullPointerException if the pointer or the sentence is {@code null}
     */
    public ReadingLevel {
        Objects.requireNonNull(pointer, "pointer must not be null");
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
            out.add(score(prose.pointer(), prose.paragraphs()));
        }
        return List.copyOf(out);
    }

    /**
     * Scores paragraphs as one prose field.
     *
     * @param pointer the JSON Pointer to give the result
     * @param paragraphs the paragraphs, in order
     * @return the score
     * @throws NullPointerException if an argument or a paragraph is {@code null}
     */
    public static ReadingLevel score(String pointer, List<String> paragraphs) {
        Readability.Score score = Readability.score(paragraphs);
        return new ReadingLevel(pointer, score.words(), score.sentences(), score.syllables(), score.grade(), score.hardestSentence());
    }
}
