package org.conditioncontent.render.text;

import static org.conditioncontent.render.internal.EnglishPhrases.isPresent;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Contributor;
import org.conditioncontent.model.Copyright;
import org.conditioncontent.model.Feedback;
import org.conditioncontent.model.Measure;
import org.conditioncontent.model.Media;
import org.conditioncontent.model.MedicalCode;
import org.conditioncontent.model.Medication;
import org.conditioncontent.model.Medications;
import org.conditioncontent.model.Prevention;
import org.conditioncontent.model.Reference;
import org.conditioncontent.model.Resource;
import org.conditioncontent.model.ResourceGroup;
import org.conditioncontent.model.Review;
import org.conditioncontent.model.RiskFactor;
import org.conditioncontent.model.RiskFactors;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.Treatment;
import org.conditioncontent.model.Treatments;
import org.conditioncontent.render.Renderer;
import org.conditioncontent.render.internal.EnglishPhrases;
import org.conditioncontent.render.internal.Headings;
import org.conditioncontent.render.internal.ReferenceFormat;
import org.jspecify.annotations.Nullable;

/**
 * Renders an article as plain text in the layout of the publisher's own export: the title, the
 * word "Condition", other names in parentheses, then each part under its heading, one paragraph or
 * list item per line, list items after {@code "- "} (nested ones indented by two spaces a level),
 * and the credits and notices at the end.
 *
 * <pre>{@code
 * String text = new TextRenderer().render(condition);
 * }</pre>
 *
 * <p>Lines end with {@code "\n"} and the document ends with one. A part with no content is left
 * out with its heading. Nothing is escaped: the text is written as the article holds it. The
 * format name is {@code text}, the media type {@code text/plain; charset=UTF-8} and the file
 * extension {@code txt}. Immutable and thread-safe.
 */
public final class TextRenderer implements Renderer {

    /** Creates a renderer. The text renderer has no options. */
    public TextRenderer() {}

    /**
     * {@inheritDoc}
     *
     * @return {@code text}
     */
    @Override
    public String format() {
        return "text";
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code text/plain; charset=UTF-8}
     */
    @Override
    public String mediaType() {
        return "text/plain; charset=UTF-8";
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code txt}
     */
    @Override
    public String fileExtension() {
        return "txt";
    }

    /**
     * Renders an article as text.
     *
     * @param condition the article
     * @param out where the text goes; it is not flushed or closed
     * @throws UncheckedIOException if writing to {@code out} fails
     */
    @Override
    public void render(Condition condition, Appendable out) {
        new Lines(out).article(condition);
    }

    /** The writing of one article: all state of one call. */
    private static final class Lines {
        private final Appendable out;

        Lines(Appendable out) {
            this.out = out;
        }

        void article(Condition c) {
            header(c);
            definition(c);
            paragraphs(Headings.CAUSES, c.causes());
            riskFactors(c.riskFactors());
            paragraphs(Headings.SYMPTOMS, c.symptoms());
            paragraphs(Headings.DIAGNOSIS, c.diagnosis());
            treatment(c.treatment());
            prevention(c.prevention());
            medications(c.medications());
            for (Section section : c.sections()) {
                section(section);
            }
            resources(c.resources());
            references(c.references());
            contributors(c.contributors());
            copyright(c.copyright());
            review(c.review());
            if (isPresent(c.disclaimer())) {
                line(c.disclaimer());
            }
            feedback(c.feedback());
            if (!c.related().isEmpty()) {
                line("Related: " + String.join(", ", c.related()));
            }
        }

        private void header(Condition c) {
            line(c.title());
            line("Condition");
            if (!c.alsoCalled().isEmpty()) {
                line("(" + String.join("; ", c.alsoCalled()) + ")");
            }
            if (!c.codes().isEmpty()) {
                List<String> codes = new ArrayList<>(c.codes().size());
                for (MedicalCode code : c.codes()) {
                    String system = code.system() == null ? "" : code.system().displayName() + " ";
                    codes.add(system + code.code() + (isPresent(code.display()) ? " (" + code.display() + ")" : ""));
                }
                line("Codes: " + String.join("; ", codes));
            }
        }

        private void definition(Condition c) {
            if (c.definition().isEmpty() && c.media().isEmpty()) {
                return;
            }
            line(Headings.DEFINITION);
            lines(c.definition());
            for (Media media : c.media()) {
                line(media.credit());
            }
            // The seed sets the illustration's credit off from the text that follows with a blank
            // line; without an illustration there is nothing to set off.
            if (!c.media().isEmpty()) {
                line("");
            }
        }

        private void riskFactors(@Nullable RiskFactors r) {
            if (r == null || (r.summary().isEmpty() && !isPresent(r.leadIn()) && r.items().isEmpty())) {
                return;
            }
            line(Headings.RISK_FACTORS);
            lines(r.summary());
            leadIn(r.leadIn());
            riskFactorItems(r.items(), 0);
        }

