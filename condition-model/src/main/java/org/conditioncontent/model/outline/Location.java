package org.conditioncontent.model.outline;

import org.jspecify.annotations.Nullable;

/**
 * Where a part stands in its article: the JSON Pointer of its value in the article's canonical
 * wire form, kept as the steps that lead to it and written out only when asked for. An outline
 * walk hands a location to every part; a renderer that never asks for pointers builds none.
 *
 * <p>Locations are immutable and safe to share between threads. Two locations are equal when
 * their pointers are.
 */
public final class Location {

    private static final Location ROOT = new Location(null, "", -1);

    private final @Nullable Location parent;
    /** The step's member name, or {@code ""} for a step that is only an array index. */
    private final String member;
    /** The step's array index after the member, or -1 for none. */
    private final int index;
    /** The pointer once written; a race writes the same string twice, which is harmless. */
    private @Nullable String pointer;

    private Location(@Nullable Location parent, String member, int index) {
        this.parent = parent;
        this.member = member;
        this.index = index;
    }

    /** The whole article ({@code ""}). */
    static Location root() {
        return ROOT;
    }

    /** This location's member {@code name}: {@code /body/0} then {@code /body/0/blocks}. */
    Location member(String name) {
        return new Location(this, name, -1);
    }

    /** Element {@code i} of this location's member {@code name}, in one step: {@code /body/0}. */
    Location element(String name, int i) {
        return new Location(this, name, i);
    }

    /** Element {@code i} of the array at this location: {@code .../items} then {@code .../items/2}. */
    Location element(int i) {
        return new Location(this, "", i);
    }

    /**
     * The JSON Pointer, such as {@code /body/0/blocks/2/items/1}; {@code ""} for the article.
     *
     * @return the pointer
     */
    public String pointer() {
        String p = pointer;
        if (p == null) {
            StringBuilder out = new StringBuilder(48);
            write(out);
            p = out.toString();
            pointer = p;
        }
        return p;
    }

    private void write(StringBuilder out) {
        if (parent == null) {
            return;
        }
        String known = parent.pointer;
        if (known != null) {
            out.append(known);
        } else {
            parent.write(out);
        }
        if (!member.isEmpty()) {
            out.append('/').append(member);
        }
        if (index >= 0) {
            out.append('/').append(index);
        }
    }

    /**
     * Whether another object is a location with the same pointer.
     *
     * @param o the other object
     * @return whether the pointers are equal
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Location other && pointer().equals(other.pointer());
    }

    /**
     * A hash of the pointer.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return pointer().hashCode();
    }

    /**
     * The pointer, as {@link #pointer()} gives it.
     *
     * @return the pointer
     */
    @Override
    public String toString() {
        return pointer();
    }
}
