package org.conditioncontent.render;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.conditioncontent.model.Conjunction;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.ItemKind;
import org.conditioncontent.model.PartialDate;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.SectionKind;
import org.conditioncontent.render.internal.EnglishPhrases;
import org.conditioncontent.render.internal.LabelledText;
import org.jspecify.annotations.Nullable;

/**
 * Every word the built-in renderers add to an article, in one language: the default headings of
 * the section kinds, the labels of the end matter ("References", "Published"), the words that
 * join list items ("such as", "or"), the month names and the order in which a date is written.
 * The text and HTML renderers choose a label set by the article's {@code language} (English and
 * Spanish are built in; any other language gets English) and a renderer's builder can replace a
 * built-in set or add one for another language. An HTML page marks the words of a set whose
 * {@linkplain #language() language} is not the page's with that language.
 *
 * <pre>{@code
 * Labels house = Labels.english().toBuilder()
 *         .label(Labels.Label.REFERENCES, "Sources")
 *         .heading(SectionKind.WHEN_TO_SEE_A_DOCTOR, "When to Call Us")
 *         .build();
 * Labels french = Labels.english().toBuilder().language("fr")
 *         .label(Labels.Label.SUCH_AS, "comme") ... .build();
 * HtmlRenderer html = HtmlRenderer.builder().labels(house).labels(french).build();
 * }</pre>
 *
 * <p>A label set is built once and read by every rendering; it is immutable and thread-safe.
 */
public final class Labels {

    /**
     * The words of a label set besides section headings and month names. Some are templates:
     * {@code {date}}, {@code {site}}, {@code {day}}, {@code {month}} and {@code {year}} stand for
     * the value put in.
     */
    public enum Label {
        /** The word under the title in the text rendering: "Condition". */
        CONDITION,
        /** Before the other names: "Also called". */
        ALSO_CALLED,
        /** Before the series: "Series". */
        SERIES,
        /** Before the medical codes: "Codes". */
        CODES,
        /** The heading of the organizations to contact: "Resources". */
        RESOURCES,
        /** The heading of the references: "References". */
        REFERENCES,
        /** The heading of the contributors: "Contributors". */
        CONTRIBUTORS,
        /** Before the publisher: "Publisher". */
        PUBLISHER,
        /** Before the publication date: "Published". */
        PUBLISHED,
        /** Before the date of the last update: "Last updated". */
        LAST_UPDATED,
        /** Before the date of the last review: "Last reviewed". */
        LAST_REVIEWED,
        /** Before the date of the next review: "Next review". */
        NEXT_REVIEW,
        /** Before the reviewers: "Reviewed by". */
        REVIEWED_BY,
        /** Before the related articles: "Related". */
        RELATED,
        /** The copyright word of the text rendering: "Copyright". */
        COPYRIGHT,
        /** Before an item's examples: "such as". */
        SUCH_AS,
        /** The last joining word of a list of "and" examples: "and". */
        AND,
        /** The last joining word of a list of "or" examples: "or". */
        OR,
        /** Before a cited work's address: "Available at". */
        AVAILABLE_AT,
        /** When a cited web page was read, a template with {@code {date}}: "Accessed {date}". */
        ACCESSED,
        /** A cited web site, a template with {@code {site}}: "{site} website". */
        WEBSITE,
        /** The title of an article with neither a title nor an id: "Untitled condition". */
        UNTITLED,
        /** A date to the day, a template: "{month} {day}, {year}". */
        DATE_DAY,
        /** A date to the month, a template: "{month} {year}". */
        DATE_MONTH,
        /**
         * Before the description of a picture the page does not show (it has no address, or one
         * that may not be loaded): "Image".
         */
        IMAGE,
        /**
         * A contributor's role, after their name: "medical reviewer". An author's role is not
         * written: the credits list authors unless it says otherwise.
         */
        ROLE_MEDICAL_REVIEWER,
        /** A contributor's role, after their name: "editor". */
        ROLE_EDITOR
    }

    /** The ISO 3166 country codes, the only ones {@link #country} names. */
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private static final Labels ENGLISH = englishSet();
    private static final Labels SPANISH = spanishSet();

