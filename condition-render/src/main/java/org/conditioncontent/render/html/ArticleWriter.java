package org.conditioncontent.render.html;

import static org.conditioncontent.render.internal.EnglishPhrases.isPresent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import org.conditioncontent.render.internal.EnglishPhrases;
import org.conditioncontent.render.internal.Headings;
import org.conditioncontent.render.internal.HtmlWriter;
import org.conditioncontent.render.internal.ReferenceFormat;
import org.conditioncontent.render.internal.UrlPolicy;
import org.jspecify.annotations.Nullable;

/**
 * Writes one article as an {@code <article>} element. Holds the state of one rendering (the
 * writer and the section ids used so far), so it is made anew for every call.
 *
 * <p>Content from an article that skipped validation must still make a valid page: a blank title
 * falls back to the id, a link without text shows its address, and a date outside the years
 * 1 to 9999 (which have no {@code yyyy-mm-dd} form) is written as text without {@code <time>}.
 */
final class ArticleWriter {


    /** The title of an article whose title and id are both blank, which only an unvalidated one has. */
    static final String UNTITLED = "Untitled condition";

    private final HtmlWriter html;
    private final int titleLevel;
    private final Set<String> ids = new HashSet<>();

    ArticleWriter(HtmlWriter html, int titleLevel) {
        this.html = html;
        this.titleLevel = titleLevel;
    }

    /**
     * The title to show for an article: its title, or its id when the title is blank, so that the
     * page's {@code <title>}, its top heading and the structured data are never empty.
     *
     * @param c the article
     * @return the title, never blank
     */
    static String title(Condition c) {
        if (isPresent(c.title())) {
            return c.title();
        }
        return isPresent(c.id()) ? c.id() : UNTITLED;
    }

    /**
     * Writes the article.
     *
     * @param c the article
     * @param jsonLd whether to end the article with its schema.org JSON-LD, as a fragment does
     *     when asked for it (a full page carries it in the head instead)
     */
    void write(Condition c, boolean jsonLd) {
        html.raw("<article>\n");
        header(c);
        definition(c);
        paragraphs("causes", Headings.CAUSES, c.causes());
        riskFactors(c.riskFactors());
        paragraphs("symptoms", Headings.SYMPTOMS, c.symptoms());
        paragraphs("diagnosis", Headings.DIAGNOSIS, c.diagnosis());
        treatment(c.treatment());
        prevention(c.prevention());
        medications(c.medications());
        for (Section s : c.sections()) {
            section(s);
        }
        resources(c.resources());
        references(c.references());
        footer(c);
        if (jsonLd) {
            html.jsonScript(JsonLd.of(c)).newline();
        }
        html.raw("</article>\n");
    }

    private void header(Condition c) {
        html.raw("<header>\n");
        heading(titleLevel, title(c), null);
        if (!c.alsoCalled().isEmpty()) {
            html.start("p", "class", "also-called").text("Also called: " + String.join("; ", c.alsoCalled())).end("p").newline();
        }
        if (!c.codes().isEmpty()) {
            html.start("p", "class", "codes").text("Codes: ");
            boolean first = true;
            for (MedicalCode code : c.codes()) {
                if (!first) {
                    html.text("; ");
                }
                first = false;
                if (code.system() != null) {
                    html.text(code.system().displayName() + " ");
                }
                html.element("code", code.code());
                if (isPresent(code.display())) {
                    html.text(" (" + code.display() + ")");
                }
            }
            html.end("p").newline();
        }
        html.raw("</header>\n");
    }

    private void definition(Condition c) {
        if (c.definition().isEmpty() && c.media().isEmpty()) {
            return;
        }
        section("definition", Headings.DEFINITION, () -> {
            paragraphs(c.definition());
            for (Media media : c.media()) {
                media(media);
            }
        });
    }

    private void media(Media media) {
        String src = UrlPolicy.imageSource(media.url());
        if (src == null) {
            html.element("p", media.credit(), "class", "credit").newline();
            return;
        }
        // An empty alt marks the image as decorative, which is right when nothing describes it.
        String alt = isPresent(media.description()) ? media.description().strip() : "";
        html.raw("<figure>\n");
        html.start("img", "src", src, "alt", alt).newline();
        html.element("figcaption", media.credit(), "class", "credit").newline();
        html.raw("</figure>\n");
    }

    private void riskFactors(@Nullable RiskFactors r) {
        if (r == null || (r.summary().isEmpty() && !isPresent(r.leadIn()) && r.items().isEmpty())) {
            return;
        }
        section("risk-factors", Headings.RISK_FACTORS, () -> {
            paragraphs(r.summary());
            leadIn(r.leadIn());
            riskFactorList(r.items(), 0);
        });
    }

