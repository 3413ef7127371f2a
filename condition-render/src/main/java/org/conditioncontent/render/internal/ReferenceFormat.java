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
     * The citation as plain text: the parts' texts one after another, written straight into one
     * builder rather than cut into parts and joined, since the text renderer cites every
     * reference so.
     *
     * @param reference the reference
     * @param labels the words of the article's language
     * @return the citation
     */
    @Override
    public String plain(Reference reference, Labels labels) {
        PlainText text = new PlainText();
        write(reference, labels, text);
        return text.toString();
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
        write(reference, labels, parts);
        return parts.list();
    }

    private static void write(Reference reference, Labels labels, Citation parts) {
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
            parts.add(Kind.TEXT, labels.get(Labels.Label.AVAILABLE_AT));
            parts.add(Kind.TEXT, ": ");
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
            parts.add(Kind.TEXT, labels.fill(Labels.Label.ACCESSED, "{date}", reference.accessed().toString()));
            parts.add(Kind.TEXT, ".");
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

    /** Where a citation goes, piece by piece, with the sentence punctuation rules. */
    private abstract static class Citation {

        /** Adds a piece whose text is not empty. */
        abstract void append(Kind kind, String text);

        /** Whether nothing was added yet. */
        abstract boolean isEmpty();

        final void add(Kind kind, String text) {
            if (!text.isEmpty()) {
                append(kind, text);
            }
        }

        /** A space between sentences, but none before the first. */
        final void separate() {
            if (!isEmpty()) {
                add(Kind.TEXT, " ");
            }
        }

        final void sentence(Kind kind, String text) {
            separate();
            add(kind, text);
            endSentence(text);
        }

        final void endSentence(String text) {
            if (!endsSentence(text)) {
                add(Kind.TEXT, ".");
            }
        }
    }

    /** The citation as typed parts; adjacent text is gathered into one part. */
    private static final class Parts extends Citation {
        private final List<CitationPart> list = new ArrayList<>();
        /** Text not yet made a part, since more text may follow it. */
        private final StringBuilder text = new StringBuilder();

        @Override
        void append(Kind kind, String value) {
            if (kind == Kind.TEXT) {
                text.append(value);
                return;
            }
            flush();
            list.add(new CitationPart(kind, value));
        }

        @Override
        boolean isEmpty() {
            return list.isEmpty() && text.length() == 0;
        }

        List<CitationPart> list() {
            flush();
            return List.copyOf(list);
        }

        private void flush() {
            if (text.length() > 0) {
                list.add(new CitationPart(Kind.TEXT, text.toString()));
                text.setLength(0);
            }
        }
    }

    /** The citation as plain text. */
    private static final class PlainText extends Citation {
        private final StringBuilder text = new StringBuilder(128);

        @Override
        void append(Kind kind, String value) {
            text.append(value);
        }

        @Override
        boolean isEmpty() {
            return text.length() == 0;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