    private final String language;
    /** By {@link Label#ordinal()}: arrays, not maps, since every rendering reads them many times. */
    private final String[] labels;
    private final String[] headings;
    private final String[] months;
    private final boolean serialComma;

    private Labels(Builder b) {
        this.language = b.language;
        this.labels = b.labels.clone();
        this.headings = b.headings.clone();
        this.months = b.months.clone();
        this.serialComma = b.serialComma;
    }

    /**
     * The English labels: the words the renderers have always written.
     *
     * @return the label set for {@code en}
     */
    public static Labels english() {
        return ENGLISH;
    }

    /**
     * The Spanish labels.
     *
     * @return the label set for {@code es}
     */
    public static Labels spanish() {
        return SPANISH;
    }

    /**
     * The built-in label set for a language tag: Spanish for {@code es} and its regional forms
     * ({@code es-MX}), else English.
     *
     * @param languageTag a BCP 47 tag such as {@code es-419}, or {@code null}
     * @return the label set
     */
    public static Labels builtIn(@Nullable String languageTag) {
        return "es".equals(primaryLanguage(languageTag)) ? SPANISH : ENGLISH;
    }

    /**
     * The primary language subtag of a tag, lower case: {@code es} for {@code es-MX}.
     *
     * @param languageTag the tag, or {@code null}
     * @return the subtag; empty when the tag is {@code null} or blank
     */
    public static String primaryLanguage(@Nullable String languageTag) {
        if (languageTag == null) {
            return "";
        }
        String tag = languageTag.strip();
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /**
     * The language of this label set: a primary language subtag such as {@code en}.
     *
     * @return the language
     */
    public String language() {
        return language;
    }

    /**
     * One label.
     *
     * @param label which one
     * @return its words, never blank
     */
    public String get(Label label) {
        return labels[label.ordinal()];
    }

    /**
     * The default heading of a section kind, written when the publisher gave none.
     *
     * @param kind the kind; {@code null}, which only an unvalidated article has, gives the
     *     heading of {@link SectionKind#OTHER}
     * @return the heading, such as "Risk Factors"
     */
    public String heading(@Nullable SectionKind kind) {
        return headings[(kind == null ? SectionKind.OTHER : kind).ordinal()];
    }

    /**
     * The heading to write over a section: the publisher's own when it has one, else its kind's.
     *
     * @param section the section
     * @return the heading, never blank
     */
    public String heading(Section section) {
        String own = section.heading();
        return own != null && !own.isBlank() ? own : heading(section.kind());
    }

    /**
     * The name of a month.
     *
     * @param month 1 for January to 12 for December
     * @return its name in this language
     * @throws IllegalArgumentException if the month is not between 1 and 12
     */
    public String month(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be between 1 and 12, was " + month);
        }
        return months[month - 1];
    }

