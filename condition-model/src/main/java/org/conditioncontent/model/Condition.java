package org.conditioncontent.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.conditioncontent.model.constraints.FileName;
import org.conditioncontent.model.constraints.NullOrNotBlank;
import org.conditioncontent.model.constraints.ReadableText;
import org.jspecify.annotations.Nullable;

/**
 * A patient-education article about one health condition: its names and codes, the typed
 * sections (definition, causes, risk factors, symptoms, diagnosis, treatment, prevention,
 * medications), further sections, resources, references, and the article's credits and notices.
 *
 * <p>Build one with {@link #builder(String, String)}. The record is immutable; its lists are
 * never {@code null} and never hold {@code null}. Constructing it does not validate content: the
 * loader (or any Jakarta Validation provider) checks the constraints and reports every problem.
 *
 * <pre>{@code
 * Condition c = Condition.builder("nocturnal-leg-cramps", "Nocturnal Leg Cramps")
 *         .alsoCalled("Muscle Cramps")
 *         .definition("Nocturnal leg cramps are sudden spasms in the lower leg and foot muscles.")
 *         .build();
 * }</pre>
 *
 * @param formatVersion the version of the article format this article is written in; {@value #FORMAT_VERSION} is current
 * @param id the article's stable identifier, also its file name in exports ("nocturnal-leg-cramps")
 * @param language the article's language as a BCP 47 tag ("en-US"); optional
 * @param title the condition's name as the article's title
 * @param alsoCalled other names for the condition
 * @param codes codes for the condition in controlled vocabularies
 * @param definition the paragraphs that define the condition
 * @param media illustrations that go with the definition, with their credits
 * @param causes the paragraphs on causes
 * @param riskFactors the risk factors section; optional
 * @param symptoms the paragraphs on symptoms
 * @param diagnosis the paragraphs on diagnosis
 * @param treatment the treatment section; optional
 * @param prevention the prevention section; optional
 * @param medications the medications section; optional
 * @param sections further sections, in reading order, after the typed ones
 * @param resources organizations to contact, grouped by region
 * @param references the works the article cites
 * @param contributors the people who wrote and reviewed the article
 * @param copyright the article's copyright; optional
 * @param review the review statement and dates; optional
 * @param disclaimer the medical disclaimer shown with the article; optional
 * @param feedback where readers send comments; optional
 * @param related ids of related articles
 * @param suppressions editorial rules silenced for single fields, each with its reason
 */
