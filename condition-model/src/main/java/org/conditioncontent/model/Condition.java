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
import org.conditioncontent.model.constraints.WebUrl;
import org.conditioncontent.model.outline.Outline;
import org.jspecify.annotations.Nullable;

/**
 * A patient-education article about one health condition: its names and codes, its body of
 * sections in the publisher's reading order, the organizations to contact, references, and the
 * article's details (publisher, address, dates, contributors, copyright, review, disclaimer).
 *
 * <p>Build one with {@link #builder(String, String)}. The record is immutable; its lists are
 * never {@code null} and never hold {@code null}. Constructing it does not validate content: the
 * loader (or any Jakarta Validation provider) checks the constraints and reports every problem.
 * Ask it for the items of one meaning, whatever shape the publisher gave them, with
 * {@link #items(ItemKind)}; walk it in reading order with {@link Outline}.
 *
 * <pre>{@code
 * Condition c = Condition.builder("nocturnal-leg-cramps", "Nocturnal Leg Cramps")
 *         .alsoCalled("Muscle Cramps")
 *         .body(Section.of(SectionKind.DEFINITION,
 *                 Paragraph.of("Nocturnal leg cramps are sudden spasms in the lower leg and foot muscles.")))
 *         .build();
 * }</pre>
 *
 * @param formatVersion the version of the article format this article is written in; {@value #FORMAT_VERSION} is current,
 *     and the only one an article in memory holds (older files are upgraded when loaded)
 * @param id the article's stable identifier, also its file name in exports ("nocturnal-leg-cramps")
 * @param language the article's language as a BCP 47 tag ("en-US"); optional
 * @param title the condition's name as the article's title
 * @param subtitle a line under the title ("A guide for runners"); optional
 * @param series the series or collection the article belongs to ("Bone, Joint, and Muscle Disorders"); optional
 * @param alsoCalled other names for the condition
 * @param codes codes for the condition in controlled vocabularies
 * @param body the article's sections in the publisher's reading order
 * @param resources organizations to contact, grouped by region
 * @param references the works the article cites
 * @param contributors the people and organizations who wrote and reviewed the article
 * @param publisher the organization that publishes the article; optional
 * @param url the article's canonical address on the web; optional
 * @param published when the article was first published, to the precision the publisher gives; optional
 * @param updated when the article was last updated, to the precision the publisher gives; optional
 * @param review the review statement and dates; optional
 * @param copyright the article's copyright; absent for a public-domain article
 * @param disclaimer the medical disclaimer shown with the article; optional
 * @param feedback where readers send comments; optional
 * @param related ids of related articles
 * @param suppressions editorial rules silenced for single fields, each with its reason
 */
