package org.conditioncontent.loader.rules.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.conditioncontent.json.Property;
import org.conditioncontent.json.RecordShape;
import org.conditioncontent.loader.internal.Pointer;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.outline.Location;
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

    /** The last article's prose on each thread, by identity, as {@link #LAST_WALK}. */
    private static final ThreadLocal<LastProse> LAST_PROSE = new ThreadLocal<>();

    private record LastProse(Condition condition, List<Prose> prose) {}

    /** An article and its texts and lists, in document order; both lists are unmodifiable. */
    private record Walk(Condition condition, List<Text> texts, List<Items> lists) {}

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

    /** The kinds of character a text holds, in one pass. */
    static int marksOf(String s) {
        int marks = 0;
        char previous = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char ch = s.charAt(i);
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

        private final Location holder;
        private final String member;
        private final @Nullable List<Location> at;
        private final List<String> paragraphs;
        private final Sentences.@Nullable Split[] splits;

        /**
         * @param holder the section, aside or item that holds the paragraphs
         * @param member its member that lists them: {@code blocks} or {@code paragraphs}
         * @param at where each paragraph is, or {@code null} when paragraph {@code i} is element
         *     {@code i} of the member (an item's own paragraphs)
         * @param paragraphs the paragraphs
         */
        Prose(Location holder, String member, @Nullable List<Location> at, List<String> paragraphs) {
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
            return holder.pointer() + "/" + member;
        }

        /**
         * @param i a paragraph's index
         * @return the JSON Pointer of paragraph {@code i}
         */
        public String pointer(int i) {
            return at != null ? at.get(i).pointer() : pointer() + "/" + i;
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
        walkRecord(condition, SHAPES.get(Condition.class), Pointer.ROOT, false, texts, lists);
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
        // The sentence-length and reading-level rules both ask, one after the other: one walk
        // serves both, as for texts and lists.
        LastProse last = LAST_PROSE.get();
        if (last != null && last.condition() == condition) {
            return last.prose();
        }
        List<Prose> out = new ArrayList<>();
        Deque<List<Part.ParagraphPart>> open = new ArrayDeque<>();
        Outline.of(condition).walk(new OutlineAdapter() {
            @Override
            public void enterSection(Part.SectionPart section) {
                open.push(new ArrayList<>());
            }

            @Override
            public void exitSection(Part.SectionPart section) {
                add(out, section.location(), open.pop());
            }

            @Override
            public void enterAside(Part.AsidePart aside) {
                open.push(new ArrayList<>());
            }

            @Override
            public void exitAside(Part.AsidePart aside) {
                add(out, aside.location(), open.pop());
            }

            @Override
            public void paragraph(Part.ParagraphPart paragraph) {
                open.element().add(paragraph);
            }

            @Override
            public void enterItem(Part.ItemPart item) {
                List<String> own = item.item().paragraphs();
                if (!own.isEmpty()) {
                    out.add(new Prose(item.location(), "paragraphs", null, own));
                }
            }
        });
        List<Prose> prose = Collections.unmodifiableList(out);
        LAST_PROSE.set(new LastProse(condition, prose));
        return prose;
    }

    private static void add(List<Prose> out, Location holder, List<Part.ParagraphPart> paragraphs) {
        if (!paragraphs.isEmpty()) {
            List<Location> at = new ArrayList<>(paragraphs.size());
            List<String> texts = new ArrayList<>(paragraphs.size());
            for (Part.ParagraphPart p : paragraphs) {
                at.add(p.location());
                texts.add(p.paragraph().text());
            }
            out.add(new Prose(holder, "blocks", at, texts));
        }
    }

    /**
     * Adds the texts and lists of a record to {@code texts} and {@code lists}, in document order,
     * and returns the hash of its content: a text's own hash, a list's combination of its
     * elements' hashes as {@link List#hashCode()} combines them, a record's combination of its
     * components' hashes, any other value's {@code hashCode}. Equal values get equal hashes: a
     * record's {@code equals} compares its components with their {@code equals}, and the
     * model's records do not override it.
     *
     * <p>Only a list's items need hashes ({@link Items#hash(int)}): outside any list
     * ({@code hashed} false) the values are not hashed and the result is 0.
     */
    private static int walkRecord(Record record, Shape shape, Pointer pointer, boolean hashed, List<Text> texts, List<Items> lists) {
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
                texts.add(new Text(pointer.field(shape.names[i]), s, marksOf(s)));
                h = hashed ? s.hashCode() : 0;
            } else if (component instanceof Record r) {
                h = walkRecord(r, shape.shapeOf(i, r.getClass()), pointer.field(shape.names[i]), hashed, texts, lists);
            } else if (component instanceof List<?> list) {
                h = walkList(list, shape, i, pointer.field(shape.names[i]), texts, lists);
            } else {
                h = hashed ? component.hashCode() : 0;
            }
            hash = 31 * hash + h;
        }
        return hash;
    }

    /** {@link #walkRecord} for a list held in component {@code slot} of a record of shape {@code owner}. */
    private static int walkList(List<?> list, Shape owner, int slot, Pointer pointer, List<Text> texts, List<Items> lists) {
        int n = list.size();
        int[] hashes = new int[n];
        lists.add(new Items(pointer, list, hashes)); // before its descendants: document order
        int hash = 1;
        for (int i = 0; i < n; i++) {
            Object item = list.get(i);
            int h;
            if (item instanceof String s) {
                texts.add(new Text(pointer.item(i), s, marksOf(s)));
                h = s.hashCode();
            } else if (item instanceof Record r) {
                h = walkRecord(r, owner.shapeOf(slot, r.getClass()), pointer.item(i), true, texts, lists);
            } else if (item instanceof List<?> inner) {
                h = walkList(inner, owner, slot, pointer.item(i), texts, lists);
            } else {
                h = Objects.hashCode(item);
            }
            hashes[i] = h;
            hash = 31 * hash + h;
        }
        return hash;
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
