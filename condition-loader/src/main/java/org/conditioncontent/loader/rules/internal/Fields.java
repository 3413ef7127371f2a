package org.conditioncontent.loader.rules.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.conditioncontent.loader.internal.Pointer;
import org.conditioncontent.model.Aside;
import org.conditioncontent.model.Author;
import org.conditioncontent.model.Block;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Contributor;
import org.conditioncontent.model.Copyright;
import org.conditioncontent.model.Feedback;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.ItemList;
import org.conditioncontent.model.Media;
import org.conditioncontent.model.MedicalCode;
import org.conditioncontent.model.Paragraph;
import org.conditioncontent.model.PartialDate;
import org.conditioncontent.model.Publisher;
import org.conditioncontent.model.Reference;
import org.conditioncontent.model.Resource;
import org.conditioncontent.model.ResourceGroup;
import org.conditioncontent.model.Review;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.Suppression;
import org.jspecify.annotations.Nullable;

/**
 * The values of an article that editorial rules look at, each with its JSON Pointer: every text,
 * every list, and the prose fields (lists of paragraphs). Walks the records through their
 * accessors, each component in the order it is declared; a test compares the walk with one made by
 * reflection over every component, so a field added to the model must be added here.
 */
public final class Fields {

    private Fields() {}

    /**
     * What this thread walked last: the last article's walk and its prose. The rules of one check
     * ask for the same article's texts, lists and prose in turn (five rules read its texts, one its
     * lists, two its prose): walking it once instead of for each rule was a fifth of the time the editorial rules took (see docs/performance.md).
     * Articles are immutable records, so what was found for an instance stays true; holding one
     * article per thread costs a few kilobytes.
     */
    private static final ThreadLocal<Recent> RECENT = ThreadLocal.withInitial(Recent::new);

    /** What one thread keeps between the rules' calls; see {@link #RECENT}. */
    private static final class Recent {
        @Nullable Walk walk;
        @Nullable Condition proseOf;
        List<Prose> prose = List.of();
        /** The text last met in each of the {@link #REPEATED} fields, and its {@link #scan(String)}. */
        final @Nullable String[] repeated = new String[REPEATED];
        final long[] repeatedScans = new long[REPEATED];
    }

    /**
     * The index the walk passes for a value that is not an item of a list, or is held by a record
     * that is not: see {@link #pointer(Pointer, int, String)}.
     */
    private static final int NO_ITEM = -1;

    /*
     * The fields whose text most articles of a collection share: a publisher's boilerplate. In
     * the generated corpora every article has the same three, a fifth of an article's characters;
     * comparing a text with the one met last reads two arrays of bytes in a loop, a fraction of
     * what the scan does per character under C1. A text longer than REPEATED_KEPT characters is
     * scanned and not kept, so that one huge text is not held for the thread's life.
     */
    private static final int DISCLAIMER = 0;
    private static final int STATEMENT = 1;
    private static final int INVITATION = 2;
    private static final int REPEATED = 3;
    private static final int REPEATED_KEPT = 1 << 14;

    /**
     * What one walk of an article found: its texts and lists in document order, in arrays, and the
     * marks of all its texts together. The rules that look at texts read them by index (an
     * unmodifiable list's iterator was two interface calls per text under C1, for five rules), and
     * a rule whose marks no text of the article holds skips the article at once.
     */
    static final class Walk {
        private final Condition condition;
        // Sized from the last walk on this thread: arrays of a class type are grown with
        // new and System.arraycopy, since Arrays.copyOf makes them through reflection (a call
        // into the VM under C1).
        private Text[] texts;
        private int textCount;
        private Items[] lists;
        private int listCount;
        private int marks;

        private final Recent recent;

        private Walk(Condition condition, @Nullable Walk last, Recent recent) {
            this.condition = condition;
            this.recent = recent;
            this.texts = new Text[last == null ? 256 : Math.max(16, last.textCount)];
            this.lists = new Items[last == null ? 64 : Math.max(16, last.listCount)];
        }

        /** @return the number of texts */
        int size() {
            return textCount;
        }

        /**
         * @param i a text's index, in document order
         * @return text {@code i}
         */
        Text text(int i) {
            return texts[i];
        }

        /** @return the number of lists */
        int listCount() {
            return listCount;
        }

        /**
         * @param i a list's index, in document order
         * @return list {@code i}
         */
        Items list(int i) {
            return lists[i];
        }

        /**
         * Whether any text of the article holds a character of some kinds.
         *
         * @param kinds marks, or'ed
         * @return {@code true} if some text holds one of them
         */
        boolean holds(int kinds) {
            return (marks & kinds) != 0;
        }

