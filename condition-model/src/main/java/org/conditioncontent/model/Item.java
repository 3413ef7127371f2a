package org.conditioncontent.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import org.conditioncontent.model.constraints.NullOrNotBlank;
import org.jspecify.annotations.Nullable;

/**
 * One item of an {@link ItemList}: a risk factor, a treatment, a step, a symptom. Structure
 * over formatting: "Hormone disorders—such as thyroid disorders or diabetes" is an item with
 * examples and the conjunction "or"; "Stretching—when cramps occur" is an item with a note;
 * "Dehydration: losing more fluid than you take in" is a term with its description. Renderers,
 * not the data, choose the dash, the colon and the "such as".
 *
 * <p>In the wire format an item that has only its text is written as that text.
 *
 * @param text the item's text: its name ("Pregnancy"), a whole sentence, or, after a
 *     {@code term}, the term's description
 * @param term the term the text describes ("Dehydration"); optional
 * @param note a short qualifier after the text ("when cramps occur"); optional
 * @param examples examples of the item ("thyroid disorders", "diabetes")
 * @param conjunction how the examples are joined; {@link Conjunction#AND} when absent
 * @param kind what the item is, when it differs from what its section or parent item implies;
 *     optional
 * @param paragraphs paragraphs of the item's own, after its text
 * @param items nested items (sub-bullets, or the sub-steps of a step)
 * @param ordered whether the nested items are numbered; {@code false} (bullets) when absent
 */
public record Item(
        @NotBlank String text,
        @NullOrNotBlank @Nullable String term,
        @NullOrNotBlank @Nullable String note,
        List<@NotBlank String> examples,
        @Nullable Conjunction conjunction,
        @Nullable ItemKind kind,
        List<@NotBlank String> paragraphs,
        List<@Valid Item> items,
        boolean ordered) {

    /**
     * Normalises the lists: {@code null} becomes empty; elements must not be {@code null}.
     *
     * @param text the item's text
     * @param term the term the text describes; optional
     * @param note a short qualifier after the text; optional
     * @param examples examples of the item
     * @param conjunction how the examples are joined; optional
     * @param kind what the item is, when it differs from what its context implies; optional
     * @param paragraphs paragraphs of the item's own
     * @param items nested items
     * @param ordered whether the nested items are numbered
     */
    public Item {
        examples = Lists.copy(examples);
        paragraphs = Lists.copy(paragraphs);
        items = Lists.copy(items);
    }

    /**
     * An item with only its text.
     *
     * @param text the text
     * @return the item
     */
    public static Item of(String text) {
        return new Item(text, null, null, List.of(), null, null, List.of(), List.of(), false);
    }

    /**
     * Starts a builder for an item.
     *
     * @param text the item's text; not checked here, as no component is: a {@code null} text
     *     builds an item that validation reports (renderers must still cope with it)
     * @return a new builder
     */
    public static Builder builder(String text) {
        return new Builder(text);
    }

    /**
     * How the examples are joined.
     *
     * @return the conjunction, {@link Conjunction#AND} when none is given
     */
    public Conjunction effectiveConjunction() {
        return conjunction == null ? Conjunction.AND : conjunction;
    }

    /**
     * The item's name: its term when it has one, else its text.
     *
     * @return the name
     */
    public String name() {
        return term != null ? term : text;
    }

    /**
     * Builds an {@link Item}. Every component but the text starts absent or empty; list setters
     * add to what was added before. Not thread-safe.
     */
    public static final class Builder {
        private final String text;
        private @Nullable String term;
        private @Nullable String note;
        private final ArrayList<String> examples = new ArrayList<>();
        private @Nullable Conjunction conjunction;
        private @Nullable ItemKind kind;
        private final ArrayList<String> paragraphs = new ArrayList<>();
        private final ArrayList<Item> items = new ArrayList<>();
        private boolean ordered;

        private Builder(String text) {
            this.text = text;
        }

        /**
         * Sets the term the text describes ("Dehydration", before "losing more fluid than you take in").
         *
         * @param value the term; default none
         * @return this builder
         */
        public Builder term(@Nullable String value) {
            term = value;
            return this;
        }

        /**
         * Sets a short qualifier after the text ("when cramps occur").
         *
         * @param value the note; default none
         * @return this builder
         */
        public Builder note(@Nullable String value) {
            note = value;
            return this;
        }

        /**
         * Adds examples, after those added before.
         *
         * @param values the examples; none by default
         * @return this builder
         * @throws NullPointerException if an example is {@code null}
         */
        public Builder examples(String... values) {
            examples.addAll(List.of(values));
            return this;
        }

        /**
         * Sets how the examples are joined.
         *
         * @param value the conjunction; default none, which reads as {@link Conjunction#AND}
         * @return this builder
         */
        public Builder conjunction(@Nullable Conjunction value) {
            conjunction = value;
            return this;
        }

        /**
         * Sets what the item is, when it differs from what its section or parent item implies.
         *
         * @param value the kind; default none
         * @return this builder
         */
        public Builder kind(@Nullable ItemKind value) {
            kind = value;
            return this;
        }

        /**
         * Adds paragraphs of the item's own, after its text and the paragraphs added before.
         *
         * @param values the paragraphs; none by default
         * @return this builder
         * @throws NullPointerException if a paragraph is {@code null}
         */
        public Builder paragraphs(String... values) {
            paragraphs.addAll(List.of(values));
            return this;
        }

        /**
         * Adds nested items, after those added before.
         *
         * @param values the items; none by default
         * @return this builder
         * @throws NullPointerException if an item is {@code null}
         */
        public Builder items(Item... values) {
            items.addAll(List.of(values));
            return this;
        }

        /**
         * Sets whether the nested items are numbered.
         *
         * @param value {@code true} for a numbered list; default {@code false}
         * @return this builder
         */
        public Builder ordered(boolean value) {
            ordered = value;
            return this;
        }

        /**
         * Builds the item; the builder can go on to build more.
         *
         * @return the item
         */
        public Item build() {
            return new Item(text, term, note, examples, conjunction, kind, paragraphs, items, ordered);
        }
    }
}
