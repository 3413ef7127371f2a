package org.conditioncontent.loader.rules.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.conditioncontent.json.Property;
import org.conditioncontent.json.RecordShape;
import org.conditioncontent.loader.internal.Pointer;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.outline.Outline;
import org.conditioncontent.model.outline.OutlineAdapter;
import org.conditioncontent.model.outline.Part;
import org.jspecify.annotations.Nullable;

/**
 * The values of an article that editorial rules look at, each with its JSON Pointer: every text,
 * every list, and the prose fields (lists of paragraphs). Walks the records by their components,
 * as the wire format does, so new fields are covered without changes here.
 */
public final class Fields {

    private Fields() {}

    /**
     * The last article walked on this thread, with what was found. The rules of one check ask for
     * the same article's texts and lists in turn (five rules walk its texts, one its lists): walking
     * it once instead of six times was a fifth of the time the editorial rules took (see
     * docs/performance.md). Articles are immutable records, so what was found for an instance stays
     * true; holding one article per thread costs a few kilobytes.
     */
    private static final ThreadLocal<Walk> LAST_WALK = new ThreadLocal<>();

    /** An article and its texts and lists, in document order; both lists are unmodifiable. */
    private record Walk(Condition condition, List<Text> texts, List<Items> lists) {}

    /** {@link Text#marks()}: the text has a character outside ASCII. */
    public static final int NON_ASCII = 1;

    /** {@link Text#marks()}: the text has an ASCII control character other than a line feed. */
    public static final int ASCII_CONTROL = 2;

    /** {@link Text#marks()}: the text has a bracket or a quotation mark, which come in pairs. */
    public static final int PAIRED_MARK = 4;

    /** The marks of each ASCII character. */
    private static final byte[] ASCII_MARKS = new byte[128];

    static {
        for (int ch = 0; ch < 0x20; ch++) {
            ASCII_MARKS[ch] = ch == '\n' ? 0 : (byte) ASCII_CONTROL;
        }
        ASCII_MARKS[0x7f] = ASCII_CONTROL;
        for (char ch : "()[]{}\"".toCharArray()) {
            ASCII_MARKS[ch] = PAIRED_MARK;
        }
    }

    /**
     * A text value and where it is.
     *
     * @param at its JSON Pointer, made into text only when a rule reports it
     * @param text the text
     * @param marks which kinds of character the text holds ({@link #NON_ASCII}, {@link #ASCII_CONTROL},
     *     {@link #PAIRED_MARK}), found in one pass when the article is walked. Several rules look
     *     for characters that almost no text has; each used to scan every text for them, and the
     *     scans together were an eighth of the rules' time. A rule whose characters a text lacks
     *     now skips it.
     */
    public record Text(Pointer at, String text, int marks) {
        /** @return its JSON Pointer */
        public String pointer() {
            return at.toString();
        }

        /**
         * Whether the text holds any character of some kinds.
         *
         * @param kinds {@link #NON_ASCII}, {@link #ASCII_CONTROL}, {@link #PAIRED_MARK}, or several of them or'ed
         * @return {@code true} if it holds a character of at least one of the kinds
         */
        public boolean holds(int kinds) {
            return (marks & kinds) != 0;
        }
    }