public record Condition(
        @NotNull @Min(value = 1, message = "must be 1 or more") Integer formatVersion,
        @NotBlank @Pattern(regexp = ID_PATTERN, message = "must be lower-case letters and digits separated by single hyphens, such as nocturnal-leg-cramps") @FileName String id,
        @Pattern(regexp = LANGUAGE_TAG_PATTERN, message = "must be a BCP 47 language tag such as en-US") @Nullable String language,
        @NotBlank @ReadableText String title,
        @NullOrNotBlank @Nullable String subtitle,
        @NullOrNotBlank @Nullable String series,
        List<@NotBlank String> alsoCalled,
        List<@Valid MedicalCode> codes,
        List<@Valid Section> body,
        List<@Valid ResourceGroup> resources,
        List<@Valid Reference> references,
        List<@Valid Contributor> contributors,
        @Valid @Nullable Publisher publisher,
        @WebUrl @Nullable String url,
        @Nullable PartialDate published,
        @Nullable PartialDate updated,
        @Valid @Nullable Review review,
        @Valid @Nullable Copyright copyright,
        @NullOrNotBlank @Nullable String disclaimer,
        @Valid @Nullable Feedback feedback,
        List<@NotBlank @Pattern(regexp = ID_PATTERN, message = "must be the id of another article, such as restless-legs-syndrome") String> related,
        List<@Valid Suppression> suppressions) {

    /** The article format version this library writes; it also reads every earlier one. */
    public static final int FORMAT_VERSION = 2;

    /** The pattern of an article id: lower-case letters and digits separated by single hyphens. */
    public static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    /**
     * The pattern of a language tag: a BCP 47 tag of a two- or three-letter language and subtags
     * of two to eight letters or digits ("en", "en-US", "es-419"). The one definition, which the
     * renderers use too, so that a tag the loader accepts is never dropped from a page.
     */
    public static final String LANGUAGE_TAG_PATTERN = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*";

    /**
     * Normalises the lists: {@code null} becomes empty; elements must not be {@code null}.
     *
     * @param formatVersion the version of the article format this article is written in; {@value #FORMAT_VERSION} is current
     * @param id the article's stable identifier, also its file name in exports ("nocturnal-leg-cramps")
     * @param language the article's language as a BCP 47 tag ("en-US"); optional
     * @param title the condition's name as the article's title
     * @param subtitle a line under the title ("A guide for runners"); optional
     * @param series the series or collection the article belongs to ("Bone, Joint, and Muscle Disorders"); optional
     * @param alsoCalled other names for the condition
     * @param codes codes for the condition in controlled vocabularies
     * @param body the article's sections in the publisher's reading order
     * @param resources organizations to contact, grouped by region
     * @param references the works the article cites
     * @param contributors the people and organizations who wrote and reviewed the article
     * @param publisher the organization that publishes the article; optional
     * @param url the article's canonical address on the web; optional
     * @param published when the article was first published, to the precision the publisher gives; optional
     * @param updated when the article was last updated, to the precision the publisher gives; optional
     * @param review the review statement and dates; optional
     * @param copyright the article's copyright; absent for a public-domain article
     * @param disclaimer the medical disclaimer shown with the article; optional
     * @param feedback where readers send comments; optional
     * @param related ids of related articles
     * @param suppressions editorial rules silenced for single fields, each with its reason
     */
    public Condition {
        alsoCalled = Lists.copy(alsoCalled);
        codes = Lists.copy(codes);
        body = Lists.copy(body);
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
     * @throws NullPointerException if the id or the title is {@code null}
     */
    public static Builder builder(String id, String title) {
        return new Builder().id(id).title(title);
    }

    /**
     * The list items of one kind, in reading order, wherever they stand in the body: in lists,
     * nested under other items, in asides and nested sections. An item's kind is its own
     * {@link Item#kind()}, else its parent item's, else its section's
     * {@link SectionKind#itemKind()} (see {@link Outline}).
     *
     * @param kind the kind, such as {@link ItemKind#RISK_FACTOR}
     * @return the items; empty when the article has none
     */
    public List<Item> items(ItemKind kind) {
        Objects.requireNonNull(kind, "kind must not be null");
        return Outline.of(this).items(kind);
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
        b.subtitle = subtitle;
        b.series = series;
        b.alsoCalled.addAll(alsoCalled);
        b.codes.addAll(codes);
        b.body.addAll(body);
        b.resources.addAll(resources);
        b.references.addAll(references);
        b.contributors.addAll(contributors);
        b.publisher = publisher;
        b.url = url;
        b.published = published;
        b.updated = updated;
        b.review = review;
        b.copyright = copyright;
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
        private Integer formatVersion = FORMAT_VERSION;
        private @Nullable String id;
        private @Nullable String language;
        private @Nullable String title;
        private @Nullable String subtitle;
        private @Nullable String series;
        private final List<String> alsoCalled = new ArrayList<>();
        private final List<MedicalCode> codes = new ArrayList<>();
        private final List<Section> body = new ArrayList<>();
        private final List<ResourceGroup> resources = new ArrayList<>();
        private final List<Reference> references = new ArrayList<>();
        private final List<Contributor> contributors = new ArrayList<>();
        private @Nullable Publisher publisher;
        private @Nullable String url;
        private @Nullable PartialDate published;
        private @Nullable PartialDate updated;
        private @Nullable Review review;
        private @Nullable Copyright copyright;
        private @Nullable String disclaimer;
        private @Nullable Feedback feedback;
        private final List<String> related = new ArrayList<>();
        private final List<Suppression> suppressions = new ArrayList<>();

        private Builder() {}

        /**
         * Sets the version of the article format. The model holds articles in the current format
         * only (the loader upgrades older files), so {@value #FORMAT_VERSION} is the one value
         * accepted; the setter is kept so that code written against earlier versions compiles.
         * The JSON renderer writes {@value #FORMAT_VERSION} whatever the article says.
         *
         * @param value {@value #FORMAT_VERSION}, the default
         * @return {@code this}
         * @throws NullPointerException if the value is {@code null}
         * @throws IllegalArgumentException if the value is not {@value #FORMAT_VERSION}: an article
         *     labelled with another version would be written as a document that does not load
         *     back as it was
         */
        public Builder formatVersion(Integer value) {
            Objects.requireNonNull(value, "formatVersion must not be null");
            if (value != FORMAT_VERSION) {
                throw new IllegalArgumentException("formatVersion must be " + FORMAT_VERSION
                        + ", the format the model holds (older files are upgraded when loaded), but it is " + value);
            }
            this.formatVersion = value;
            return this;
        }

        /**
         * Sets the article's stable identifier, also its file name in exports ("nocturnal-leg-cramps"). Required.
         *
         * @param value the value
         * @return {@code this}
         * @throws NullPointerException if the value is {@code null}: an article always has one
         */
        public Builder id(String value) {
            this.id = Objects.requireNonNull(value, "id must not be null");
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
         * Sets the condition's name as the article's title. Required.
         *
         * @param value the value
         * @return {@code this}
         * @throws NullPointerException if the value is {@code null}: an article always has one
         */
        public Builder title(String value) {
            this.title = Objects.requireNonNull(value, "title must not be null");
            return this;
        }

        /**
         * Sets a line under the title ("A guide for runners"); optional.
         *
         * @param value the value, or {@code null} for none
         * @return {@code this}
         */
        public Builder subtitle(@Nullable String value) {
            this.subtitle = value;
            return this;
        }

        /**
         * Sets the series or collection the article belongs to ("Bone, Joint, and Muscle Disorders"); optional.
         *
         * @param value the value, or {@code null} for none
         * @return {@code this}
         */
        public Builder series(@Nullable String value) {
            this.series = value;
            return this;
        }

        /**
         * Adds other names for the condition.
         *
         * @param values the values to add
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
         * @param values the values to add
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
         * Adds the article's sections in the publisher's reading order.
         *
         * @param values the values to add
         * @return {@code this}
         * @throws NullPointerException if a value is {@code null}
         */
        public Builder body(Section... values) {
            for (Section v : values) {
                this.body.add(Objects.requireNonNull(v, "body must not hold null"));
            }
            return this;
        }

        /**
         * Adds organizations to contact, grouped by region.
         *
         * @param values the values to add
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
         * @param values the values to add
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
         * Adds the people and organizations who wrote and reviewed the article.
         *
         * @param values the values to add
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
         * Sets the organization that publishes the article; optional.
         *
         * @param value the value, or {@code null} for none
         * @return {@code this}
         */
        public Builder publisher(@Nullable Publisher value) {
            this.publisher = value;
            return this;
        }

        /**
         * Sets the article's canonical address on the web; optional.
         *
         * @param value the value, or {@code null} for none
         * @return {@code this}
         */
        public Builder url(@Nullable String value) {
            this.url = value;
            return this;
        }

        /**
         * Sets when the article was first published, to the precision the publisher gives; optional.
         *
         * @param value the value, or {@code null} for none
         * @return {@code this}
         */
        public Builder published(@Nullable PartialDate value) {
            this.published = value;
            return this;
        }

        /**
         * Sets when the article was last updated, to the precision the publisher gives; optional.
         *
         * @param value the value, or {@code null} for none
         * @return {@code this}
         */
        public Builder updated(@Nullable PartialDate value) {
            this.updated = value;
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
         * Sets the article's copyright; absent for a public-domain article.
         *
         * @param value the value, or {@code null} for none
         * @return {@code this}
         */
        public Builder copyright(@Nullable Copyright value) {
            this.copyright = value;
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
         * @param values the values to add
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
         * Adds editorial rules silenced for single fields, each with its reason.
         *
         * @param values the values to add
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
         * Builds the article. Content is not validated here; run the loader or a validator. The id
         * and the title are the only values checked, for {@code null}: the builder always has
         * them unless it was made by {@link Condition#toBuilder()} from an article built with the
         * canonical constructor, which checks nothing (so that every value can be represented,
         * and reported by a validator rather than thrown).
         *
         * @return the article
         * @throws NullPointerException if the id or the title is {@code null}
         */
        public Condition build() {
            Objects.requireNonNull(id, "id must be set");
            Objects.requireNonNull(title, "title must be set");
            return new Condition(formatVersion, id, language, title, subtitle, series, alsoCalled, codes, body, resources,
                    references, contributors, publisher, url, published, updated, review, copyright, disclaimer, feedback,
                    related, suppressions);
        }
    }
}