public record Condition(
        @NotNull @Min(value = 1, message = "must be 1 or more") Integer formatVersion,
        @NotBlank @Pattern(regexp = ID_PATTERN, message = "must be lower-case letters and digits separated by single hyphens, such as nocturnal-leg-cramps") @FileName String id,
        @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a BCP 47 language tag such as en-US") @Nullable String language,
        @NotBlank @ReadableText String title,
        List<@NotBlank String> alsoCalled,
        List<@Valid MedicalCode> codes,
        List<@NotBlank String> definition,
        List<@Valid Media> media,
        List<@NotBlank String> causes,
        @Valid @Nullable RiskFactors riskFactors,
        List<@NotBlank String> symptoms,
        List<@NotBlank String> diagnosis,
        @Valid @Nullable Treatments treatment,
        @Valid @Nullable Prevention prevention,
        @Valid @Nullable Medications medications,
        List<@Valid Section> sections,
        List<@Valid ResourceGroup> resources,
        List<@Valid Reference> references,
        List<@Valid Contributor> contributors,
        @Valid @Nullable Copyright copyright,
        @Valid @Nullable Review review,
        @NullOrNotBlank @Nullable String disclaimer,
        @Valid @Nullable Feedback feedback,
        List<@NotBlank @Pattern(regexp = ID_PATTERN, message = "must be the id of another article, such as restless-legs-syndrome") String> related,
        List<@Valid Suppression> suppressions) {

    /** The article format version this library writes and reads. */
    public static final int FORMAT_VERSION = 1;

    /** The pattern of an article id: lower-case letters and digits separated by single hyphens. */
    public static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    /**
     * Normalises the lists: {@code null} becomes empty; elements must not be {@code null}.
     *
     * @param formatVersion the version of the article format this article is written in; {@value #FORMAT_VERSION} is current
     * @param id the article's stable identifier, also its file name in exports ("nocturnal-leg-cramps")
     * @param language the article's language as a BCP 47 tag ("en-US"); optional
     * @param title the condition's name as the article's title
     * @param alsoCalled other names for the condition
     * @param codes codes for the condition in controlled vocabularies
     * @param definition the paragraphs that define the condition
     * @param media illustrations that go with the definition, with their credits
     * @param causes the paragraphs on causes
     * @param riskFactors the risk factors section; optional
     * @param symptoms the paragraphs on symptoms
     * @param diagnosis the paragraphs on diagnosis
     * @param treatment the treatment section; optional
     * @param prevention the prevention section; optional
     * @param medications the medications section; optional
     * @param sections further sections, in reading order, after the typed ones
     * @param resources organizations to contact, grouped by region
     * @param references the works the article cites
     * @param contributors the people who wrote and reviewed the article
     * @param copyright the article's copyright; optional
     * @param review the review statement and dates; optional
     * @param disclaimer the medical disclaimer shown with the article; optional
     * @param feedback where readers send comments; optional
     * @param related ids of related articles
     * @param suppressions editorial rules silenced for single fields, each with its reason
     */
    public Condition {
        alsoCalled = Lists.copy(alsoCalled);
        codes = Lists.copy(codes);
        definition = Lists.copy(definition);
        media = Lists.copy(media);
        causes = Lists.copy(causes);
        symptoms = Lists.copy(symptoms);
        diagnosis = Lists.copy(diagnosis);
        sections = Lists.copy(sections);
        resources = Lists.copy(resources);
        references = Lists.copy(references);
        contributors = Lists.copy(contributors);
        related = Lists.copy(related);
        suppressions = Lists.copy(suppressions);
    }

    /**
     * Starts a builder for an article in the current format version.
     *
     * @param id the article's id
     * @param title the article's title
     * @return a new builder
     */
    public static Builder builder(String id, String title) {
        return new Builder().id(id).title(title);
    }

    /**
     * A builder pre-filled with this article's values, to make a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.formatVersion = formatVersion;
        b.id = id;
        b.language = language;
        b.title = title;
        b.alsoCalled.addAll(alsoCalled);
        b.codes.addAll(codes);
        b.definition.addAll(definition);
        b.media.addAll(media);
        b.causes.addAll(causes);
        b.riskFactors = riskFactors;
        b.symptoms.addAll(symptoms);
        b.diagnosis.addAll(diagnosis);
        b.treatment = treatment;
        b.prevention = prevention;
        b.medications = medications;
        b.sections.addAll(sections);
        b.resources.addAll(resources);
        b.references.addAll(references);
        b.contributors.addAll(contributors);
        b.copyright = copyright;
        b.review = review;
        b.disclaimer = disclaimer;
        b.feedback = feedback;
        b.related.addAll(related);
        b.suppressions.addAll(suppressions);
        return b;
    }

    /**
     * Builds a {@link Condition}. The format version starts at {@link #FORMAT_VERSION}; every other
     * component starts absent or empty. List setters add to what was added before. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable Integer formatVersion = FORMAT_VERSION;
        private @Nullable String id;
        private @Nullable String language;
        private @Nullable String title;
        private final List<String> alsoCalled = new ArrayList<>();
        private final List<MedicalCode> codes = new ArrayList<>();
        private final List<String> definition = new ArrayList<>();
        private final List<Media> media = new ArrayList<>();
        private final List<String> causes = new ArrayList<>();
        private @Nullable RiskFactors riskFactors;
        private final List<String> symptoms = new ArrayList<>();
        private final List<String> diagnosis = new ArrayList<>();
        private @Nullable Treatments treatment;
        private @Nullable Prevention prevention;
        private @Nullable Medications medications;
        private final List<Section> sections = new ArrayList<>();
        private final List<ResourceGroup> resources = new ArrayList<>();
        private final List<Reference> references = new ArrayList<>();
        private final List<Contributor> contributors = new ArrayList<>();
        private @Nullable Copyright copyright;
        private @Nullable Review review;
        private @Nullable String disclaimer;
        private @Nullable Feedback feedback;
        private final List<String> related = new ArrayList<>();
        private final List<Suppression> suppressions = new ArrayList<>();

        private Builder() {}

        /**
         * Sets the version of the article format this article is written in; {@value #FORMAT_VERSION} is current.
         *
         * @param value the value, or {@code null} for none
         * @return {@code this}
         */
        public Builder formatVersion(@Nullable Integer value) {
            this.formatVersion = value;
            return this;
        }

        /**
         * Sets the article's stable identifier, also its file name in exports ("nocturnal-leg-cramps").
         *
         * @param value the value, or {@code null} for none
         * @return {@code this}
         */
        public Builder id(@Nullable String value) {
            this.id = value;
            return this;
        }

        /**
         * Sets the article's language as a BCP 47 tag ("en-US"); optional.
         *
         * @param value the value, or {@code null} for none
         * @return {@code this}
         */
        public Builder language(@Nullable String value) {
            this.language = value;
            return this;
        }

        /**
         * Sets the condition's name as the article's title.
         *
         * @param value the value, or {@code null} for none
         * @return {@code this}
         */
        public Builder title(@Nullable String value) {
            this.title = value;
            return this;
        }

        /**
         * Adds other names for the condition.
         *
         * @param values the values to add, in order
         * @return {@code this}
         * @throws NullPointerException if a value is {@code null}
         */
        public Builder alsoCalled(String... values) {
            for (String v : values) {
                this.alsoCalled.add(Objects.requireNonNull(v, "alsoCalled must not hold null"));
            }
            return this;
        }

        /**
         * Adds codes for the condition in controlled vocabularies.
         *
         * @param values the values to add, in order
         * @return {@code this}
         * @throws NullPointerException if a value is {@code null}
         */
        public Builder codes(MedicalCode... values) {
            for (MedicalCode v : values) {
                this.codes.add(Objects.requireNonNull(v, "codes must not hold null"));
            }
            return this;
        }

        /**
         * Adds the paragraphs that define the condition.
         *
         * @param values the values to add, in order
         * @return {@code this}
         * @throws NullPointerException if a value is {@code null}
         */
        public Builder definition(String... values) {
            for (String v : values) {
                this.definition.add(Objects.requireNonNull(v, "definition must not hold null"));
            }
            return this;
        }

        /**
         * Adds illustrations that go with the definition, with their credits.
         *
         * @param values the values to add, in order
         * @return {@code this}
         * @throws NullPointerException if a value is {@code null}
         */
        public Builder media(Media... values) {
            for (Media v : values) {
                this.media.add(Objects.requireNonNull(v, "media must not hold null"));
            }
            return this;
        }

        /**
         * Adds the paragraphs on causes.
         *
         * @param values the values to add, in order
         * @return {@code this}
         * @throws NullPointerException if a value is {@code null}
         */
        public Builder causes(String... values) {
            for (String v : values) {
                this.causes.add(Objects.requireNonNull(v, "causes must not hold null"));
            }
            return this;
        }

        /**
         * Sets the risk factors section; optional.
         *
         * @param value the value, or {@code null} for none
         * @return {@code this}
         */
        public Builder riskFactors(@Nullable RiskFactors value) {
            this.riskFactors = value;
            return this;
        }

        /**
         * Adds the paragraphs on symptoms.
         *
         * @param values the values to add, in order
         * @return {@code this}
         * @throws NullPointerException if a value is {@code null}
         */
        public Builder symptoms(String... values) {
            for (String v : values) {
                this.symptoms.add(Objects.requireNonNull(v, "symptoms must not hold null"));
            }
            return this;
        }

        /**
         * Adds the paragraphs on diagnosis.
         *
         * @param values the values to add, in order
         * @return {@code this}
         * @throws NullPointerException if a value is {@code null}
         */
        public Builder diagnosis(String... values) {
            for (String v : values) {
                this.diagnosis.add(Objects.requireNonNull(v, "diagnosis must not hold null"));
            }
            return this;
        }

        /**
         * Sets the treatment section; optional.
         *
         * @param value the value, or {@code null} for none
         * @return {@code this}
         */
        public Builder treatment(@Nullable Treatments value) {
            this.treatment = value;
            return this;
        }

        /**
         * Sets the prevention section; optional.
         *
         * @param value the value, or {@code null} for none
         * @return {@code this}
         */
        public Builder prevention(@Nullable Prevention value) {
            this.prevention = value;
            return this;
        }

        /**
         * Sets the medications section; optional.
         *
         * @param value the value, or {@code null} for none
         * @return {@code this}
         */
        public Builder medications(@Nullable Medications value) {
            this.medications = value;
            return this;
        }

        /**
         * Adds further sections, in reading order, after the typed ones.
         *
         * @param values the values to add, in order
         * @return {@code this}
         * @throws NullPointerException if a value is {@code null}
         */
        public Builder sections(Section... values) {
            for (Section v : values) {
                this.sections.add(Objects.requireNonNull(v, "sections must not hold null"));
            }
            return this;
        }

        /**
         * Adds organizations to contact, grouped by region.
         *
         * @param values the values to add, in order
         * @return {@code this}
         * @throws NullPointerException if a value is {@code null}
         */
        public Builder resources(ResourceGroup... values) {
            for (ResourceGroup v : values) {
                this.resources.add(Objects.requireNonNull(v, "resources must not hold null"));
            }
            return this;
        }

        /**
         * Adds the works the article cites.
         *
         * @param values the values to add, in order
         * @return {@code this}
         * @throws NullPointerException if a value is {@code null}
         */
        public Builder references(Reference... values) {
            for (Reference v : values) {
                this.references.add(Objects.requireNonNull(v, "references must not hold null"));
            }
            return this;
        }

        /**
         * Adds the people who wrote and reviewed the article.
         *
         * @param values the values to add, in order
         * @return {@code this}
         * @throws NullPointerException if a value is {@code null}
         */
        public Builder contributors(Contributor... values) {
            for (Contributor v : values) {
                this.contributors.add(Objects.requireNonNull(v, "contributors must not hold null"));
            }
            return this;
        }

        /**
         * Sets the article's copyright; optional.
         *
         * @param value the value, or {@code null} for none
         * @return {@code this}
         */
        public Builder copyright(@Nullable Copyright value) {
            this.copyright = value;
            return this;
        }

        /**
         * Sets the review statement and dates; optional.
         *
         * @param value the value, or {@code null} for none
         * @return {@code this}
         */
        public Builder review(@Nullable Review value) {
            this.review = value;
            return this;
        }

        /**
         * Sets the medical disclaimer shown with the article; optional.
         *
         * @param value the value, or {@code null} for none
         * @return {@code this}
         */
        public Builder disclaimer(@Nullable String value) {
            this.disclaimer = value;
            return this;
        }

        /**
         * Sets where readers send comments; optional.
         *
         * @param value the value, or {@code null} for none
         * @return {@code this}
         */
        public Builder feedback(@Nullable Feedback value) {
            this.feedback = value;
            return this;
        }

        /**
         * Adds ids of related articles.
         *
         * @param values the values to add, in order
         * @return {@code this}
         * @throws NullPointerException if a value is {@code null}
         */
        public Builder related(String... values) {
            for (String v : values) {
                this.related.add(Objects.requireNonNull(v, "related must not hold null"));
            }
            return this;
        }

        /**
         * Adds suppressions of editorial rules.
         *
         * @param values the values to add, in order
         * @return {@code this}
         * @throws NullPointerException if a value is {@code null}
         */
        public Builder suppressions(Suppression... values) {
            for (Suppression v : values) {
                this.suppressions.add(Objects.requireNonNull(v, "suppressions must not hold null"));
            }
            return this;
        }

        /**
         * Builds the article. Content is not validated here; run the loader or a validator.
         *
         * @return the article
         * @throws NullPointerException if the id or the title is not set
         */
        public Condition build() {
            Objects.requireNonNull(id, "id must be set");
            Objects.requireNonNull(title, "title must be set");
            return new Condition(formatVersion, id, language, title, alsoCalled, codes, definition, media, causes, riskFactors, symptoms, diagnosis, treatment, prevention, medications, sections, resources, references, contributors, copyright, review, disclaimer, feedback, related,
                    suppressions);
        }
    }
}
