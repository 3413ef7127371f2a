package org.conditioncontent.render.html;

import java.io.UncheckedIOException;
import java.text.CollationKey;
import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.conditioncontent.model.Condition;
import org.conditioncontent.render.internal.HtmlWriter;
import org.jspecify.annotations.Nullable;

/**
 * The A&ndash;Z index of an exported site, as health sites give readers: a row of letters that
 * jump to their part of the page, then under each letter the articles by title and the other names
 * they are known by, each other name leading to its article ("Charley horse, see Muscle Cramps").
 * Letters without an entry are shown but not linked. Titles and names that do not start with a
 * letter from A to Z (once accents are set aside) are listed first, under "0&ndash;9 and others".
 *
 * <pre>{@code
 * String page = AzIndexPage.render(conditions, "conditions.jsonl");   // html/index.html of conditions export
 * }</pre>
 *
 * <p>Links are relative ({@code <id>.html} beside the index), ids percent-encoded and every value
 * escaped, as on {@link IndexPage}; a title or name in a language other than English carries its
 * {@code lang}. A {@code bundle} file name, when given, is linked at the foot of the page for
 * partners who take every article at once. Stateless and thread-safe.
 */
public final class AzIndexPage {

    /** The page's title and its only {@code <h1>}. */
    static final String TITLE = "Conditions A\u2013Z";

    /** The page's description for search engines. */
    static final String DESCRIPTION = "Health condition articles from A to Z, with every other name a condition is known by.";

    /** The group of entries that start with no letter from A to Z. */
    private static final String OTHERS = "0\u20139 and others";

    /**
     * Upper-case Latin letters with no decomposition to A-Z (Æ, Œ, Ø, ẞ and the lower-case ß, whose
     * upper case is itself, Þ, Đ, Ð, Ł, Ħ, Ŧ, Ŋ), and beside them, at the same place,
     * the letter an A-Z index files each under.
     */
    private static final String LATIN_LETTERS_WITHOUT_DECOMPOSITION = "\u00c6\u0152\u00d8\u1e9e\u00df\u00de\u0110\u00d0\u0141\u0126\u0166\u014a";

    private static final String LATIN_LETTERS_FOLDED = "AOOSSTDDLHTN";

    /** The row of letters on one line, wrapping on a narrow screen, with room to tap each. */
    private static final String LETTERS_CSS = "ul.letters{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25em .75em}\n"
            + "ul.letters li{min-width:1.5em;text-align:center}\n";

    private AzIndexPage() {}

    /**
     * One line of the index: an article under its title, or under one of its other names. The
     * name's collation key is made once per entry: comparing keys orders names as the collator
     * does, and a sort that asked the collator instead compared each name about twenty times
     * (at 10,000 articles, the largest part of the export's index).
     */
    private record Entry(String name, CollationKey key, Condition article, boolean otherName) {}

    /** By name as the collator orders names, a title before another name, then by id. */
    private static final Comparator<Entry> ORDER = (a, b) -> {
        int byName = a.key().compareTo(b.key());
        if (byName != 0) {
            return byName;
        }
        int byKind = Boolean.compare(a.otherName(), b.otherName());
        return byKind != 0 ? byKind : IndexPage.id(a.article()).compareTo(IndexPage.id(b.article()));
    };

    /**
     * Renders the A&ndash;Z index of a set of articles.
     *
     * @param conditions the articles, in any order
     * @param bundle the file name of a bundle of every article to link at the foot of the page,
     *     such as {@code conditions.jsonl}; {@code null} for none
     * @param out where the page goes; it is not flushed or closed
     * @throws NullPointerException if the list, an article in it, or the output is {@code null}
     * @throws UncheckedIOException if writing to {@code out} fails
     */
    public static void render(List<Condition> conditions, @Nullable String bundle, Appendable out) {
        Objects.requireNonNull(conditions, "conditions must not be null");
        Objects.requireNonNull(out, "out must not be null");
        Map<String, List<Entry>> groups = groups(conditions);
        HtmlWriter html = new HtmlWriter(out);
        IndexPage.start(html, TITLE, DESCRIPTION, LETTERS_CSS);
        if (groups.isEmpty()) {
            html.element("p", "No articles.").newline();
        } else {
            letters(html, groups);
            for (Map.Entry<String, List<Entry>> group : groups.entrySet()) {
                String anchor = anchor(group.getKey());
                html.start("section", "aria-labelledby", anchor).newline();
                html.element("h2", group.getKey(), "id", anchor).newline();
                html.raw(Markup.UL);
                for (Entry e : group.getValue()) {
                    entry(html, e);
                }
                html.raw(Markup.END_UL_END_SECTION);
            }
        }
        if (bundle != null) {
            html.start("p", "class", "bundle").text("Every article in one file, for partners: ");
            html.start("a", "href", IndexPage.encode(bundle)).text(bundle).end("a");
            html.text(" (JSON Lines, one article a line).").end("p").newline();
        }
        html.raw(Markup.END_MAIN_END_BODY_END_HTML);
    }