    /** The kinds of character a text holds, in one pass. */
    static int marksOf(String s) {
        int marks = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char ch = s.charAt(i);
            if (ch < 128) {
                marks |= ASCII_MARKS[ch];
            } else {
                marks |= ch == '\u201C' || ch == '\u201D' ? NON_ASCII | PAIRED_MARK : NON_ASCII;
            }
        }
        return marks;
    }

    /**
     * A list and where it is.
     *
     * @param at its JSON Pointer, made into text only when a rule reports it
     * @param items its items
     */
    public record Items(Pointer at, List<?> items) {
        /** @return its JSON Pointer */
        public String pointer() {
            return at.toString();
        }
    }

    /**
     * A prose field: paragraphs read together, each with its JSON Pointer.
     *
     * @param pointer the JSON Pointer of the list that holds the paragraphs: a section's or an
     *     aside's {@code blocks}, or an item's {@code paragraphs}
     * @param pointers the pointer of each paragraph
     * @param paragraphs the paragraphs
     */
    public record Prose(String pointer, List<String> pointers, List<String> paragraphs) {}

    /**
     * Every text value of an article, including list items, in document order.
     *
     * @param condition the article
     * @return the texts
     */
    public static List<Text> texts(Condition condition) {
        return walked(condition).texts();
    }

    /**
     * Every list of an article, in document order.
     *
     * @param condition the article
     * @return the lists
     */
    public static List<Items> lists(Condition condition) {
        return walked(condition).lists();
    }

    /** The texts and lists of an article, from one walk shared by the rules that ask on this thread. */
    private static Walk walked(Condition condition) {
        Walk last = LAST_WALK.get();
        if (last != null && last.condition() == condition) {
            return last;
        }
        List<Text> texts = new ArrayList<>(256);
        List<Items> lists = new ArrayList<>(64);
        walk(condition, Pointer.ROOT, texts, lists);
        Walk walk = new Walk(condition, Collections.unmodifiableList(texts), Collections.unmodifiableList(lists));
        LAST_WALK.set(walk);
        return walk;
    }

    /**
     * The prose of an article: the paragraphs of each section (lead-ins included) read as one
     * field, those of each aside as another, and each list item's own paragraphs as another.
     *
     * @param condition the article
     * @return the non-empty prose fields (findings are sorted by position later, so their order
     *     does not matter)
     */
    public static List<Prose> prose(Condition condition) {
        List<Prose> out = new ArrayList<>();
        Deque<List<String[]>> open = new ArrayDeque<>();
        Outline.of(condition).walk(new OutlineAdapter() {
            @Override
            public void enterSection(Part.SectionPart section) {
                open.push(new ArrayList<>());
            }

            @Override
            public void exitSection(Part.SectionPart section) {
                add(out, section.pointer() + "/blocks", open.pop());
            }

            @Override
            public void enterAside(Part.AsidePart aside) {
                open.push(new ArrayList<>());
            }

            @Override
            public void exitAside(Part.AsidePart aside) {
                add(out, aside.pointer() + "/blocks", open.pop());
            }

            @Override
            public void paragraph(Part.ParagraphPart paragraph) {
                open.element().add(new String[] {paragraph.pointer(), paragraph.paragraph().text()});
            }

            @Override
            public void enterItem(Part.ItemPart item) {
                List<String[]> own = new ArrayList<>();
                for (int i = 0; i < item.item().paragraphs().size(); i++) {
                    own.add(new String[] {item.pointer() + "/paragraphs/" + i, item.item().paragraphs().get(i)});
                }
                add(out, item.pointer() + "/paragraphs", own);
            }
        });
        return out;
    }

    private static void add(List<Prose> out, String pointer, List<String[]> paragraphs) {
        if (!paragraphs.isEmpty()) {
            out.add(new Prose(pointer, paragraphs.stream().map(p -> p[0]).toList(), paragraphs.stream().map(p -> p[1]).toList()));
        }
    }

    private static void walk(@Nullable Object value, Pointer pointer, @Nullable List<Text> texts, @Nullable List<Items> lists) {
        if (value instanceof String s) {
            if (texts != null) {
                texts.add(new Text(pointer, s, marksOf(s)));
            }
        } else if (value instanceof List<?> list) {
            if (lists != null) {
                lists.add(new Items(pointer, list));
            }
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), pointer.item(i), texts, lists);
            }
        } else if (value instanceof Record record) {
            for (Property p : RecordShape.of(record.getClass()).properties()) {
                Object component = p.read(record);
                if (component != null) {
                    walk(component, pointer.field(p.name()), texts, lists);
                }
            }
        }
    }

    /**
     * A text as rules compare texts, ignoring case and spacing (the duplicate-item and other-name
     * rules): {@code s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)}, written out by
     * hand. The regular expression was compiled anew for every item of every list and took a tenth
     * of the rules' time; this gives the same key (the same white space, that of {@code \s}: space,
     * tab, line feed, vertical tab, form feed, carriage return) and copies nothing when the text has
     * only single spaces.
     *
     * @param text a text
     * @return its key
     */
    static String comparable(String text) {
        String s = text.strip();
        int n = s.length();
        StringBuilder out = null;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!isPatternSpace(c)) {
                if (out != null) {
                    out.append(c);
                }
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && isPatternSpace(s.charAt(end))) {
                end++;
            }
            if (out == null && (c != ' ' || end - i > 1)) {
                out = new StringBuilder(n).append(s, 0, i);
            }
            if (out != null) {
                out.append(' ');
            }
            i = end;
        }
        return (out == null ? s : out.toString()).toLowerCase(Locale.ROOT);
    }

    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
