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
 * The AMA citation style (AMA Manual of Style, 11th edition, chapter 3), written by hand rather
 * than with a CSL processor (see docs/decisions.md):
 *
 * <ul>
 *   <li>journal article: {@code Butler JV, Mulkerrin EC, O'Keeffe ST. Nocturnal leg cramps in older
 *       people. Postgraduate Medical Journal. 2002;78(924):596-598.} then {@code doi:...} with no
 *       full stop;
 *   <li>web page: {@code Author. Title. Site. Published October 2019. Accessed October 4, 2019.
 *       https://...} (the URL last, with no full stop);
 *   <li>book or report: {@code Author. Title. Publisher; 2020.}
 * </ul>
 *
 * <p>Authors are family name then initials without full stops or spaces ({@code J. V.} becomes
 * {@code JV}, {@code Mary-Beth} becomes {@code M-B}); all of them are listed up to six, else the
 * first three and "et al"; a list the article marks as cut short ends in "et al" too. The part set
 * off ({@link Kind#TITLE}, italic in HTML) is the journal's or the book's name; the journal is
 * written as the article names it, since the model holds no NLM abbreviation.
 */
public final class AmaCitations implements CitationStyle {

    /** The one instance: the style has no options. */
    public static final AmaCitations STYLE = new AmaCitations();

    /** AMA lists every author up to this many, and otherwise the first three and "et al". */
    private static final int ALL_AUTHORS_UP_TO = 6;
    private static final int FIRST_AUTHORS = 3;

    private AmaCitations() {}

    @Override
    public List<CitationPart> parts(Reference reference, Labels labels) {
        List<CitationPart> parts = new ArrayList<>(8);
        ReferenceType type = reference.type() == null ? ReferenceType.ARTICLE_JOURNAL : reference.type();
        String authors = authors(reference);
        if (!authors.isEmpty()) {
            sentence(parts, Kind.TEXT, authors);
        }
        switch (type) {
            case ARTICLE_JOURNAL -> {
                if (isPresent(reference.title())) {
                    sentence(parts, Kind.TEXT, reference.title().strip());
                }
                if (isPresent(reference.journal())) {
                    sentence(parts, Kind.TITLE, reference.journal().strip());
                }
                String locator = journalLocator(reference);
                if (!locator.isEmpty()) {
                    sentence(parts, Kind.TEXT, locator);
                }
            }
            case WEBPAGE -> {
                if (isPresent(reference.title())) {
                    sentence(parts, Kind.TEXT, reference.title().strip());
                }
                String site = isPresent(reference.site()) ? reference.site() : reference.publisher();
                if (isPresent(site)) {
                    sentence(parts, Kind.TEXT, site.strip());
                }
                PartialDate published = published(reference);
                if (published != null) {
                    sentence(parts, Kind.TEXT, labels.get(Labels.Label.PUBLISHED) + " " + labels.date(published));
                }
            }
            case BOOK, REPORT -> {
                if (isPresent(reference.title())) {
                    sentence(parts, Kind.TITLE, reference.title().strip());
                }
                String publisher = isPresent(reference.publisher()) ? reference.publisher().strip() : "";
                String year = reference.year() == null ? "" : reference.year().toString();
                String source = publisher.isEmpty() || year.isEmpty() ? publisher + year : publisher + "; " + year;
                if (!source.isEmpty()) {
                    sentence(parts, Kind.TEXT, source);
                }
            }
        }
        if (reference.accessed() != null) {
            sentence(parts, Kind.TEXT,
                    labels.fill(Labels.Label.ACCESSED, "{date}", labels.date(PartialDate.of(reference.accessed()))));
        }
        if (isPresent(reference.url()) && type != ReferenceType.ARTICLE_JOURNAL) {
            separate(parts);
            parts.add(new CitationPart(Kind.URL, reference.url().strip()));
        }
        if (isPresent(reference.doi())) {
            separate(parts);
            add(parts, Kind.TEXT, "doi:");
            parts.add(new CitationPart(Kind.DOI, reference.doi().strip()));
        } else if (isPresent(reference.url()) && type == ReferenceType.ARTICLE_JOURNAL) {
            // AMA prefers the DOI; an article without one is cited with its address instead.
            separate(parts);
            parts.add(new CitationPart(Kind.URL, reference.url().strip()));
        }
        return List.copyOf(parts);
    }

    private static String authors(Reference reference) {
        List<String> names = new ArrayList<>(reference.authors().size());
        for (Author author : reference.authors()) {
            String name = author(author);
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        boolean cut = reference.etAl() || names.size() > ALL_AUTHORS_UP_TO;
        if (names.size() > ALL_AUTHORS_UP_TO) {
            names = names.subList(0, FIRST_AUTHORS);
        }
        if (names.isEmpty()) {
            return "";
        }
        return String.join(", ", names) + (cut ? ", et al" : "");
    }

    private static String author(Author author) {
        if (isPresent(author.literal())) {
            return author.literal().strip();
        }
        String family = isPresent(author.family()) ? author.family().strip() : "";
        String initials = isPresent(author.given()) ? initials(author.given()) : "";
        return family.isEmpty() || initials.isEmpty() ? family + initials : family + " " + initials;
    }

    /** "J. V." and "Jean Victor" give "JV"; "Mary-Beth" gives "M-B". */
    static String initials(String given) {
        StringBuilder s = new StringBuilder(4);
        for (String word : given.strip().split("[\\s.]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String[] pieces = word.split("-");
            for (int i = 0; i < pieces.length; i++) {
                if (pieces[i].isEmpty()) {
                    continue;
                }
                if (i > 0) {
                    s.append('-');
                }
                s.appendCodePoint(Character.toUpperCase(pieces[i].codePointAt(0)));
            }
        }
        return s.toString();
    }

    /** "2002;78(924):596-598", with what is absent left out with its punctuation. */
    private static String journalLocator(Reference reference) {
        StringBuilder s = new StringBuilder();
        if (reference.year() != null) {
            s.append(reference.year());
        }
        if (isPresent(reference.volume())) {
            s.append(s.length() > 0 ? ";" : "").append(reference.volume().strip());
        }
        String issue = isPresent(reference.issue()) ? reference.issue().strip() : "";
        if (isPresent(reference.supplement())) {
            issue = (issue.isEmpty() ? "" : issue + " ") + "suppl " + reference.supplement().strip();
        }
        if (!issue.isEmpty()) {
            s.append('(').append(issue).append(')');
        }
        if (isPresent(reference.pages())) {
            s.append(s.length() > 0 ? ":" : "").append(reference.pages().strip());
        }
        return s.toString();
    }

    private static @Nullable PartialDate published(Reference reference) {
        if (reference.year() == null) {
            return null;
        }
        if (reference.month() == null) {
            return PartialDate.ofYear(reference.year());
        }
        return new PartialDate(reference.year(), reference.month(), reference.day());
    }

    private static void sentence(List<CitationPart> parts, Kind kind, String text) {
        separate(parts);
        if (kind == Kind.TEXT) {
            add(parts, Kind.TEXT, text);
        } else {
            parts.add(new CitationPart(kind, text));
        }
        char last = text.charAt(text.length() - 1);
        if (last != '.' && last != '?' && last != '!') {
            add(parts, Kind.TEXT, ".");
        }
    }

    private static void separate(List<CitationPart> parts) {
        if (!parts.isEmpty()) {
            add(parts, Kind.TEXT, " ");
        }
    }

    /** Adds a text part, merged into the one before when that is text too. */
    private static void add(List<CitationPart> parts, Kind kind, String text) {
        int last = parts.size() - 1;
        if (last >= 0 && parts.get(last).kind() == Kind.TEXT) {
            parts.set(last, new CitationPart(Kind.TEXT, parts.get(last).text() + text));
        } else {
            parts.add(new CitationPart(kind, text));
        }
    }
}