    /**
     * The name of a country in this label set's language, from the JDK's locale data: "Canada"
     * for {@code CA} in English, "Canadá" in Spanish. A group of resources that needs a heading
     * and has none is headed by its country's name.
     *
     * @param regionCode a two-letter country code (ISO 3166-1 alpha-2), such as {@code CA}
     * @return the country's name; the code itself, stripped, when it is not an ISO 3166 country
     *     code (the locale data names some others, such as "Unknown Region" for {@code ZZ})
     */
    public String country(String regionCode) {
        String code = Objects.requireNonNull(regionCode, "regionCode must not be null").strip();
        if (!code.matches("[A-Za-z]{2}") || !ISO_COUNTRIES.contains(code.toUpperCase(Locale.ROOT))) {
            return code;
        }
        String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.forLanguageTag(language));
        return name.isBlank() ? code : name;
    }

    /**
     * Whether a list of three or more words has a comma before its last joining word
     * ("a, b, or c" in English; "a, b o c" in Spanish).
     *
     * @return {@code true} for a serial comma
     */
    public boolean serialComma() {
        return serialComma;
    }

    /**
     * A date in words, at the precision it was written with: "2019", "October 2019",
     * "October 4, 2019" in English; "4 de octubre de 2019" in Spanish.
     *
     * @param date the date
     * @return the date in words
     */
    public String date(PartialDate date) {
        if (date.month() == null) {
            return Integer.toString(date.year());
        }
        String template = get(date.day() == null ? Label.DATE_MONTH : Label.DATE_DAY);
        return fill(fill(fill(template, "{month}", month(date.month())), "{day}",
                date.day() == null ? "" : date.day().toString()), "{year}", Integer.toString(date.year()));
    }

    /**
     * A template label with its placeholder filled in.
     *
     * @param label a template label, such as {@link Label#ACCESSED}
     * @param placeholder the placeholder, such as {@code {date}}
     * @param value what to put in its place
     * @return the words
     */
    public String fill(Label label, String placeholder, String value) {
        return fill(get(label), placeholder, value);
    }

    private static String fill(String template, String placeholder, String value) {
        int at = template.indexOf(placeholder);
        return at < 0 ? template : template.substring(0, at) + value + template.substring(at + placeholder.length());
    }

    /**
     * Joins words into a list phrase: "a"; "a or b"; "a, b, or c" (the comma before the last word
     * only with a {@linkplain #serialComma() serial comma}).
     *
     * @param words the words, in order
     * @param conjunction which joining word goes before the last one
     * @return the phrase; empty when there are no words
     */
    public String join(List<String> words, Conjunction conjunction) {
        int n = words.size();
        if (n < 2) {
            return n == 0 ? "" : words.get(0);
        }
        LabelledText.Plain s = new LabelledText.Plain(16 * n);
        EnglishPhrases.join(this, words, conjunction, s);
        return s.toString();
    }

    /**
     * One list item's text as a line or an {@code <li>} shows it, without its term, paragraphs
     * and nested items: the text, then its examples ("Certain medicines, such as ..." at the top
     * level, "Hormone disorders—such as ..." when nested), then its note after a dash, then
     * ", such as:" (or "—such as:" when nested) when the item is a risk factor whose nested items
     * name kinds of it, as the seed writes them.
     *
     * @param item the item
     * @param depth how deep it is nested; 0 for the top level
     * @param kind what the item is; {@code null} for none
     * @return the item's text
     */
    public String item(Item item, int depth, @Nullable ItemKind kind) {
        String text = item.text() == null ? "" : item.text();
        if (EnglishPhrases.isTextAlone(item, kind)) {
            return text; // most items: their text as it is, with no copy
        }
        LabelledText.Plain s = new LabelledText.Plain(text.length() + 64);
        EnglishPhrases.item(this, item, depth, kind, s);
        return s.toString();
    }

    /**
     * A builder that starts from this label set, to change some of its words.
     *
     * @return a new builder holding this set's language and words
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public String toString() {
        return "Labels[" + language + "]";
    }

    /**
     * Changes to a label set. Starts from a whole set, so every label always has words. Not
     * thread-safe; the label sets it builds are.
     */
    public static final class Builder {
        private String language;
        private final String[] labels;
        private final String[] headings;
        private final String[] months;
        private boolean serialComma;

        private Builder(Labels from) {
            this.language = from.language;
            this.labels = from.labels.clone();
            this.headings = from.headings.clone();
            this.months = from.months.clone();
            this.serialComma = from.serialComma;
        }

        private Builder(String language) {
            this.language = language;
            this.labels = new String[Label.values().length];
            this.headings = new String[SectionKind.values().length];
            this.months = new String[12];
        }

        /**
         * The language the set is for. Defaults to the language of the set it started from.
         *
         * @param tag a language tag; its primary subtag is kept ({@code fr} for {@code fr-CA})
         * @return {@code this}
         * @throws IllegalArgumentException if the tag has no primary subtag of 2 to 8 letters
         */
        public Builder language(String tag) {
            String primary = primaryLanguage(Objects.requireNonNull(tag, "tag must not be null"));
            if (!primary.matches("[a-z]{2,8}")) {
                throw new IllegalArgumentException("language must be a BCP 47 tag such as fr or fr-CA, was \"" + tag + "\"");
            }
            this.language = primary;
            return this;
        }

        /**
         * The words of one label.
         *
         * @param label which label
         * @param words its words; a template label must keep its placeholders
         * @return {@code this}
         * @throws IllegalArgumentException if the words are blank, or a template lacks a placeholder
         */
        public Builder label(Label label, String words) {
            Objects.requireNonNull(label, "label must not be null");
            checkWords(words, label.name());
            for (String placeholder : placeholders(label)) {
                if (!words.contains(placeholder)) {
                    throw new IllegalArgumentException(label + " must hold " + placeholder + ", was \"" + words + "\"");
                }
            }
            labels[label.ordinal()] = words;
            return this;
        }

        /**
         * The default heading of a section kind.
         *
         * @param kind the kind
         * @param heading its heading
         * @return {@code this}
         * @throws IllegalArgumentException if the heading is blank
         */
        public Builder heading(SectionKind kind, String heading) {
            Objects.requireNonNull(kind, "kind must not be null");
            checkWords(heading, "heading of " + kind);
            headings[kind.ordinal()] = heading;
            return this;
        }

        /**
         * The names of the twelve months, January first.
         *
         * @param names the names
         * @return {@code this}
         * @throws IllegalArgumentException if there are not twelve names or one is blank
         */
        public Builder months(List<String> names) {
            if (names.size() != 12) {
                throw new IllegalArgumentException("months must name 12 months, got " + names.size());
            }
            for (int i = 0; i < 12; i++) {
                checkWords(names.get(i), "month " + (i + 1));
                months[i] = names.get(i);
            }
            return this;
        }

        /**
         * Whether a list of three or more words has a comma before its last joining word.
         *
         * @param value {@code true} for "a, b, or c", {@code false} for "a, b or c"
         * @return {@code this}
         */
        public Builder serialComma(boolean value) {
            this.serialComma = value;
            return this;
        }

        /**
         * Builds the label set.
         *
         * @return a new label set
         */
        public Labels build() {
            return new Labels(this);
        }

        private static List<String> placeholders(Label label) {
            return switch (label) {
                case ACCESSED -> List.of("{date}");
                case WEBSITE -> List.of("{site}");
                case DATE_DAY -> List.of("{month}", "{day}", "{year}");
                case DATE_MONTH -> List.of("{month}", "{year}");
                default -> List.of();
            };
        }

        private static void checkWords(String words, String what) {
            if (Objects.requireNonNull(words, what + " must not be null").isBlank()) {
                throw new IllegalArgumentException(what + " must not be blank");
            }
        }
    }

    private static Labels englishSet() {
        List<String> months = new ArrayList<>(12);
        for (Month m : Month.values()) {
            months.add(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        Builder b = new Builder("en").months(months).serialComma(true);
        b.label(Label.CONDITION, "Condition").label(Label.ALSO_CALLED, "Also called").label(Label.SERIES, "Series")
                .label(Label.CODES, "Codes").label(Label.RESOURCES, "Resources").label(Label.REFERENCES, "References")
                .label(Label.CONTRIBUTORS, "Contributors").label(Label.PUBLISHER, "Publisher")
                .label(Label.PUBLISHED, "Published").label(Label.LAST_UPDATED, "Last updated")
                .label(Label.LAST_REVIEWED, "Last reviewed").label(Label.NEXT_REVIEW, "Next review")
                .label(Label.REVIEWED_BY, "Reviewed by").label(Label.RELATED, "Related")
                .label(Label.COPYRIGHT, "Copyright").label(Label.SUCH_AS, "such as").label(Label.AND, "and")
                .label(Label.OR, "or").label(Label.AVAILABLE_AT, "Available at").label(Label.ACCESSED, "Accessed {date}")
                .label(Label.WEBSITE, "{site} website").label(Label.UNTITLED, "Untitled condition")
                .label(Label.DATE_DAY, "{month} {day}, {year}").label(Label.DATE_MONTH, "{month} {year}")
                .label(Label.IMAGE, "Image")
                .label(Label.ROLE_MEDICAL_REVIEWER, "medical reviewer").label(Label.ROLE_EDITOR, "editor");
        // The labels format 1 wrote over its typed parts, so an upgraded article renders as before.
        for (SectionKind kind : SectionKind.values()) {
            b.heading(kind, switch (kind) {
                case DEFINITION -> "Definition";
                case CAUSES -> "Causes";
                case RISK_FACTORS -> "Risk Factors";
                case SYMPTOMS -> "Symptoms";
                case DIAGNOSIS -> "Diagnosis";
                case TREATMENT -> "Treatment";
                case PREVENTION -> "Prevention";
                case MEDICATIONS -> "Medications";
                case WHEN_TO_SEE_A_DOCTOR -> "When to See a Doctor";
                case COMPLICATIONS -> "Complications";
                case OUTLOOK -> "Outlook";
                case LIVING_WITH -> "Living With the Condition";
                case SELF_CARE -> "Self-Care";
                case TYPES -> "Types";
                case STAGES -> "Stages";
                case SCREENING -> "Screening";
                case CONTAGIOUSNESS -> "How It Spreads";
                case PREGNANCY -> "Pregnancy";
                case MISCONCEPTIONS -> "Common Misconceptions";
                case WHO_IS_AFFECTED -> "Who Is Affected";
                case QUESTIONS_TO_ASK -> "Questions to Ask Your Doctor";
                case RELATED_TOPICS -> "Related Topics";
                case OTHER -> "More Information";
            });
        }
        return b.build();
    }

    private static Labels spanishSet() {
        Builder b = new Builder("es").serialComma(false).months(List.of("enero", "febrero", "marzo", "abril", "mayo",
                "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"));
        b.label(Label.CONDITION, "Afección").label(Label.ALSO_CALLED, "También llamada").label(Label.SERIES, "Serie")
                .label(Label.CODES, "Códigos").label(Label.RESOURCES, "Recursos").label(Label.REFERENCES, "Referencias")
                .label(Label.CONTRIBUTORS, "Colaboradores").label(Label.PUBLISHER, "Editor")
                .label(Label.PUBLISHED, "Publicado").label(Label.LAST_UPDATED, "Última actualización")
                .label(Label.LAST_REVIEWED, "Última revisión").label(Label.NEXT_REVIEW, "Próxima revisión")
                .label(Label.REVIEWED_BY, "Revisado por").label(Label.RELATED, "Artículos relacionados")
                .label(Label.COPYRIGHT, "Derechos de autor").label(Label.SUCH_AS, "como").label(Label.AND, "y")
                .label(Label.OR, "o").label(Label.AVAILABLE_AT, "Disponible en").label(Label.ACCESSED, "Consultado el {date}")
                .label(Label.WEBSITE, "Sitio web {site}").label(Label.UNTITLED, "Afección sin título")
                .label(Label.DATE_DAY, "{day} de {month} de {year}").label(Label.DATE_MONTH, "{month} de {year}")
                // The roles as what was done, not who did it: "revisor" or "revisora" would need
                // the person's gender, which an article does not give.
                .label(Label.IMAGE, "Imagen")
                .label(Label.ROLE_MEDICAL_REVIEWER, "revisión médica").label(Label.ROLE_EDITOR, "edición");
        for (SectionKind kind : SectionKind.values()) {
            b.heading(kind, switch (kind) {
                case DEFINITION -> "Definición";
                case CAUSES -> "Causas";
                case RISK_FACTORS -> "Factores de riesgo";
                case SYMPTOMS -> "Síntomas";
                case DIAGNOSIS -> "Diagnóstico";
                case TREATMENT -> "Tratamiento";
                case PREVENTION -> "Prevención";
                case MEDICATIONS -> "Medicamentos";
                case WHEN_TO_SEE_A_DOCTOR -> "Cuándo consultar al médico";
                case COMPLICATIONS -> "Complicaciones";
                case OUTLOOK -> "Pronóstico";
                case LIVING_WITH -> "Vivir con la afección";
                case SELF_CARE -> "Cuidados en casa";
                case TYPES -> "Tipos";
                case STAGES -> "Etapas";
                case SCREENING -> "Detección";
                case CONTAGIOUSNESS -> "Cómo se transmite";
                case PREGNANCY -> "Embarazo";
                case MISCONCEPTIONS -> "Ideas equivocadas frecuentes";
                case WHO_IS_AFFECTED -> "A quién afecta";
                case QUESTIONS_TO_ASK -> "Preguntas para su médico";
                case RELATED_TOPICS -> "Temas relacionados";
                case OTHER -> "Más información";
            });
        }
        return b.build();
    }
}