        private void add(Text text) {
            if (textCount == texts.length) {
                Text[] more = new Text[2 * textCount];
                System.arraycopy(texts, 0, more, 0, textCount);
                texts = more;
            }
            texts[textCount++] = text;
            marks |= text.marks;
        }

        private void add(Items items) {
            if (listCount == lists.length) {
                Items[] more = new Items[2 * listCount];
                System.arraycopy(lists, 0, more, 0, listCount);
                lists = more;
            }
            lists[listCount++] = items;
        }
    }

    /** {@link Text#marks()}: the text has a character outside ASCII. */
    public static final int NON_ASCII = 1;

    /** {@link Text#marks()}: the text has an ASCII control character other than a line feed. */
    public static final int ASCII_CONTROL = 2;

    /** {@link Text#marks()}: the text has a bracket or a quotation mark, which come in pairs. */
    public static final int PAIRED_MARK = 4;

    /**
     * {@link Text#marks()}: the text has two spaces in a row. The whitespace rule looked for them
     * with {@code String.contains} in every text, a second pass over every character (the pass
     * that finds the other marks reads each one anyway).
     */
    public static final int DOUBLED_SPACE = 8;

    /**
     * {@link Text#marks()}: the text starts or ends with white space ({@link Character#isWhitespace(char)}
     * of its first or last character, one final line break apart: see {@link #endsWithWhiteSpace}),
     * what the whitespace rule reports unless the text is blank.
     */
    public static final int EDGE_SPACE = 16;

    /**
     * {@link Text#marks()}: the text starts with {@code http:} in any case, a plain-http link if it
     * is a URL field (the https rule).
     */
    public static final int HTTP = 32;

    /** The marks of each ASCII character. */
    private static final byte[] ASCII_MARKS = new byte[128];

    /** {@link Character#isWhitespace(char)} of each ASCII character. */
    private static final boolean[] ASCII_SPACE = new boolean[128];

    static {
        for (char ch = 0; ch < 128; ch++) {
            ASCII_SPACE[ch] = Character.isWhitespace(ch);
        }
        for (int ch = 0; ch < 0x20; ch++) {
            ASCII_MARKS[ch] = ch == '\n' ? 0 : (byte) ASCII_CONTROL;
        }
        ASCII_MARKS[0x7f] = ASCII_CONTROL;
        for (char ch : "()[]{}\"".toCharArray()) {
            ASCII_MARKS[ch] = PAIRED_MARK;
        }
    }

    /**
     * A text value and where it is: component {@code name} of the record at {@code holder}, item
     * {@code index} of the list at {@code holder}, or component {@code name} of item {@code index}
     * of the list at {@code holder} (a record in a list, such as a paragraph, which then needs no
     * pointer object of its own). The text's own pointer is made only when a rule
     * asks for it (in a finding): one pointer object per text of every article was a fifth of what
     * the rules allocated (see docs/performance.md, "the rules' steady state, round 10").
     *
     * @param holder the JSON Pointer of the record or list that holds the text, or of the list that
     *     holds that record
     * @param name the text's component in its record, or {@code null} for an item of a list
     * @param index the index in the list at {@code holder} of the text, or of the record that holds
     *     it; negative when {@code holder} is the text's record
     * @param text the text
     * @param marks which kinds of character the text holds ({@link #NON_ASCII}, {@link #ASCII_CONTROL},
     *     {@link #PAIRED_MARK}, {@link #DOUBLED_SPACE}), found in one pass when the article is walked. Several rules look
     *     for characters that almost no text has; each used to scan every text for them, and the
     *     scans together were an eighth of the rules' time. A rule whose characters a text lacks
     *     now skips it.
     */
    public record Text(Pointer holder, @Nullable String name, int index, String text, int marks) {
        /** @return its JSON Pointer */
        public String pointer() {
            return Fields.pointer(holder, index, name).toString();
        }

        /**
         * Whether the text holds any character of some kinds.
         *
         * @param kinds {@link #NON_ASCII}, {@link #ASCII_CONTROL}, {@link #PAIRED_MARK}, {@link #DOUBLED_SPACE},
         *     or several of them or'ed
         * @return {@code true} if it holds a character of at least one of the kinds
         */
        public boolean holds(int kinds) {
            return (marks & kinds) != 0;
        }
    }

    /**
     * The kinds of character a text holds, as the walk finds them.
     *
     * @param s a text
     * @return its marks
     */
    static int marksOf(String s) {
        return (int) (scan(s) >>> 32);
    }

