package org.conditioncontent.loader.format1;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.conditioncontent.model.Contributor;
import org.conditioncontent.model.Copyright;
import org.conditioncontent.model.Feedback;
import org.conditioncontent.model.Media;
import org.conditioncontent.model.MedicalCode;
import org.conditioncontent.model.Reference;
import org.conditioncontent.model.ResourceGroup;
import org.conditioncontent.model.Suppression;
import org.conditioncontent.model.constraints.FileName;
import org.conditioncontent.model.constraints.NullOrNotBlank;
import org.conditioncontent.model.constraints.ReadableText;
import org.jspecify.annotations.Nullable;

/**
 * An article in format 1, as it was read before format 2: bound and validated as such so that a
 * format-1 file keeps every structural diagnostic, then upgraded ({@link Upgrade}). Field names
 * and constraints are those of format 1 and must not change.
 *
 * @param formatVersion the version of the article format this article is written in; 1 here
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
        @NotBlank @Pattern(regexp = org.conditioncontent.model.Condition.ID_PATTERN, message = "must be lower-case letters and digits separated by single hyphens, such as nocturnal-leg-cramps") @FileName String id,
        @Pattern(regexp = org.conditioncontent.model.Condition.LANGUAGE_TAG_PATTERN, message = "must be a BCP 47 language tag such as en-US") @Nullable String language,
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
        List<@NotBlank @Pattern(regexp = org.conditioncontent.model.Condition.ID_PATTERN, message = "must be the id of another article, such as restless-legs-syndrome") String> related,
        List<@Valid Suppression> suppressions) {

    /**
     * Normalises the lists: {@code null} becomes empty; elements must not be {@code null}.
     *
     * @param formatVersion the version of the article format this article is written in; 1 here
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
}
