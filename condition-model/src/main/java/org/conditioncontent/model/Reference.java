package org.conditioncontent.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.conditioncontent.model.constraints.NullOrNotBlank;
import org.conditioncontent.model.constraints.WebUrl;
import org.jspecify.annotations.Nullable;

/**
 * A work the article cites, with the fields of CSL-JSON that health references use.
 *
 * @param type the kind of work
 * @param authors the authors, in order; empty for works without named authors
 * @param etAl whether the author list is cut short and more authors exist
 * @param title the work's title
 * @param journal the journal, for a journal article (CSL {@code container-title})
 * @param site the web site, for a web page ("EBSCO DynaMed")
 * @param publisher the publisher; optional
 * @param year the year of publication
 * @param month the month of publication, 1 to 12; optional
 * @param day the day of publication; optional, only with a month
 * @param volume the journal volume ("10")
 * @param issue the journal issue ("1")
 * @param supplement the issue's supplement ("Suppl 2"); optional
 * @param pages the page or page range, or an article number ("617-623", "2638")
 * @param epub when the work was published online ahead of print; optional
 * @param doi the DOI without a resolver prefix ("10.1038/s41598-020-59538-7")
 * @param pmid the PubMed identifier ("28265662")
 * @param pmcid the PubMed Central identifier ("PMC6890138"); optional
 * @param url where to read the work online
 * @param accessed when the online work was read
 */