    /**
     * The marks of a text in the high half, its {@link String#hashCode()} in the low half, from one
     * pass over its characters. The hash costs a multiply per character here; {@code String.hashCode}
     * was a second pass over every text in a list. The characters are read with {@code charAt}: a
     * bulk copy into a buffer first ({@code getChars}) was tried, and under C1 the copy's loop cost
     * what the array reads saved (the texts are short: ids, names, URLs, sentences).
     */
    static long scan(String s) {
        int n = s.length();
        int marks = 0;
        int hash = 0;
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            hash = 31 * hash + ch;
            if (ch < 128) {
                marks |= ASCII_MARKS[ch];
                if (ch == ' ' && previous == ' ') {
                    marks |= DOUBLED_SPACE;
                }
            } else {
                marks |= ch == '\u201C' || ch == '\u201D' ? NON_ASCII | PAIRED_MARK : NON_ASCII;
            }
            previous = ch;
        }
        marks |= edgeMarks(s, n);
        return ((long) marks << 32) | (hash & 0xFFFF_FFFFL);
    }

    /**
     * Whether a text of {@code n} characters ends with white space that an editor put there: one
     * line break after the last word is not, as a YAML block written with {@code >} or {@code |}
     * ends with one (only {@code >-} and {@code |-} strip it), which every such paragraph would
     * otherwise be warned about.
     *
     * @param s a text
     * @param n its length, at least 1
     * @return whether its end is white space other than one final line break
     */
    static boolean endsWithWhiteSpace(String s, int n) {
        char last = s.charAt(n - 1);
        if (last == '\n') {
            return n == 1 || isWhitespace(s.charAt(n - 2));
        }
        return isWhitespace(last);
    }

    /** {@link #EDGE_SPACE} and {@link #HTTP} of a text of {@code n} characters. */
    private static int edgeMarks(String s, int n) {
        if (n == 0) {
            return 0;
        }
        char first = s.charAt(0);
        int marks = isWhitespace(first) || endsWithWhiteSpace(s, n) ? EDGE_SPACE : 0;
        // No character but h, H and some outside ASCII matches 'h' ignoring case.
        if (n >= 5 && (first == 'h' || first == 'H' || first >= 128) && s.regionMatches(true, 0, "http:", 0, 5)) {
            marks |= HTTP;
        }
        return marks;
    }

    /**
     * {@link Character#isWhitespace(char)}, ASCII from a table: under C1 the call goes through
     * {@code CharacterData}'s virtual methods, twice for every text.
     */
    private static boolean isWhitespace(char c) {
        return c < 128 ? ASCII_SPACE[c] : Character.isWhitespace(c);
    }

    /**
     * A list and where it is, with a hash of each item's content.
     *
     * <p>The hashes are made bottom-up during the one walk that finds the texts and lists: an item's
     * hash is that of its text, or a combination of its components' or elements' hashes, so
     * items that are equal (by {@code equals}) have equal hashes. The duplicate-item rule used to
     * put every item of every list in a hash map, which hashed each record item with its generated
     * {@code hashCode} (a chain the launcher's compiler does not inline) and hashed a nested list's
     * items again at every level above it: a twentieth of a cold run's CPU (see
     * docs/performance.md). Now it compares only items whose hashes match.
     */
    public static final class Items {

        /** The hashes of every empty list: most lists of an article are an item's empty examples, paragraphs and items. */
        private static final int[] NO_HASHES = new int[0];

        private final Pointer holder;
        private final int index;
        private final @Nullable String name;
        private final List<?> items;
        private final int[] hashes;

        /**
         * Where the list is, as {@link Fields#pointer(Pointer, int, String)} reads the first three
         * arguments: a list with items is given its own pointer ({@code index} negative,
         * {@code name} null), since its items hold it; an empty list gets no pointer object of
         * its own.
         *
         * @param holder the list's JSON Pointer, or that of the record or list that holds it
         * @param index the list's index in the list at {@code holder}, or that of the record that
         *     holds it; negative when there is none
         * @param name the list's component in its record, or {@code null}
         * @param items the list
         * @param hashes the hash of each item
         */
        Items(Pointer holder, int index, @Nullable String name, List<?> items, int[] hashes) {
            this.holder = holder;
            this.index = index;
            this.name = name;
            this.items = items;
            this.hashes = hashes;
        }

        /** @return its JSON Pointer */
        public String pointer() {
            return Fields.pointer(holder, index, name).toString();
        }

        /** @return its items */
        public List<?> items() {
            return items;
        }

        /**
         * The hash of an item's content: equal items have equal hashes; unequal items may share one.
         *
         * @param i the item's index
         * @return its hash
         */
        public int hash(int i) {
            return hashes[i];
        }
    }

    /**
     * A prose field: paragraphs read together, each with its JSON Pointer. The pointers are
     * written out only when asked for: the rules read every paragraph of every article, and
     * name one only in a finding.
     */
    public static final class Prose {

        private final Pointer holder;
        private final String member;
        private final int @Nullable [] at;
        private final List<String> paragraphs;
        private final Sentences.@Nullable Split[] splits;

        /**
         * @param holder the section, aside or item that holds the paragraphs
         * @param member its member that lists them: {@code blocks} or {@code paragraphs}
         * @param at the index in the member of each paragraph, or {@code null} when paragraph
         *     {@code i} is element {@code i} of the member (an item's own paragraphs, or blocks
         *     that are all paragraphs)
         * @param paragraphs the paragraphs
         */
        Prose(Pointer holder, String member, int @Nullable [] at, List<String> paragraphs) {
            this.holder = holder;
            this.member = member;
            this.at = at;
            this.paragraphs = paragraphs;
            this.splits = new Sentences.Split[paragraphs.size()];
        }

        /**
         * @return the JSON Pointer of the list that holds the paragraphs: a section's or an aside's
         *     {@code blocks}, or an item's {@code paragraphs}
         */
        public String pointer() {
            return holder + "/" + member;
        }

        /**
         * @param i a paragraph's index
         * @return the JSON Pointer of paragraph {@code i}
         */
        public String pointer(int i) {
            return pointer() + "/" + (at != null ? at[i] : i);
        }

        /** @return the JSON Pointer of each paragraph, in order */
        public List<String> pointers() {
            List<String> pointers = new ArrayList<>(paragraphs.size());
            for (int i = 0; i < paragraphs.size(); i++) {
                pointers.add(pointer(i));
            }
            return pointers;
        }

        /** @return the paragraphs */
        public List<String> paragraphs() {
            return paragraphs;
        }

        /**
         * A paragraph's sentences and words, split on first need and kept: the reading-level and
         * sentence-length rules read the same paragraphs one after the other.
         *
         * @param i a paragraph's index
         * @return its split
         */
        Sentences.Split split(int i) {
            Sentences.Split split = splits[i];
            if (split == null) {
                split = Sentences.split(paragraphs.get(i));
                splits[i] = split; // a split is immutable: a thread that makes it again makes an equal one
            }
            return split;
        }

        /** @return the splits of every paragraph, in order */
        List<Sentences.Split> splits() {
            for (int i = 0; i < splits.length; i++) {
                split(i);
            }
            return Collections.unmodifiableList(Arrays.asList(splits));
        }

        /** @return the number of words of all the paragraphs, {@link Readability#words(List)} of them */
        int words() {
            int words = 0;
            for (int i = 0; i < splits.length; i++) {
                words += split(i).words();
            }
            return words;
        }
    }

    /**
     * Every text value of an article, including list items, in document order.
     *
     * @param condition the article
     * @return the texts, unmodifiable
     */
    public static List<Text> texts(Condition condition) {
        Walk walk = walk(condition);
        return Arrays.asList(walk.texts).subList(0, walk.textCount).stream().toList();
    }

    /**
     * Every list of an article, in document order.
     *
     * @param condition the article
     * @return the lists, unmodifiable
     */
    public static List<Items> lists(Condition condition) {
        Walk walk = walk(condition);
        return Arrays.asList(walk.lists).subList(0, walk.listCount).stream().toList();
    }

    /**
     * The texts and lists of an article, from one walk shared by the rules that ask on this thread.
     *
     * @param condition the article
     * @return what its walk found
     */
    static Walk walk(Condition condition) {
        Recent recent = RECENT.get();
        Walk last = recent.walk;
        if (last != null && last.condition == condition) {
            return last;
        }
        Walk walk = new Walk(condition, last, recent);
        condition(condition, walk);
        recent.walk = walk;
        return walk;
    }

    /**
     * The prose of an article: the paragraphs of each section (lead-ins included) read as one
     * field, those of each aside as another, and each list item's own paragraphs as another; in
     * the order of {@link org.conditioncontent.model.outline.Outline#walk}'s exits from sections and asides and entries into items.
     * Read from the records, not through the outline's parts: the parts and their locations
     * were made for every block of every article, and the rules name a paragraph only in a
     * finding.
     *
     * @param condition the article
     * @return the non-empty prose fields, unmodifiable
     */
    public static List<Prose> prose(Condition condition) {
        // The sentence-length and reading-level rules both ask, one after the other: one walk
        // serves both, as for texts and lists.
        Recent recent = RECENT.get();
        if (recent.proseOf == condition) {
            return recent.prose;
        }
        List<Prose> out = new ArrayList<>();
        Pointer body = Pointer.ROOT.field("body");
        List<Section> sections = condition.body();
        for (int i = 0; i < sections.size(); i++) {
            section(sections.get(i), body.item(i), out);
        }
        List<Prose> prose = Collections.unmodifiableList(out);
        recent.proseOf = condition;
        recent.prose = prose;
        return prose;
    }

    /** Adds the prose of a section and of what it holds to {@code out}, the section's own last. */
    private static void section(Section section, Pointer at, List<Prose> out) {
        blocks(section.blocks(), at, out);
        List<Section> inner = section.sections();
        for (int i = 0; i < inner.size(); i++) {
            section(inner.get(i), at.field("sections").item(i), out);
        }
        own(section.blocks(), at, out);
    }

    /** Adds the prose inside the lists and asides among {@code blocks} of the holder at {@code at} to {@code out}. */
    private static void blocks(List<Block> blocks, Pointer at, List<Prose> out) {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof ItemList list) {
                items(list.items(), at.field("blocks").item(i).field("items"), out);
            } else if (block instanceof Aside aside) {
                Pointer asideAt = at.field("blocks").item(i);
                blocks(aside.blocks(), asideAt, out);
                own(aside.blocks(), asideAt, out);
            }
        }
    }

    /** Adds each item's own paragraphs, then those of the items below it, to {@code out}. */
    private static void items(List<Item> items, Pointer at, List<Prose> out) {
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            List<String> own = item.paragraphs();
            List<Item> inner = item.items();
            if (own.isEmpty() && inner.isEmpty()) {
                continue;
            }
            Pointer itemAt = at.item(i);
            if (!own.isEmpty()) {
                out.add(new Prose(itemAt, "paragraphs", null, own));
            }
            if (!inner.isEmpty()) {
                items(inner, itemAt.field("items"), out);
            }
        }
    }

    /**
     * Adds the paragraphs among {@code blocks}, with their indexes among them, to {@code out} as
     * the prose of the section or aside at {@code holder}, unless there are none. They are counted
     * first, so that the arrays are made at their size: collecting them into arrays of the blocks'
     * size and copying those was a third of the prose's allocation.
     */
    private static void own(List<Block> blocks, Pointer holder, List<Prose> out) {
        int n = blocks.size();
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (blocks.get(i) instanceof Paragraph) {
                count++;
            }
        }
        if (count == 0) {
            return;
        }
        String[] texts = new String[count];
        // No indexes when every block is a paragraph: paragraph i is then block i.
        int[] at = count == n ? null : new int[count];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (blocks.get(i) instanceof Paragraph p) {
                texts[k] = p.text();
                if (at != null) {
                    at[k] = i;
                }
                k++;
            }
        }
        out.add(new Prose(holder, "blocks", at, Arrays.asList(texts)));
    }

    /*
     * The walk. It reads each record class of the model through its accessors, component by
     * component in declaration order (the order the wire format writes them), and adds each text
     * and each list to the walk in document order, a list before its items. It used to read any
     * record through the wire format's shape of its class: a loop over the components calling a
     * reader function for each (one megamorphic interface call per component of every record,
     * with a type test on the value and a look-up of the value's shape), a third of the walk
     * outside its character scan (see docs/performance.md). FieldsWalkTest compares this walk with
     * one made by reflection over the record components on every example and on generated
     * articles, so a component added to the model and not here fails the build.
     *
     * Each method returns the hash of its record's content, made as the reflective walk made it:
     * a record's components' hashes combined with 31 * hash + h in declaration order, a text's
     * String.hashCode, a list's as List.hashCode combines its elements', 0 for an absent value,
     * any other value's hashCode. Only the items of a list need hashes (Items.hash); the records
     * outside lists return one that nothing reads.
     */

    private static void condition(Condition c, Walk w) {
        Pointer at = Pointer.ROOT;
        int atItem = NO_ITEM;
        text(c.id(), at, atItem, "id", w);
        text(c.language(), at, atItem, "language", w);
        text(c.title(), at, atItem, "title", w);
        text(c.subtitle(), at, atItem, "subtitle", w);
        text(c.series(), at, atItem, "series", w);
        list(c.alsoCalled(), at, atItem, "alsoCalled", w);
        list(c.codes(), at, atItem, "codes", w);
        list(c.body(), at, atItem, "body", w);
        list(c.resources(), at, atItem, "resources", w);
        list(c.references(), at, atItem, "references", w);
        list(c.contributors(), at, atItem, "contributors", w);
        Publisher publisher = c.publisher();
        if (publisher != null) {
            publisher(publisher, at.field("publisher"), NO_ITEM, w);
        }
        text(c.url(), at, atItem, "url", w);
        // published and updated are dates: they hold no text.
        Review review = c.review();
        if (review != null) {
            review(review, at.field("review"), NO_ITEM, w);
        }
        Copyright copyright = c.copyright();
        if (copyright != null) {
            copyright(copyright, at.field("copyright"), NO_ITEM, w);
        }
        repeated(c.disclaimer(), at, atItem, "disclaimer", DISCLAIMER, w);
        Feedback feedback = c.feedback();
        if (feedback != null) {
            feedback(feedback, at.field("feedback"), NO_ITEM, w);
        }
        list(c.related(), at, atItem, "related", w);
        list(c.suppressions(), at, atItem, "suppressions", w);
    }

    /**
     * Adds a list's items, after the list itself, and returns its hash as {@link List#hashCode()}
     * would combine its items' hashes. The list is at {@link #pointer(Pointer, int, String)
     * pointer(holder, index, name)}. Its own pointer object is made only when it has items, whose
     * texts and records hold it; a record in it gets none (its texts keep the list's pointer and
     * their index, and a list of its own makes the record's pointer only when it has items). An
     * absent list (a component left out) adds nothing and hashes to 0.
     */
    private static int list(@Nullable List<?> list, Pointer holder, int index, @Nullable String name, Walk w) {
        if (list == null) {
            return 0;
        }
        int n = list.size();
        if (n == 0) {
            // before its descendants, of which it has none
            w.add(new Items(holder, index, name, list, Items.NO_HASHES));
            return 1;
        }
        Pointer pointer = pointer(holder, index, name);
        int[] hashes = new int[n];
        w.add(new Items(pointer, NO_ITEM, null, list, hashes)); // before its descendants: document order
        int hash = 1;
        for (int i = 0; i < n; i++) {
            Object item = list.get(i);
            int h;
            if (item instanceof String s) {
                h = add(s, pointer, i, null, scan(s), w);
            } else if (item instanceof Record r) {
                h = record(r, pointer, i, w);
            } else if (item instanceof List<?> inner) {
                h = list(inner, pointer, i, null, w);
            } else {
                h = Objects.hashCode(item);
            }
            hashes[i] = h;
            hash = 31 * hash + h;
        }
        return hash;
    }

    /**
     * Adds text component {@code name} of the record at {@code at} (or, when {@code atItem} is not
     * negative, of item {@code atItem} of the list at {@code at}) and returns its hash; 0 if absent.
     */
    private static int text(@Nullable String s, Pointer at, int atItem, String name, Walk w) {
        return s == null ? 0 : add(s, at, atItem, name, scan(s), w);
    }

    /**
     * Where a value of the walk is, from what the walk keeps of it: component {@code name} of the
     * record at {@code holder} ({@code index} negative), item {@code index} of the list at
     * {@code holder} ({@code name} null), or component {@code name} of item {@code index} of the
     * list at {@code holder} (both given: a record in a list has no pointer object of its own, one
     * per paragraph, item and reference of every article).
     *
     * @param holder the pointer the value's place starts from
     * @param index an item's index in the list at {@code holder}, or a negative number for none
     * @param name a record's component, or {@code null} for none
     * @return the value's JSON Pointer
     */
    static Pointer pointer(Pointer holder, int index, @Nullable String name) {
        Pointer at = index < 0 ? holder : holder.item(index);
        return name == null ? at : at.field(name);
    }

    /** A record held in a list, told by its class: the classes in the order an article holds most of them. */
    private static int record(Record r, Pointer at, int atItem, Walk w) {
        if (r instanceof Paragraph p) {
            return text(p.text(), at, atItem, "text", w);
        } else if (r instanceof Item item) {
            return item(item, at, atItem, w);
        } else if (r instanceof ItemList list) {
            return 31 * list(list.items(), at, atItem, "items", w) + Boolean.hashCode(list.ordered());
        } else if (r instanceof Section section) {
            return section(section, at, atItem, w);
        } else if (r instanceof Resource resource) {
            return resource(resource, at, atItem, w);
        } else if (r instanceof Reference reference) {
            return reference(reference, at, atItem, w);
        } else if (r instanceof Author author) {
            return author(author, at, atItem, w);
        } else if (r instanceof Contributor contributor) {
            return contributor(contributor, at, atItem, w);
        } else if (r instanceof MedicalCode code) {
            return medicalCode(code, at, atItem, w);
        } else if (r instanceof ResourceGroup group) {
            return resourceGroup(group, at, atItem, w);
        } else if (r instanceof Aside aside) {
            int hash = text(aside.title(), at, atItem, "title", w);
            return 31 * hash + list(aside.blocks(), at, atItem, "blocks", w);
        } else if (r instanceof Media media) {
            return media(media, at, atItem, w);
        } else if (r instanceof Suppression suppression) {
            return suppression(suppression, at, atItem, w);
        } else if (r instanceof Publisher publisher) {
            return publisher(publisher, at, atItem, w);
        } else if (r instanceof Review review) {
            return review(review, at, atItem, w);
        } else if (r instanceof Copyright copyright) {
            return copyright(copyright, at, atItem, w);
        } else if (r instanceof Feedback feedback) {
            return feedback(feedback, at, atItem, w);
        } else if (r instanceof PartialDate date) {
            return date(date);
        }
        throw new IllegalArgumentException("The editorial rules' walk does not know the record class " + r.getClass().getName()
                + " (at " + pointer(at, atItem, null) + "); add it to Fields");
    }

    private static int item(Item item, Pointer at, int atItem, Walk w) {
        int hash = text(item.text(), at, atItem, "text", w);
        hash = 31 * hash + text(item.term(), at, atItem, "term", w);
        hash = 31 * hash + text(item.note(), at, atItem, "note", w);
        hash = 31 * hash + list(item.examples(), at, atItem, "examples", w);
        hash = 31 * hash + Objects.hashCode(item.conjunction());
        hash = 31 * hash + Objects.hashCode(item.kind());
        hash = 31 * hash + list(item.paragraphs(), at, atItem, "paragraphs", w);
        hash = 31 * hash + list(item.items(), at, atItem, "items", w);
        return 31 * hash + Boolean.hashCode(item.ordered());
    }

    private static int section(Section section, Pointer at, int atItem, Walk w) {
        int hash = Objects.hashCode(section.kind());
        hash = 31 * hash + text(section.heading(), at, atItem, "heading", w);
        hash = 31 * hash + Boolean.hashCode(section.noHeading());
        hash = 31 * hash + list(section.blocks(), at, atItem, "blocks", w);
        return 31 * hash + list(section.sections(), at, atItem, "sections", w);
    }

    private static int resource(Resource resource, Pointer at, int atItem, Walk w) {
        int hash = text(resource.organization(), at, atItem, "organization", w);
        hash = 31 * hash + text(resource.site(), at, atItem, "site", w);
        return 31 * hash + text(resource.url(), at, atItem, "url", w);
    }

    private static int reference(Reference r, Pointer at, int atItem, Walk w) {
        int hash = Objects.hashCode(r.type());
        hash = 31 * hash + list(r.authors(), at, atItem, "authors", w);
        hash = 31 * hash + Boolean.hashCode(r.etAl());
        hash = 31 * hash + text(r.title(), at, atItem, "title", w);
        hash = 31 * hash + text(r.journal(), at, atItem, "journal", w);
        hash = 31 * hash + text(r.site(), at, atItem, "site", w);
        hash = 31 * hash + text(r.publisher(), at, atItem, "publisher", w);
        hash = 31 * hash + Objects.hashCode(r.year());
        hash = 31 * hash + Objects.hashCode(r.month());
        hash = 31 * hash + Objects.hashCode(r.day());
        hash = 31 * hash + text(r.volume(), at, atItem, "volume", w);
        hash = 31 * hash + text(r.issue(), at, atItem, "issue", w);
        hash = 31 * hash + text(r.supplement(), at, atItem, "supplement", w);
        hash = 31 * hash + text(r.pages(), at, atItem, "pages", w);
        PartialDate epub = r.epub();
        hash = 31 * hash + (epub == null ? 0 : date(epub));
        hash = 31 * hash + text(r.doi(), at, atItem, "doi", w);
        hash = 31 * hash + text(r.pmid(), at, atItem, "pmid", w);
        hash = 31 * hash + text(r.pmcid(), at, atItem, "pmcid", w);
        hash = 31 * hash + text(r.url(), at, atItem, "url", w);
        return 31 * hash + Objects.hashCode(r.accessed());
    }

    private static int author(Author author, Pointer at, int atItem, Walk w) {
        int hash = text(author.family(), at, atItem, "family", w);
        hash = 31 * hash + text(author.given(), at, atItem, "given", w);
        return 31 * hash + text(author.literal(), at, atItem, "literal", w);
    }

    private static int contributor(Contributor contributor, Pointer at, int atItem, Walk w) {
        int hash = text(contributor.name(), at, atItem, "name", w);
        hash = 31 * hash + text(contributor.credentials(), at, atItem, "credentials", w);
        hash = 31 * hash + Objects.hashCode(contributor.role());
        return 31 * hash + Boolean.hashCode(contributor.organization());
    }

    private static int medicalCode(MedicalCode code, Pointer at, int atItem, Walk w) {
        int hash = Objects.hashCode(code.system());
        hash = 31 * hash + text(code.code(), at, atItem, "code", w);
        return 31 * hash + text(code.display(), at, atItem, "display", w);
    }

    private static int resourceGroup(ResourceGroup group, Pointer at, int atItem, Walk w) {
        int hash = text(group.region(), at, atItem, "region", w);
        hash = 31 * hash + text(group.heading(), at, atItem, "heading", w);
        return 31 * hash + list(group.items(), at, atItem, "items", w);
    }

    private static int media(Media media, Pointer at, int atItem, Walk w) {
        int hash = text(media.credit(), at, atItem, "credit", w);
        hash = 31 * hash + text(media.description(), at, atItem, "description", w);
        return 31 * hash + text(media.url(), at, atItem, "url", w);
    }

    private static int suppression(Suppression suppression, Pointer at, int atItem, Walk w) {
        int hash = text(suppression.rule(), at, atItem, "rule", w);
        hash = 31 * hash + text(suppression.field(), at, atItem, "field", w);
        return 31 * hash + text(suppression.reason(), at, atItem, "reason", w);
    }

    private static int publisher(Publisher publisher, Pointer at, int atItem, Walk w) {
        int hash = text(publisher.name(), at, atItem, "name", w);
        return 31 * hash + text(publisher.url(), at, atItem, "url", w);
    }

    private static int review(Review review, Pointer at, int atItem, Walk w) {
        int hash = repeated(review.statement(), at, atItem, "statement", STATEMENT, w);
        PartialDate last = review.lastReviewed();
        hash = 31 * hash + (last == null ? 0 : date(last));
        PartialDate next = review.nextReview();
        hash = 31 * hash + (next == null ? 0 : date(next));
        return 31 * hash + list(review.reviewers(), at, atItem, "reviewers", w);
    }

    private static int copyright(Copyright copyright, Pointer at, int atItem, Walk w) {
        int hash = Objects.hashCode(copyright.year());
        return 31 * hash + text(copyright.holder(), at, atItem, "holder", w);
    }

    private static int feedback(Feedback feedback, Pointer at, int atItem, Walk w) {
        int hash = repeated(feedback.invitation(), at, atItem, "invitation", INVITATION, w);
        return 31 * hash + text(feedback.email(), at, atItem, "email", w);
    }

    /** A date holds no text: only its hash. */
    private static int date(PartialDate date) {
        int hash = Integer.hashCode(date.year());
        hash = 31 * hash + Objects.hashCode(date.month());
        return 31 * hash + Objects.hashCode(date.day());
    }

    /**
     * Adds a text to {@code walk} with its marks ({@link #scan(String)}'s {@code scanned}), and
     * returns its {@link String#hashCode()}. Where it is: see {@link Text}.
     */
    private static int add(String s, Pointer holder, int index, @Nullable String name, long scanned, Walk walk) {
        walk.add(new Text(holder, name, index, s, (int) (scanned >>> 32)));
        return (int) scanned;
    }

    /**
     * {@link #text(String, Pointer, int, String, Walk)} for a field whose text articles share: scanned
     * only when it differs from the text met last in the field on this thread (see {@link #REPEATED}).
     */
    private static int repeated(@Nullable String s, Pointer at, int atItem, String name, int field, Walk w) {
        if (s == null) {
            return 0;
        }
        Recent recent = w.recent;
        long scanned;
        if (s.equals(recent.repeated[field])) {
            scanned = recent.repeatedScans[field];
        } else {
            scanned = scan(s);
            if (s.length() <= REPEATED_KEPT) {
                recent.repeated[field] = s;
                recent.repeatedScans[field] = scanned;
            }
        }
        return add(s, at, atItem, name, scanned, w);
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