    private void riskFactorList(List<RiskFactor> items, int depth) {
        if (items.isEmpty()) {
            return;
        }
        html.raw("<ul>\n");
        for (RiskFactor item : items) {
            html.raw("<li>").text(EnglishPhrases.riskFactor(item, depth));
            if (!item.items().isEmpty()) {
                html.newline();
                riskFactorList(item.items(), depth + 1);
            }
            html.raw("</li>\n");
        }
        html.raw("</ul>\n");
    }

    private void treatment(@Nullable Treatments t) {
        if (t == null || (t.summary().isEmpty() && !isPresent(t.leadIn()) && t.options().isEmpty())) {
            return;
        }
        List<String> items = new ArrayList<>(t.options().size());
        for (Treatment option : t.options()) {
            items.add(EnglishPhrases.withNote(option.name(), option.note()));
        }
        section("treatment", Headings.TREATMENT, () -> listSection(t.summary(), t.leadIn(), items));
    }

    private void prevention(@Nullable Prevention p) {
        if (p == null || (p.summary().isEmpty() && !isPresent(p.leadIn()) && p.measures().isEmpty())) {
            return;
        }
        List<String> items = new ArrayList<>(p.measures().size());
        for (Measure measure : p.measures()) {
            items.add(EnglishPhrases.withNote(measure.name(), measure.note()));
        }
        section("prevention", Headings.PREVENTION, () -> listSection(p.summary(), p.leadIn(), items));
    }

    private void medications(@Nullable Medications m) {
        if (m == null || (m.summary().isEmpty() && !isPresent(m.leadIn()) && m.items().isEmpty())) {
            return;
        }
        List<String> items = new ArrayList<>(m.items().size());
        for (Medication medication : m.items()) {
            items.add(EnglishPhrases.withNote(medication.name(), medication.note()));
        }
        section("medications", Headings.MEDICATIONS, () -> listSection(m.summary(), m.leadIn(), items));
    }

    private void section(Section s) {
        if (s.paragraphs().isEmpty() && !isPresent(s.leadIn()) && s.items().isEmpty()) {
            return;
        }
        String heading = isPresent(s.heading()) ? s.heading() : Headings.of(s.kind());
        String id = s.kind() == null ? "section" : s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        section(id, heading, () -> listSection(s.paragraphs(), s.leadIn(), s.items()));
    }

    private void resources(List<ResourceGroup> groups) {
        if (groups.stream().allMatch(g -> g.items().isEmpty())) {
            return;
        }
        section("resources", Headings.RESOURCES, () -> {
            for (ResourceGroup group : groups) {
                if (group.items().isEmpty()) {
                    continue;
                }
                if (isPresent(group.heading())) {
                    heading(titleLevel + 2, group.heading(), null);
                }
                html.raw("<ul>\n");
                for (Resource resource : group.items()) {
                    html.raw("<li>");
                    resource(resource);
                    html.raw("</li>\n");
                }
                html.raw("</ul>\n");
            }
        });
    }

    private void resource(Resource resource) {
        String name = isPresent(resource.site())
                ? EnglishPhrases.withNote(resource.site(), resource.organization())
                : resource.organization();
        if (!isPresent(resource.url())) {
            html.text(name);
        } else if (UrlPolicy.linkTarget(resource.url()) != null) {
            html.link(resource.url(), name);
        } else {
            // Not a URL that may be a link: still shown, so nothing is lost, but only as text.
            html.text(name + " <" + resource.url().strip() + ">");
        }
    }

    private void references(List<Reference> references) {
        if (references.isEmpty()) {
            return;
        }
        section("references", Headings.REFERENCES, () -> {
            html.raw("<ol>\n");
            for (Reference reference : references) {
                html.raw("<li>");
                for (ReferenceFormat.Part part : ReferenceFormat.parts(reference)) {
                    referencePart(part);
                }
                html.raw("</li>\n");
            }
            html.raw("</ol>\n");
        });
    }

    private void referencePart(ReferenceFormat.Part part) {
        String text = part.text();
        switch (part.kind()) {
            case TEXT -> html.text(text);
            case TITLE -> html.element("cite", text);
            case URL -> html.link(text, text);
            case DOI -> {
                // Only what looks like a DOI gets a resolver link; anything else is the editor's slip, shown as text.
                if (JsonLd.isDoi(text)) {
                    html.linkTo("https://doi.org/" + UrlPolicy.encodePath(text), text);
                } else {
                    html.text(text);
                }
            }
            case PMID -> {
                if (JsonLd.isPmid(text)) {
                    html.linkTo("https://pubmed.ncbi.nlm.nih.gov/" + text + "/", text);
                } else {
                    html.text(text);
                }
            }
        }
    }

