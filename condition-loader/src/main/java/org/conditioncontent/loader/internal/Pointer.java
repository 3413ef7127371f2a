package org.conditioncontent.loader.internal;

import org.jspecify.annotations.Nullable;

/**
 * A JSON Pointer (RFC 6901) made one segment at a time from {@link #ROOT}, whose text is built
 * only when it is asked for. The tree reader, the binder and the editorial rules' walk visit every
 * value of an article and need its pointer only for the few values that have a finding; building
 * every pointer as a string took a seventh of a structural load (see docs/performance.md).
 * Immutable: its segments are final fields, and the text it caches is made from them alone, so two
 * threads that both make it get equal strings.
 */
public final class Pointer {

    /** The whole document: {@code ""}. */
    public static final Pointer ROOT = new Pointer(null, null, -1);

    private final @Nullable Pointer parent;
    private final @Nullable String name;
    private final int index;
    private @Nullable String text;

    private Pointer(@Nullable Pointer parent, @Nullable String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /**
     * The pointer of a field of the object this points at.
     *
     * @param field the field's name, unescaped
     * @return the child pointer
     */
    public Pointer field(String field) {
        return new Pointer(this, field, -1);
    }

    /**
     * The pointer of an item of the list this points at.
     *
     * @param i the item's 0-based index
     * @return the child pointer
     */
    public Pointer item(int i) {
        return new Pointer(this, null, i);
    }

    /**
     * The pointer's text, such as {@code /riskFactors/items/0/text}.
     *
     * @return the text; {@code ""} for the root
     */
    @Override
    public String toString() {
        String t = text;
        if (t == null) {
            StringBuilder out = new StringBuilder(64);
            append(out);
            t = out.toString();
            text = t;
        }
        return t;
    }

    private void append(StringBuilder out) {
        if (parent == null) {
            return; // the root: the empty pointer
        }
        parent.append(out);
        out.append('/');
        if (name != null) {
            out.append(escape(name));
        } else {
            out.append(index);
        }
    }

    /**
     * Escapes a field name as a JSON Pointer segment (RFC 6901).
     *
     * @param name the name
     * @return the escaped segment
     */
    public static String escape(String name) {
        if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
            return name;
        }
        return name.replace("~", "~0").replace("/", "~1");
    }
}