    /**
     * Renders the A&ndash;Z index of a set of articles to a string.
     *
     * @param conditions the articles, in any order
     * @param bundle the file name of a bundle to link, or {@code null}
     * @return the whole page
     * @throws NullPointerException if the list or an article in it is {@code null}
     */
    public static String render(List<Condition> conditions, @Nullable String bundle) {
        StringBuilder out = new StringBuilder(1024 + 256 * conditions.size());
        render(conditions, bundle, out);
        return out.toString();
    }

    /** The entries by letter, the letters in order, the others first; each group sorted. */
    private static Map<String, List<Entry>> groups(List<Condition> conditions) {
        Collator collator = Collator.getInstance(Locale.ROOT);
        List<Entry> entries = new ArrayList<>();
        for (Condition c : conditions) {
            Objects.requireNonNull(c, "conditions must not hold null");
            String title = ArticleWriter.title(c);
            entries.add(new Entry(title, collator.getCollationKey(title), c, false));
            for (String name : c.alsoCalled()) {
                if (!name.isBlank()) {
                    String stripped = name.strip();
                    entries.add(new Entry(stripped, collator.getCollationKey(stripped), c, true));
                }
            }
        }
        entries.sort(ORDER);
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        groups.put(OTHERS, new ArrayList<>());
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            groups.put(String.valueOf(letter), new ArrayList<>());
        }
        for (Entry e : entries) {
            groups.computeIfAbsent(letter(e.name()), k -> new ArrayList<>()).add(e);
        }
        groups.values().removeIf(List::isEmpty);
        return groups;
    }

    /**
     * The letter an entry is filed under: its first letter or digit without accents or
     * compatibility forms (NFKD: "É" is E, "Ĳ" is I, a mathematical bold "B" is B), with the
     * Latin letters that no decomposition takes apart folded by hand; the others otherwise.
     */
    private static String letter(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD);
        for (int i = 0; i < plain.length(); ) {
            int cp = plain.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                int upper = Character.toUpperCase(cp);
                if (upper >= 'A' && upper <= 'Z') {
                    return String.valueOf((char) upper);
                }
                int folded = LATIN_LETTERS_WITHOUT_DECOMPOSITION.indexOf(upper);
                return folded >= 0 ? String.valueOf(LATIN_LETTERS_FOLDED.charAt(folded)) : OTHERS;
            }
            i += Character.charCount(cp);
        }
        return OTHERS;
    }

    private static String anchor(String group) {
        return group.equals(OTHERS) ? "letter-others" : "letter-" + group.toLowerCase(Locale.ROOT);
    }

    /** The row of letters: a link for each letter with entries, the letter alone for the rest. */
    private static void letters(HtmlWriter html, Map<String, List<Entry>> groups) {
        html.raw(Markup.NAV_LETTERS);
        if (groups.containsKey(OTHERS)) {
            html.raw(Markup.LI).start("a", "href", "#" + anchor(OTHERS)).text("0\u20139").end("a").raw(Markup.END_LI);
        }
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            String key = String.valueOf(letter);
            html.raw(Markup.LI);
            if (groups.containsKey(key)) {
                html.start("a", "href", "#" + anchor(key)).text(key).end("a");
            } else {
                html.text(key);
            }
            html.raw(Markup.END_LI);
        }
        html.raw(Markup.END_UL_END_NAV);
    }

    private static void entry(HtmlWriter html, Entry e) {
        Condition c = e.article();
        String lang = IndexPage.foreignLanguage(c.language());
        String href = IndexPage.encode(IndexPage.id(c)) + ".html";
        html.raw(Markup.LI);
        if (e.otherName()) {
            html.start("span", "lang", lang, "dir", TextDirection.of(lang)).text(e.name()).end("span").text(", see ");
        }
        html.start("a", "href", href, "lang", lang, "dir", TextDirection.of(lang)).text(ArticleWriter.title(c)).end("a");
        html.raw(Markup.END_LI);
    }
}