    private void footer(Condition c) {
        boolean any = !c.contributors().isEmpty() || c.copyright() != null || c.review() != null
                || isPresent(c.disclaimer()) || c.feedback() != null || !c.related().isEmpty();
        if (!any) {
            return;
        }
        html.raw("<footer>\n");
        contributors(c.contributors());
        copyright(c.copyright());
        review(c.review());
        if (isPresent(c.disclaimer())) {
            html.element("p", c.disclaimer(), "class", "disclaimer").newline();
        }
        feedback(c.feedback());
        if (!c.related().isEmpty()) {
            html.element("p", "Related: " + String.join(", ", c.related()), "class", "related").newline();
        }
        html.raw("</footer>\n");
    }

    private void contributors(List<Contributor> contributors) {
        if (contributors.isEmpty()) {
            return;
        }
        section("contributors", Headings.CONTRIBUTORS, () -> {
            html.raw("<ul>\n");
            for (Contributor contributor : contributors) {
                String credentials = isPresent(contributor.credentials()) ? ", " + contributor.credentials() : "";
                html.element("li", contributor.name() + credentials).newline();
            }
            html.raw("</ul>\n");
        });
    }

    private void copyright(@Nullable Copyright copyright) {
        if (copyright == null) {
            return;
        }
        String year = copyright.year() == null ? "" : copyright.year() + " ";
        html.element("p", "\u00a9 " + year + copyright.holder(), "class", "copyright").newline();
    }

    private void review(@Nullable Review review) {
        if (review == null) {
            return;
        }
        if (review.lastReviewed() != null || review.nextReview() != null) {
            html.start("p", "class", "review-dates");
            if (review.lastReviewed() != null) {
                html.text("Last reviewed: ");
                date(review.lastReviewed());
                html.text(".");
            }
            if (review.nextReview() != null) {
                if (review.lastReviewed() != null) {
                    html.text(" ");
                }
                html.text("Next review: ");
                date(review.nextReview());
                html.text(".");
            }
            html.end("p").newline();
        }
        if (!review.reviewers().isEmpty()) {
            html.element("p", "Reviewed by: " + String.join(", ", review.reviewers()) + ".", "class", "reviewers").newline();
        }
        if (isPresent(review.statement())) {
            html.element("p", review.statement(), "class", "review-statement").newline();
        }
    }

    private void date(LocalDate date) {
        String text = date.toString();
        if (JsonLd.isFourDigitYear(date)) {
            html.element("time", text, "datetime", text);
        } else {
            html.text(text);
        }
    }

    private void feedback(@Nullable Feedback feedback) {
        if (feedback == null) {
            return;
        }
        html.start("p", "class", "feedback").text(feedback.invitation() + " ");
        String mailto = UrlPolicy.mailto(feedback.email());
        if (mailto == null) {
            html.text(feedback.email());
        } else {
            html.linkTo(mailto, feedback.email().strip());
        }
        html.text(".").end("p").newline();
    }

    private void paragraphs(String id, String heading, List<String> paragraphs) {
        if (!paragraphs.isEmpty()) {
            section(id, heading, () -> paragraphs(paragraphs));
        }
    }

    /** Paragraphs, then a lead-in, then a list: the shape of most sections. */
    private void listSection(List<String> paragraphs, @Nullable String leadIn, List<String> items) {
        paragraphs(paragraphs);
        leadIn(leadIn);
        if (!items.isEmpty()) {
            html.raw("<ul>\n");
            for (String item : items) {
                html.element("li", item).newline();
            }
            html.raw("</ul>\n");
        }
    }

    private void paragraphs(List<String> paragraphs) {
        for (String p : paragraphs) {
            html.element("p", p).newline();
        }
    }

    private void leadIn(@Nullable String leadIn) {
        if (isPresent(leadIn)) {
            html.element("p", leadIn).newline();
        }
    }

    /**
     * A section labelled by its own heading. The id is the base id, or the base id with "-2",
     * "-3", ... when it was used before, so that a repeated section kind keeps ids unique.
     */
    private void section(String baseId, String heading, Runnable content) {
        String id = baseId;
        for (int n = 2; !ids.add(id); n++) {
            id = baseId + "-" + n;
        }
        html.start("section", "id", id, "aria-labelledby", id + "-heading").newline();
        heading(titleLevel + 1, heading, id + "-heading");
        content.run();
        html.raw("</section>\n");
    }

    private void heading(int level, String text, @Nullable String id) {
        if (level <= 6) {
            String tag = "h" + level;
            html.element(tag, text, "id", id).newline();
        } else {
            // HTML has no <h7>: the ARIA heading role carries the level for assistive technology.
            html.element("p", text, "role", "heading", "aria-level", Integer.toString(level), "id", id).newline();
        }
    }
}
