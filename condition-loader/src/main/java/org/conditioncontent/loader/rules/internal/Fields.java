package org.conditioncontent.loader.rules.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.conditioncontent.json.Property;
import org.conditioncontent.json.RecordShape;
import org.conditioncontent.loader.internal.Pointer;
import org.conditioncontent.model.Aside;
import org.conditioncontent.model.Block;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.ItemList;
import org.conditioncontent.model.Paragraph;
import org.conditioncontent.model.Section;
import org.jspecify.annotations.Nullable;

/**
 * The values of an article that editorial rules look at, each with its JSON Pointer: every text,
 * every list, and the prose fields (lists of paragraphs). Walks the records by their components,
 * as the wire format does, so new fields are covered without changes here.
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
    }

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

        private Walk(Condition condition, @Nullable Walk last) {
            this.condition = condition;
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
     * of its first or last character), what the whitespace rule reports unless the text is blank.
     */
    public static final int EDGE_SPACE = 16;

    /**
     * {@link Text#marks()}: the text starts with {@code http:} in any case, a plain-http link if it
     * is a URL field (the https rule).
     */
    public static final int HTTP = 32;

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
     *     {@link #PAIRED_MARK}, {@link #DOUBLED_SPACE}), found in one pass when the article is walked. Several rules look
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

    /** {@link #EDGE_SPACE} and {@link #HTTP} of a text of {@code n} characters. */
    private static int edgeMarks(String s, int n) {
        if (n == 0) {
            return 0;
        }
        char first = s.charAt(0);
        int marks = Character.isWhitespace(first) || Character.isWhitespace(s.charAt(n - 1)) ? EDGE_SPACE : 0;
        // No character but h, H and some outside ASCII matches 'h' ignoring case.
        if (n >= 5 && (first == 'h' || first == 'H' || first >= 128) && s.regionMatches(true, 0, "http:", 0, 5)) {
            marks |= HTTP;
        }
        return marks;
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

        private final Pointer at;
        private final List<?> items;
        private final int[] hashes;

        Items(Pointer at, List<?> items, int[] hashes) {
            this.at = at;
            this.items = items;
            this.hashes = hashes;
        }

        /** @return its JSON Pointer */
        public String pointer() {
            return at.toString();
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
     * The components of a record class as the walk reads them: names and readers in arrays, made
     * once per class, so that reading a record is an indexed loop (the wire format's shape is a
     * list of {@link Property} records, walked with an iterator).
     */
    private static final class Shape {
        final String[] names;
        final Function<Object, Object>[] readers;
        /** Whether the walk looks inside component {@code i}: its declared type may hold texts or lists. */
        final boolean[] walked;
        /**
         * For each component, the shapes of the record classes met in it (or among its list's
         * elements), up to four: a component holds one class of record, or the few variants of a
         * sealed type, so the walk finds a record's shape by comparing its class with these instead
         * of asking {@link #SHAPES} for every record of every article (a tenth of the walk).
         */
        final Link[][] met;

        @SuppressWarnings("unchecked") // an array of a generic type cannot be made otherwise
        Shape(List<Property> properties) {
            names = new String[properties.size()];
            readers = new Function[properties.size()];
            walked = new boolean[properties.size()];
            met = new Link[properties.size()][4];
            for (int i = 0; i < names.length; i++) {
                names[i] = properties.get(i).name();
                readers[i] = properties.get(i).reader();
                Class<?> type = properties.get(i).rawType();
                // Enums, numbers and booleans hold no text: they are only hashed, with no pointer and
                // no type tests.
                walked[i] = !(type.isEnum() || type.isPrimitive() || Number.class.isAssignableFrom(type) || type == Boolean.class);
            }
        }

        /** The shape of a record met in component {@code slot}. */
        Shape shapeOf(int slot, Class<?> type) {
            Link[] links = met[slot];
            for (int k = 0; k < links.length; k++) {
                Link link = links[k];
                if (link == null) {
                    Shape shape = SHAPES.get(type);
                    // Another thread may fill the same place with another class: a link is
                    // immutable, so a lost one is only looked up again.
                    links[k] = new Link(type, shape);
                    return shape;
                }
                if (link.type == type) {
                    return link.shape;
                }
            }
            return SHAPES.get(type);
        }
    }

    /** A record class and its shape. */
    private static final class Link {
        final Class<?> type;
        final Shape shape;

        Link(Class<?> type, Shape shape) {
            this.type = type;
            this.shape = shape;
        }
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return new Shape(RecordShape.of(type).properties());
        }
    };

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
         *     {@code i} is element {@code i} of the member (an item's own paragraphs)
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
        Walk walk = new Walk(condition, last);
        walkRecord(condition, SHAPES.get(Condition.class), Pointer.ROOT, false, walk);
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
        Paragraphs own = new Paragraphs(section.blocks().size());
        blocks(section.blocks(), at, own, out);
        List<Section> inner = section.sections();
        for (int i = 0; i < inner.size(); i++) {
            section(inner.get(i), at.field("sections").item(i), out);
        }
        own.addTo(out, at);
    }

    /** Adds the paragraphs among {@code blocks} of the holder at {@code at} to {@code own}, and the prose inside the other blocks to {@code out}. */
    private static void blocks(List<Block> blocks, Pointer at, Paragraphs own, List<Prose> out) {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof Paragraph p) {
                own.add(p.text(), i);
            } else if (block instanceof ItemList list) {
                items(list.items(), at.field("blocks").item(i).field("items"), out);
            } else if (block instanceof Aside aside) {
                Pointer asideAt = at.field("blocks").item(i);
                Paragraphs asides = new Paragraphs(aside.blocks().size());
                blocks(aside.blocks(), asideAt, asides, out);
                asides.addTo(out, asideAt);
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

    /** The paragraphs of one section or aside, with their indexes among its blocks. */
    private static final class Paragraphs {
        private @Nullable String[] texts;
        private int[] at;
        private int count;

        /** @param blocks how many blocks the holder has, at most as many as its paragraphs */
        Paragraphs(int blocks) {
            texts = new String[blocks];
            at = new int[blocks];
        }

        void add(String text, int index) {
            texts[count] = text;
            at[count++] = index;
        }

        /** Adds them to {@code out} as the prose of the holder at {@code holder}, unless there are none. */
        void addTo(List<Prose> out, Pointer holder) {
            if (count > 0) {
                // Not Arrays.copyOf: it makes an array of a class type through reflection.
                String[] exact = texts;
                if (count < texts.length) {
                    exact = new String[count];
                    System.arraycopy(texts, 0, exact, 0, count);
                }
                out.add(new Prose(holder, "blocks", Arrays.copyOf(at, count), Arrays.asList(exact)));
            }
        }
    }

    /**
     * Adds the texts and lists of a record to {@code walk}, in document order, and returns the
     * hash of its content: a text's own hash, a list's combination of its elements' hashes as
     * {@link List#hashCode()} combines them, a record's combination of its components' hashes,
     * any other value's {@code hashCode}. Equal values get equal hashes: a record's {@code equals}
     * compares its components with their {@code equals}, and the model's records do not override
     * it.
     *
     * <p>Only a list's items need hashes ({@link Items#hash(int)}): outside any list
     * ({@code hashed} false) the values are not hashed and the result is 0.
     */
    private static int walkRecord(Record record, Shape shape, Pointer pointer, boolean hashed, Walk walk) {
        int hash = 0;
        for (int i = 0; i < shape.names.length; i++) {
            Object component = shape.readers[i].apply(record);
            int h;
            if (component == null) {
                h = 0;
            } else if (!shape.walked[i]) {
                // Enums, dates and numbers hold no text: no pointer, no type tests.
                h = hashed ? component.hashCode() : 0;
            } else if (component instanceof String s) {
                h = text(s, pointer.field(shape.names[i]), walk);
                h = hashed ? h : 0;
            } else if (component instanceof Record r) {
                h = walkRecord(r, shape.shapeOf(i, r.getClass()), pointer.field(shape.names[i]), hashed, walk);
            } else if (component instanceof List<?> list) {
                h = walkList(list, shape, i, pointer.field(shape.names[i]), walk);
            } else {
                h = hashed ? component.hashCode() : 0;
            }
            hash = 31 * hash + h;
        }
        return hash;
    }

    /** {@link #walkRecord} for a list held in component {@code slot} of a record of shape {@code owner}. */
    private static int walkList(List<?> list, Shape owner, int slot, Pointer pointer, Walk walk) {
        int n = list.size();
        int[] hashes = new int[n];
        walk.add(new Items(pointer, list, hashes)); // before its descendants: document order
        int hash = 1;
        for (int i = 0; i < n; i++) {
            Object item = list.get(i);
            int h;
            if (item instanceof String s) {
                h = text(s, pointer.item(i), walk);
            } else if (item instanceof Record r) {
                h = walkRecord(r, owner.shapeOf(slot, r.getClass()), pointer.item(i), true, walk);
            } else if (item instanceof List<?> inner) {
                h = walkList(inner, owner, slot, pointer.item(i), walk);
            } else {
                h = Objects.hashCode(item);
            }
            hashes[i] = h;
            hash = 31 * hash + h;
        }
        return hash;
    }

    /** Adds a text to {@code walk} with its marks, and returns its {@link String#hashCode()}. */
    private static int text(String s, Pointer at, Walk walk) {
        long scanned = scan(s);
        walk.add(new Text(at, s, (int) (scanned >>> 32)));
        return (int) scanned;
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