public record Reference(
        @NotNull ReferenceType type,
        List<@Valid Author> authors,
        boolean etAl,
        @NotBlank String title,
        @NullOrNotBlank @Nullable String journal,
        @NullOrNotBlank @Nullable String site,
        @NullOrNotBlank @Nullable String publisher,
        @Min(value = 1000, message = "must be a four-digit year") @Max(value = 9999, message = "must be a four-digit year") @Nullable Integer year,
        @Min(value = 1, message = "must be a month from 1 to 12") @Max(value = 12, message = "must be a month from 1 to 12") @Nullable Integer month,
        @Min(value = 1, message = "must be a day from 1 to 31") @Max(value = 31, message = "must be a day from 1 to 31") @Nullable Integer day,
        @NullOrNotBlank @Nullable String volume,
        @NullOrNotBlank @Nullable String issue,
        @NullOrNotBlank @Nullable String supplement,
        @NullOrNotBlank @Nullable String pages,
        @Nullable PartialDate epub,
        @Pattern(regexp = DOI_PATTERN, message = "must be a DOI such as 10.1000/xyz123, without https://doi.org/") @Nullable String doi,
        @Pattern(regexp = PMID_PATTERN, message = "must be a PubMed id: 1 to 9 digits, not starting with 0, such as 28265662") @Nullable String pmid,
        @Pattern(regexp = "PMC[1-9]\\d{0,9}", message = "must be a PubMed Central id such as PMC6890138") @Nullable String pmcid,
        @WebUrl @Nullable String url,
        @Nullable LocalDate accessed) {

    /** The pattern of a DOI without a resolver prefix: "10.", the registrant, "/", the suffix. */
    public static final String DOI_PATTERN = "10\\.\\d{4,9}/\\S+";

    /** The pattern of a PubMed identifier: one to nine digits, without a leading zero. */
    public static final String PMID_PATTERN = "[1-9]\\d{0,8}";

    /**
     * Normalises the list: {@code null} becomes empty; elements must not be {@code null}.
     *
     * @param type the kind of work
     * @param authors the authors, in order; empty for works without named authors
     * @param etAl whether the author list is cut short and more authors exist
     * @param title the work's title
     * @param journal the journal, for a journal article (CSL {@code container-title})
     * @param site the web site, for a web page ("EBSCO DynaMed")
     * @param publisher the publisher; optional
     * @param year the year of publication
     * @param month the month of publication, 1 to 12; optional
     * @param day the day of publication; optional, only with a month
     * @param volume the journal volume ("10")
     * @param issue the journal issue ("1")
     * @param supplement the issue's supplement ("Suppl 2"); optional
     * @param pages the page or page range, or an article number ("617-623", "2638")
     * @param epub when the work was published online ahead of print; optional
     * @param doi the DOI without a resolver prefix ("10.1038/s41598-020-59538-7")
     * @param pmid the PubMed identifier ("28265662")
     * @param pmcid the PubMed Central identifier ("PMC6890138"); optional
     * @param url where to read the work online
     * @param accessed when the online work was read
     */
    public Reference {
        authors = Lists.copy(authors);
    }

    /**
     * Starts a builder for a reference of the given type.
     *
     * @param type the kind of work
     * @return a new builder
     */
    public static Builder builder(ReferenceType type) {
        return new Builder(type);
    }

    /**
     * A builder pre-filled with this reference's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(type);
        b.authors.addAll(authors);
        b.etAl = etAl;
        b.title = title;
        b.journal = journal;
        b.site = site;
        b.publisher = publisher;
        b.year = year;
        b.month = month;
        b.day = day;
        b.volume = volume;
        b.issue = issue;
        b.supplement = supplement;
        b.pages = pages;
        b.epub = epub;
        b.doi = doi;
        b.pmid = pmid;
        b.pmcid = pmcid;
        b.url = url;
        b.accessed = accessed;
        return b;
    }

    /** Builds a {@link Reference}; every component but the type starts absent or empty. Not thread-safe. */
    public static final class Builder {
        private ReferenceType type;
        private final List<Author> authors = new ArrayList<>();
        private boolean etAl;
        private @Nullable String title;
        private @Nullable String journal;
        private @Nullable String site;
        private @Nullable String publisher;
        private @Nullable Integer year;
        private @Nullable Integer month;
        private @Nullable Integer day;
        private @Nullable String volume;
        private @Nullable String issue;
        private @Nullable String supplement;
        private @Nullable String pages;
        private @Nullable PartialDate epub;
        private @Nullable String doi;
        private @Nullable String pmid;
        private @Nullable String pmcid;
        private @Nullable String url;
        private @Nullable LocalDate accessed;

        private Builder(ReferenceType type) {
            this.type = Objects.requireNonNull(type, "type must not be null");
        }

        /**
         * Sets the kind of work.
         *
         * @param value the kind of work
         * @return {@code this}
         */
        public Builder type(ReferenceType value) {
            this.type = Objects.requireNonNull(value, "type must not be null");
            return this;
        }

        /**
         * Sets an author to add after those already added.
         *
         * @param value an author to add after those already added
         * @return {@code this}
         */
        public Builder author(Author value) {
            authors.add(Objects.requireNonNull(value, "author must not be null"));
            return this;
        }

        /**
         * Adds a person as the next author.
         *
         * @param family the family name
         * @param given the given names or initials
         * @return {@code this}
         */
        public Builder author(String family, String given) {
            return author(Author.person(family, given));
        }

        /**
         * Sets whether more authors exist than are listed; defaults to {@code false}.
         *
         * @param value whether more authors exist than are listed; defaults to {@code false}
         * @return {@code this}
         */
        public Builder etAl(boolean value) {
            this.etAl = value;
            return this;
        }

        /**
         * Sets the title.
         *
         * @param value the title
         * @return {@code this}
         */
        public Builder title(@Nullable String value) {
            this.title = value;
            return this;
        }

        /**
         * Sets the journal.
         *
         * @param value the journal
         * @return {@code this}
         */
        public Builder journal(@Nullable String value) {
            this.journal = value;
            return this;
        }

        /**
         * Sets the web site.
         *
         * @param value the web site
         * @return {@code this}
         */
        public Builder site(@Nullable String value) {
            this.site = value;
            return this;
        }

        /**
         * Sets the publisher.
         *
         * @param value the publisher
         * @return {@code this}
         */
        public Builder publisher(@Nullable String value) {
            this.publisher = value;
            return this;
        }

        /**
         * Sets the year of publication.
         *
         * @param value the year of publication
         * @return {@code this}
         */
        public Builder year(@Nullable Integer value) {
            this.year = value;
            return this;
        }

        /**
         * Sets the month of publication, 1 to 12.
         *
         * @param value the month of publication, 1 to 12
         * @return {@code this}
         */
        public Builder month(@Nullable Integer value) {
            this.month = value;
            return this;
        }

        /**
         * Sets the day of publication.
         *
         * @param value the day of publication
         * @return {@code this}
         */
        public Builder day(@Nullable Integer value) {
            this.day = value;
            return this;
        }

        /**
         * Sets the issue's supplement.
         *
         * @param value the issue's supplement
         * @return {@code this}
         */
        public Builder supplement(@Nullable String value) {
            this.supplement = value;
            return this;
        }

        /**
         * Sets the date of online publication ahead of print.
         *
         * @param value the date of online publication ahead of print
         * @return {@code this}
         */
        public Builder epub(@Nullable PartialDate value) {
            this.epub = value;
            return this;
        }

        /**
         * Sets the PubMed Central identifier.
         *
         * @param value the PubMed Central identifier
         * @return {@code this}
         */
        public Builder pmcid(@Nullable String value) {
            this.pmcid = value;
            return this;
        }

        /**
         * Sets the volume.
         *
         * @param value the volume
         * @return {@code this}
         */
        public Builder volume(@Nullable String value) {
            this.volume = value;
            return this;
        }

        /**
         * Sets the issue.
         *
         * @param value the issue
         * @return {@code this}
         */
        public Builder issue(@Nullable String value) {
            this.issue = value;
            return this;
        }

        /**
         * Sets the pages or article number.
         *
         * @param value the pages or article number
         * @return {@code this}
         */
        public Builder pages(@Nullable String value) {
            this.pages = value;
            return this;
        }

        /**
         * Sets the DOI, without a resolver prefix.
         *
         * @param value the DOI, without a resolver prefix
         * @return {@code this}
         */
        public Builder doi(@Nullable String value) {
            this.doi = value;
            return this;
        }

        /**
         * Sets the PubMed id.
         *
         * @param value the PubMed id
         * @return {@code this}
         */
        public Builder pmid(@Nullable String value) {
            this.pmid = value;
            return this;
        }

        /**
         * Sets the URL.
         *
         * @param value the URL
         * @return {@code this}
         */
        public Builder url(@Nullable String value) {
            this.url = value;
            return this;
        }

        /**
         * Sets when the online work was read.
         *
         * @param value when the online work was read
         * @return {@code this}
         */
        public Builder accessed(@Nullable LocalDate value) {
            this.accessed = value;
            return this;
        }

        /**
         * Builds the reference. Content is not validated here; run a validator or the loader.
         *
         * @return the reference
         * @throws NullPointerException if the title was not set
         */
        public Reference build() {
            Objects.requireNonNull(title, "title must be set");
            return new Reference(type, authors, etAl, title, journal, site, publisher, year, month, day, volume,
                    issue, supplement, pages, epub, doi, pmid, pmcid, url, accessed);
        }
    }
}