        private void riskFactorItems(List<RiskFactor> items, int depth) {
            for (RiskFactor item : items) {
                item(EnglishPhrases.riskFactor(item, depth), depth);
                riskFactorItems(item.items(), depth + 1);
            }
        }

        private void treatment(@Nullable Treatments t) {
            if (t == null || (t.summary().isEmpty() && !isPresent(t.leadIn()) && t.options().isEmpty())) {
                return;
            }
            line(Headings.TREATMENT);
            lines(t.summary());
            leadIn(t.leadIn());
            for (Treatment option : t.options()) {
                item(EnglishPhrases.withNote(option.name(), option.note()), 0);
            }
        }

        private void prevention(@Nullable Prevention p) {
            if (p == null || (p.summary().isEmpty() && !isPresent(p.leadIn()) && p.measures().isEmpty())) {
                return;
            }
            line(Headings.PREVENTION);
            lines(p.summary());
            leadIn(p.leadIn());
            for (Measure measure : p.measures()) {
                item(EnglishPhrases.withNote(measure.name(), measure.note()), 0);
            }
        }

        private void medications(@Nullable Medications m) {
            if (m == null || (m.summary().isEmpty() && !isPresent(m.leadIn()) && m.items().isEmpty())) {
                return;
            }
            line(Headings.MEDICATIONS);
            lines(m.summary());
            leadIn(m.leadIn());
            for (Medication medication : m.items()) {
                item(EnglishPhrases.withNote(medication.name(), medication.note()), 0);
            }
        }

        private void section(Section s) {
            if (s.paragraphs().isEmpty() && !isPresent(s.leadIn()) && s.items().isEmpty()) {
                return;
            }
            line(isPresent(s.heading()) ? s.heading() : Headings.of(s.kind()));
            lines(s.paragraphs());
            leadIn(s.leadIn());
            for (String item : s.items()) {
                item(item, 0);
            }
        }

        private void resources(List<ResourceGroup> groups) {
            if (groups.stream().allMatch(g -> g.items().isEmpty())) {
                return;
            }
            line(Headings.RESOURCES);
            for (ResourceGroup group : groups) {
                if (group.items().isEmpty()) {
                    continue;
                }
                if (isPresent(group.heading())) {
                    line(group.heading().toUpperCase(Locale.ROOT) + ":");
                }
                for (Resource resource : group.items()) {
                    String name = EnglishPhrases.withNote(
                            isPresent(resource.site()) ? resource.site() : resource.organization(),
                            isPresent(resource.site()) ? resource.organization() : null);
                    line(isPresent(resource.url()) ? name + " <" + resource.url().strip() + ">" : name);
                }
            }
        }

        private void references(List<Reference> references) {
            if (references.isEmpty()) {
                return;
            }
            line(Headings.REFERENCES);
            for (Reference reference : references) {
                item(ReferenceFormat.plain(reference), 0);
            }
        }

        private void contributors(List<Contributor> contributors) {
            if (contributors.isEmpty()) {
                return;
            }
            line(Headings.CONTRIBUTORS);
            for (Contributor contributor : contributors) {
                item(contributor.name() + (isPresent(contributor.credentials()) ? ", " + contributor.credentials() : ""), 0);
            }
        }

        private void copyright(@Nullable Copyright copyright) {
            if (copyright == null) {
                return;
            }
            // "(C)", as the seed writes it: plain text may end up in places without "©".
            line("(C) Copyright " + (copyright.year() == null ? "" : copyright.year() + " ") + copyright.holder());
        }

        private void review(@Nullable Review review) {
            if (review == null) {
                return;
            }
            List<String> dates = new ArrayList<>(2);
            if (review.lastReviewed() != null) {
                dates.add("Last reviewed: " + review.lastReviewed() + ".");
            }
            if (review.nextReview() != null) {
                dates.add("Next review: " + review.nextReview() + ".");
            }
            if (!dates.isEmpty()) {
                line(String.join(" ", dates));
            }
            if (!review.reviewers().isEmpty()) {
                line("Reviewed by: " + String.join(", ", review.reviewers()) + ".");
            }
            if (isPresent(review.statement())) {
                line(review.statement());
            }
        }

        private void feedback(@Nullable Feedback feedback) {
            if (feedback == null) {
                return;
            }
            line(feedback.invitation() + " " + feedback.email() + ".");
        }

        private void paragraphs(String heading, List<String> paragraphs) {
            if (!paragraphs.isEmpty()) {
                line(heading);
                lines(paragraphs);
            }
        }

        private void leadIn(@Nullable String leadIn) {
            if (isPresent(leadIn)) {
                line(leadIn);
            }
        }

        private void item(String text, int depth) {
            for (int i = 0; i < depth; i++) {
                Renderer.append(out, "  ");
            }
            Renderer.append(out, "- ");
            line(text);
        }

        private void lines(List<String> lines) {
            for (String l : lines) {
                line(l);
            }
        }

        /** Writes a line; {@code null}, which only an unvalidated record holds, as an empty one. */
        private void line(@Nullable String text) {
            Renderer.append(out, text == null ? "" : text);
            Renderer.append(out, "\n");
        }
    }
}
