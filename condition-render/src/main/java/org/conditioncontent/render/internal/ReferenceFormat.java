package org.conditioncontent.render.internal;

import static org.conditioncontent.render.internal.EnglishPhrases.isPresent;

import java.util.ArrayList;
import java.util.List;
import org.conditioncontent.model.Author;
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
 * <p>After the main text come, when present, {@code doi:...}, {@code PMID: ...} and
 * {@code Accessed yyyy-mm-dd.} Absent parts are left out with their punctuation; a sentence that
 * already ends with a full stop, question mark or exclamation mark gets no second one.
 */
public final class ReferenceFormat implements CitationStyle {

    /** The one instance: the style has no options. */
    public static final ReferenceFormat HOUSE = new ReferenceFormat();

    private ReferenceFormat() {}

    @Override
    public List<CitationPart> parts(Reference reference, Labels labels) {
        return format(reference, labels);
    }

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
        return format(reference, Labels.english());
    }

    private static List<CitationPart> format(Reference reference, Labels labels) {
        Parts parts = new Parts();
        String authors = authors(reference);
        if (!authors.isEmpty()) {
            parts.sentence(Kind.TEXT, authors);
        }
        if (isPresent(reference.title())) {
            parts.sentence(Kind.TITLE, reference.title().strip());
        }
        String source = source(reference, labels);
        if (!source.isEmpty()) {
            parts.sentence(Kind.TEXT, source);
        }
        if (isPresent(reference.url())) {
            parts.separate();
            parts.add(Kind.TEXT, labels.get(Labels.Label.AVAILABLE_AT) + ": ");
            String url = reference.url().strip();
            parts.add(Kind.URL, url);
            parts.endSentence(url);
        }
        if (isPresent(reference.doi())) {
            parts.separate();
            parts.add(Kind.TEXT, "doi:");
            parts.add(Kind.DOI, reference.doi().strip());
        }
        if (isPresent(reference.pmid())) {
            parts.separate();
            parts.add(Kind.TEXT, "PMID: ");
            parts.add(Kind.PMID, reference.pmid().strip());
        }
        if (reference.accessed() != null) {
            parts.separate();
            parts.add(Kind.TEXT, labels.fill(Labels.Label.ACCESSED, "{date}", reference.accessed().toString()) + ".");
        }
        return List.copyOf(parts.list);
    }

    /**
     * The author list: "Family, Given" (or the literal name) for each, joined with ", ", then
     * ", et al" when the list is cut short.
     */
    private static String authors(Reference reference) {
        StringBuilder s = new StringBuilder();
        for (Author author : reference.authors()) {
            String name = author(author);
            if (name.isEmpty()) {
                continue;
            }
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(name);
        }
        // "et al" without any author before it would read as a name, so it needs at least one.
        if (reference.etAl() && s.length() > 0) {
            s.append(", et al");
        }
        return s.toString();
    }

    private static String author(Author author) {
        if (isPresent(author.literal())) {
            return author.literal().strip();
        }
        if (isPresent(author.family()) && isPresent(author.given())) {
            return author.family().strip() + ", " + author.given().strip();
        }
        if (isPresent(author.family())) {
            return author.family().strip();
        }
        return isPresent(author.given()) ? author.given().strip() : "";
    }

    /**
     * Where the work appeared: "Journal, 2020; 10 (1): 2638", "Site website, Publisher, 2020" or
     * "Publisher, 2020".
     */
    private static String source(Reference reference, Labels labels) {
        List<String> head = new ArrayList<>(3);
        ReferenceType type = reference.type() == null ? ReferenceType.ARTICLE_JOURNAL : reference.type();
        switch (type) {
            case ARTICLE_JOURNAL -> addIfPresent(head, reference.journal());
            case WEBPAGE -> {
                if (isPresent(reference.site())) {
                    head.add(labels.fill(Labels.Label.WEBSITE, "{site}", reference.site().strip()));
                }
                addIfPresent(head, reference.publisher());
            }
            case BOOK, REPORT -> addIfPresent(head, reference.publisher());
        }
        if (reference.year() != null) {
            head.add(reference.year().toString());
        }
        String source = String.join(", ", head);
        String locator = locator(reference);
        if (locator.isEmpty()) {
            return source;
        }
        return source.isEmpty() ? locator : source + "; " + locator;
    }

    /** Volume, issue and pages: "10 (1): 2638", "(1): 2638", "10: 2638", "2638". */
    private static String locator(Reference reference) {
        StringBuilder s = new StringBuilder();
        if (isPresent(reference.volume())) {
            s.append(reference.volume().strip());
        }
        if (isPresent(reference.issue())) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append('(').append(reference.issue().strip()).append(')');
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

    private static boolean endsSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '?' || last == '!';
    }

    /** The parts collected so far, with the sentence punctuation rules. */
    private static final class Parts {
        private final List<CitationPart> list = new ArrayList<>();

        void add(Kind kind, String text) {
            if (text.isEmpty()) {
                return;
            }
            int last = list.size() - 1;
            if (kind == Kind.TEXT && last >= 0 && list.get(last).kind() == Kind.TEXT) {
                list.set(last, new CitationPart(Kind.TEXT, list.get(last).text() + text));
            } else {
                list.add(new CitationPart(kind, text));
            }
        }

        /** A space between sentences, but none before the first. */
        void separate() {
            if (!list.isEmpty()) {
                add(Kind.TEXT, " ");
            }
        }

        void sentence(Kind kind, String text) {
            separate();
            add(kind, text);
            endSentence(text);
        }

        void endSentence(String text) {
            if (!endsSentence(text)) {
                add(Kind.TEXT, ".");
            }
        }
    }
}
