package org.conditioncontent.model.outline;

import java.util.List;
import org.conditioncontent.model.Aside;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.ItemKind;
import org.conditioncontent.model.ItemList;
import org.conditioncontent.model.Media;
import org.conditioncontent.model.Paragraph;
import org.conditioncontent.model.Reference;
import org.conditioncontent.model.ResourceGroup;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.SectionKind;
import org.jspecify.annotations.Nullable;

/**
 * One part of an article in reading order, as {@link Outline} walks it. Each part knows the
 * JSON Pointer of its value in the article's canonical wire form (parts in the body keep it as a
 * {@link Location}, written out only when asked for), so a renderer can name it and
 * a rule can report at it. The permitted types are the whole vocabulary of parts:
 * {@link OutlineVisitor} has one method for each.
 */
public sealed interface Part
        permits Part.Header, Part.SectionPart, Part.ParagraphPart, Part.ListPart, Part.ItemPart, Part.AsidePart,
                Part.FigurePart, Part.ResourcesPart, Part.ReferencesPart, Part.CreditsPart {

    /**
     * The JSON Pointer of the part's value ({@code ""} for the whole article).
     *
     * @return the pointer
     */
    String pointer();

    /**
     * The article's head: title, subtitle, series, other names and codes.
     *
     * @param condition the article
     */
    record Header(Condition condition) implements Part {
        @Override
        public String pointer() {
            return "";
        }
    }

    /**
     * A section of the body. Its blocks and nested sections come between
     * {@link OutlineVisitor#enterSection} and {@link OutlineVisitor#exitSection}.
     *
     * @param section the section
     * @param location where it stands ({@code /body/0}, {@code /body/0/sections/1})
     * @param depth 1 for a top-level section, 2 for one nested in it, and so on
     */
    record SectionPart(Section section, Location location, int depth) implements Part {
        /** @return the JSON Pointer of {@link #location()} */
        @Override
        public String pointer() {
            return location.pointer();
        }

        /** @return what the section is about */
        public SectionKind kind() {
            return section.kind();
        }
    }

    /**
     * A paragraph: of a section, or of an aside.
     *
     * @param paragraph the paragraph
     * @param location where it stands (the paragraph is its text in the wire format)
     * @param section the kind of the section it stands in
     */
    record ParagraphPart(Paragraph paragraph, Location location, SectionKind section) implements Part {
        /** @return the JSON Pointer of {@link #location()} */
        @Override
        public String pointer() {
            return location.pointer();
        }
    }

    /**
     * A list: a list block, or the nested items of an item. Its items come between
     * {@link OutlineVisitor#enterList} and {@link OutlineVisitor#exitList}.
     *
     * @param list the list (for nested items, made from the parent item's {@code items} and
     *     {@code ordered})
     * @param location where the list's {@code items} array stands; item {@code i} is at
     *     {@code pointer() + "/" + i}
     * @param depth 1 for a list block, 2 for the items nested in its items, and so on
     */
    record ListPart(ItemList list, Location location, int depth) implements Part {
        /** @return the JSON Pointer of {@link #location()} */
        @Override
        public String pointer() {
            return location.pointer();
        }

        /** @return whether the items are numbered */
        public boolean ordered() {
            return list.ordered();
        }

        /** @return the items */
        public List<Item> items() {
            return list.items();
        }
    }

    /**
     * A list item. Its nested items, if any, come as a {@link ListPart} between
     * {@link OutlineVisitor#enterItem} and {@link OutlineVisitor#exitItem}.
     *
     * @param item the item
     * @param location where it stands
     * @param index its 0-based position in its list
     * @param kind what the item is: its own kind, else its parent item's, else its section's;
     *     {@code null} when none applies
     */
    record ItemPart(Item item, Location location, int index, @Nullable ItemKind kind) implements Part {
        /** @return the JSON Pointer of {@link #location()} */
        @Override
        public String pointer() {
            return location.pointer();
        }
    }

    /**
     * A boxed aside. Its blocks come between {@link OutlineVisitor#enterAside} and
     * {@link OutlineVisitor#exitAside}.
     *
     * @param aside the aside
     * @param location where it stands
     * @param depth the depth of the section it stands in
     */
    record AsidePart(Aside aside, Location location, int depth) implements Part {
        /** @return the JSON Pointer of {@link #location()} */
        @Override
        public String pointer() {
            return location.pointer();
        }
    }

    /**
     * An illustration and its credit.
     *
     * @param media the illustration
     * @param location where it stands
     */
    record FigurePart(Media media, Location location) implements Part {
        /** @return the JSON Pointer of {@link #location()} */
        @Override
        public String pointer() {
            return location.pointer();
        }
    }

    /**
     * The organizations to contact, after the body; visited only when there are any.
     *
     * @param groups the groups by region
     */
    record ResourcesPart(List<ResourceGroup> groups) implements Part {
        /**
         * Copies the list (an unmodifiable list is kept as it is).
         *
         * @param groups the groups by region
         * @throws NullPointerException if the list or a group in it is {@code null}
         */
        public ResourcesPart {
            groups = List.copyOf(groups);
        }

        @Override
        public String pointer() {
            return "/resources";
        }
    }

    /**
     * The references, after the resources; visited only when there are any.
     *
     * @param references the references
     */
    record ReferencesPart(List<Reference> references) implements Part {
        /**
         * Copies the list (an unmodifiable list is kept as it is).
         *
         * @param references the references
         * @throws NullPointerException if the list or a reference in it is {@code null}
         */
        public ReferencesPart {
            references = List.copyOf(references);
        }

        @Override
        public String pointer() {
            return "/references";
        }
    }

    /**
     * The article's credits and notices, last: contributors, publisher, dates, copyright, review,
     * disclaimer, feedback. Visited only when the article has any of them.
     *
     * @param condition the article
     */
    record CreditsPart(Condition condition) implements Part {
        @Override
        public String pointer() {
            return "";
        }
    }
}
