package org.conditioncontent.render.internal;

import static org.conditioncontent.render.internal.EnglishPhrases.isPresent;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.conditioncontent.model.Author;
import org.conditioncontent.model.PartialDate;
import org.conditioncontent.model.Reference;
import org.conditioncontent.model.ReferenceType;
import org.conditioncontent.render.CitationPart.Kind;
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
public final class AmaCitations extends BuiltInCitationStyle {

    /** The one instance: the style has no options. */
    public static final AmaCitations STYLE = new AmaCitations();

    /** AMA lists every author up to this many, and otherwise the first three and "et al". */
    private static final int ALL_AUTHORS_UP_TO = 6;
    private static final int FIRST_AUTHORS = 3;

    private AmaCitations() {}

    @Override
    void cite(Reference reference, Labels labels, LabelledText out) {
        ReferenceType type = reference.type() == null ? ReferenceType.ARTICLE_JOURNAL : reference.type();
        String authors = authors(reference);
        if (!authors.isEmpty()) {
            out.sentence(Kind.TEXT, authors);
        }
        switch (type) {
            case ARTICLE_JOURNAL -> {
                if (isPresent(reference.title())) {
                    out.sentence(Kind.TEXT, reference.title().strip());
                }
                if (isPresent(reference.journal())) {
                    out.sentence(Kind.TITLE, reference.journal().strip());
                }
                String locator = journalLocator(reference);
                if (!locator.isEmpty()) {
                    out.sentence(Kind.TEXT, locator);
                }
            }
            case WEBPAGE -> {
                if (isPresent(reference.title())) {
                    out.sentence(Kind.TEXT, reference.title().strip());
                }
                String site = isPresent(reference.site()) ? reference.site() : reference.publisher();
                if (isPresent(site)) {
                    out.sentence(Kind.TEXT, site.strip());
                }
                PartialDate published = published(reference);
                if (published != null) {
                    labelSentence(out, labels.get(Labels.Label.PUBLISHED) + " " + labels.date(published));
                }
            }
            case BOOK, REPORT -> {
                if (isPresent(reference.title())) {
                    out.sentence(Kind.TITLE, reference.title().strip());
                }
                String publisher = isPresent(reference.publisher()) ? reference.publisher().strip() : "";
                String year = reference.year() == null ? "" : reference.year().toString();
                String source = publisher.isEmpty() || year.isEmpty() ? publisher + year : publisher + "; " + year;
                if (!source.isEmpty()) {
                    out.sentence(Kind.TEXT, source);
                }
            }
        }
        if (reference.accessed() != null) {
            // The date is in the label set's words too: "Accessed October 4, 2019".
            labelSentence(out, labels.fill(Labels.Label.ACCESSED, "{date}", labels.date(PartialDate.of(reference.accessed()))));
        }
        if (isPresent(reference.url()) && type != ReferenceType.ARTICLE_JOURNAL) {
            out.separate();
            out.part(Kind.URL, reference.url().strip());
        }
        if (isPresent(reference.doi())) {
            out.separate();
            out.text("doi:").part(Kind.DOI, reference.doi().strip());
        } else if (isPresent(reference.url()) && type == ReferenceType.ARTICLE_JOURNAL) {
            // AMA prefers the DOI; an article without one is cited with its address instead.
            out.separate();
            out.part(Kind.URL, reference.url().strip());
        }
    }

    /** A sentence in the label set's words alone. */
    private static void labelSentence(LabelledText out, String words) {
        out.separate();
        out.label(words);
        out.endSentence();
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
            // The format's supplement holds its word ("Suppl 2"); AMA writes it lower case, once.
            String supplement = reference.supplement().strip().replaceFirst("(?i)^suppl(?:ement)?\\b\\.?\\s*", "");
            issue = (issue.isEmpty() ? "" : issue + " ") + (supplement.isEmpty() ? "suppl" : "suppl " + supplement);
        }
        if (!issue.isEmpty()) {
            s.append('(').append(issue).append(')');
        }
        if (isPresent(reference.pages())) {
            s.append(s.length() > 0 ? ":" : "").append(reference.pages().strip());
        }
        return s.toString();
    }

    /**
     * The reference's date of publication, as precise as its parts allow. The loader rejects a
     * date the calendar does not have, but an article built in code skips the loader, and a
     * renderer never fails on content: an impossible day is dropped (February 2020, not
     * "February 31"), then an impossible month, and a year that is not four digits gives no date.
     */
    private static @Nullable PartialDate published(Reference reference) {
        Integer year = reference.year();
        if (year == null || year < 1000 || year > 9999) {
            return null;
        }
        Integer month = reference.month();
        if (month == null || month < 1 || month > 12) {
            return PartialDate.ofYear(year);
        }
        Integer day = reference.day();
        if (day == null || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return PartialDate.ofMonth(year, month);
        }
        return new PartialDate(year, month, day);
    }
}
