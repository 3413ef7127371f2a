package org.conditioncontent.render.internal;

import static org.conditioncontent.render.internal.EnglishPhrases.isPresent;

import java.util.ArrayList;
import java.util.List;
import org.conditioncontent.model.Author;
import org.conditioncontent.model.PartialDate;
import org.conditioncontent.model.Reference;
import org.conditioncontent.model.ReferenceType;
import org.conditioncontent.render.CitationPart;
import org.conditioncontent.render.CitationPart.Kind;
import org.conditioncontent.render.CitationStyle;
import org.conditioncontent.render.Labels;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link Reference} as a citation in the seed article's style ({@link CitationStyle#house()}),
 * as a list of typed {@linkplain CitationPart parts}: the text renderer writes them one after another, and the HTML renderer
 * puts the title in {@code <cite>} and turns URLs, DOIs and PubMed ids into links. Keeping the
 * punctuation here means both formats cite alike.
 *
 * <ul>
 *   <li>journal article: {@code Delacour, C., Chambe, J., et al. Title. Scientific Reports, 2020; 10 (1): 2638.}
 *   <li>web page: {@code Title. EBSCO DynaMed website. Available at: https://example.org/page.}
 *   <li>book or report: {@code Authors. Title. Publisher, 2020.}
 * </ul>
 *
 * <p>A supplement goes with the issue ({@code 87 (24 Suppl 2): 2585}). After the main text come,
 * when present, {@code doi:...}, {@code PMID: ...}, {@code PMCID: ...} and the access date in the
 * label set's words ({@code Accessed May 1, 2024.}). The month and day of publication and the
 * online date are left out, as journal citations leave them. Absent parts are left out with their
 * punctuation; a sentence that already ends with a full stop, question mark or exclamation mark
 * gets no second one.
 */
public final class ReferenceFormat extends BuiltInCitationStyle {

    /** The one instance: the style has no options. */
    public static final ReferenceFormat HOUSE = new ReferenceFormat();

    private ReferenceFormat() {}

    /**
     * The citation as plain text, as the text renderer writes it.
     *
     * @param reference the reference
     * @return the citation, on one line unless a field holds a line break
     */
    public static String plain(Reference reference) {
        return HOUSE.plain(reference, Labels.english());
    }

    /**
     * The citation as typed parts, in reading order. Adjacent {@link Kind#TEXT} parts are merged.
     *
     * @param reference the reference
     * @return the parts; empty only if the reference has no content at all
     */
    public static List<CitationPart> parts(Reference reference) {
        return HOUSE.parts(reference, Labels.english());
    }

    @Override
    void cite(Reference reference, Labels labels, LabelledText out) {
        String authors = authors(reference);
        if (!authors.isEmpty()) {
            out.sentence(Kind.TEXT, authors);
        }
        if (isPresent(reference.title())) {
            out.sentence(Kind.TITLE, reference.title().strip());
        }
        source(reference, labels, out);
        if (isPresent(reference.url())) {
            out.separate();
            out.label(labels.get(Labels.Label.AVAILABLE_AT)).text(": ").part(Kind.URL, reference.url().strip());
            out.endSentence();
        }
        if (isPresent(reference.doi())) {
            out.separate();
            out.text("doi:").part(Kind.DOI, reference.doi().strip());
        }
        if (isPresent(reference.pmid())) {
            out.separate();
            out.text("PMID: ").part(Kind.PMID, reference.pmid().strip());
        }
        if (isPresent(reference.pmcid())) {
            out.separate();
            out.text("PMCID: " + reference.pmcid().strip());
        }
        if (reference.accessed() != null) {
            out.separate();
            // The date is in the label set's words too ("March 14, 2025"), so all of it is theirs.
            out.label(labels.fill(Labels.Label.ACCESSED, "{date}", labels.date(PartialDate.of(reference.accessed())))).text(".");
        }
    }

    /**
     * The author list: "Family, Given" (or the literal name) for each, joined with ", ", then
     * ", et al" when the list is cut short.
     */
    private static String authors(Reference reference) {
        StringBuilder s = new StringBuilder(64);
        for (Author author : reference.authors()) {
            author(author, s);
        }
        // "et al" without any author before it would read as a name, so it needs at least one.
        if (reference.etAl() && s.length() > 0) {
            s.append(", et al");
        }
        return s.toString();
    }

    /** Appends ", " and the author's name, "Family, Given" (the comma only after another name), unless there is no name. */
    private static void author(Author author, StringBuilder s) {
        String literal = author.literal();
        String family = isPresent(author.family()) ? author.family().strip() : null;
        String given = isPresent(author.given()) ? author.given().strip() : null;
        if (!isPresent(literal) && family == null && given == null) {
            return;
        }
        if (s.length() > 0) {
            s.append(", ");
        }
        if (isPresent(literal)) {
            s.append(literal.strip());
            return;
        }
        if (family != null) {
            s.append(family);
        }
        if (family != null && given != null) {
            s.append(", ");
        }
        if (given != null) {
            s.append(given);
        }
    }

    /**
     * Where the work appeared, as a sentence: "Journal, 2020; 10 (1): 2638.", "Site website,
     * Publisher, 2020." or "Publisher, 2020."; nothing when none of it is known.
     */
    private static void source(Reference reference, Labels labels, LabelledText out) {
        ReferenceType type = reference.type() == null ? ReferenceType.ARTICLE_JOURNAL : reference.type();
        List<String> head = new ArrayList<>(2);
        switch (type) {
            case ARTICLE_JOURNAL -> addIfPresent(head, reference.journal());
            case WEBPAGE, BOOK, REPORT -> addIfPresent(head, reference.publisher());
        }
        if (reference.year() != null) {
            head.add(reference.year().toString());
        }
        String rest = String.join(", ", head);
        String locator = locator(reference);
        if (!locator.isEmpty()) {
            rest = rest.isEmpty() ? locator : rest + "; " + locator;
        }
        if (type != ReferenceType.WEBPAGE || !isPresent(reference.site())) {
            if (!rest.isEmpty()) {
                out.sentence(Kind.TEXT, rest);
            }
            return;
        }
        // The site's name goes into the label's words ("{site} website"), which stay the label set's.
        out.separate();
        out.fill(labels.get(Labels.Label.WEBSITE), "{site}", reference.site().strip());
        if (!rest.isEmpty()) {
            out.text(head.isEmpty() ? "; " : ", ").text(rest);
        }
        out.endSentence();
    }

    /** Volume, issue with its supplement, and pages: "10 (1): 2638", "87 (24 Suppl 2): 2585", "(1): 2638", "10: 2638", "2638". */
    private static String locator(Reference reference) {
        StringBuilder s = new StringBuilder();
        if (isPresent(reference.volume())) {
            s.append(reference.volume().strip());
        }
        String issue = isPresent(reference.issue()) ? reference.issue().strip() : "";
        if (isPresent(reference.supplement())) {
            issue = issue.isEmpty() ? reference.supplement().strip() : issue + " " + reference.supplement().strip();
        }
        if (!issue.isEmpty()) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append('(').append(issue).append(')');
        }
        if (isPresent(reference.pages())) {
            if (s.length() > 0) {
                s.append(": ");
            }
            s.append(reference.pages().strip());
        }
        return s.toString();
    }

    private static void addIfPresent(List<String> into, @Nullable String value) {
        if (isPresent(value)) {
            into.add(value.strip());
        }
    }
}
