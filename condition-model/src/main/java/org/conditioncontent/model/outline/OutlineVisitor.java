package org.conditioncontent.model.outline;

/**
 * Receives an article's parts in reading order from {@link Outline#walk(OutlineVisitor)}. One
 * method per part type, none with a default, so that a renderer that implements this interface
 * is told by the compiler when a part type is added. Containers (sections, lists, items, asides)
 * have an {@code enter} and an {@code exit} method; what they hold comes in between.
 */
public interface OutlineVisitor {

    /**
     * The article's head; always first.
     *
     * @param header the head
     */
    void header(Part.Header header);

    /**
     * A section begins.
     *
     * @param section the section
     */
    void enterSection(Part.SectionPart section);

    /**
     * A section ends.
     *
     * @param section the section
     */
    void exitSection(Part.SectionPart section);

    /**
     * A paragraph.
     *
     * @param paragraph the paragraph
     */
    void paragraph(Part.ParagraphPart paragraph);

    /**
     * A list begins.
     *
     * @param list the list
     */
    void enterList(Part.ListPart list);

    /**
     * A list ends.
     *
     * @param list the list
     */
    void exitList(Part.ListPart list);

    /**
     * A list item begins.
     *
     * @param item the item
     */
    void enterItem(Part.ItemPart item);

    /**
     * A list item ends.
     *
     * @param item the item
     */
    void exitItem(Part.ItemPart item);

    /**
     * An aside begins.
     *
     * @param aside the aside
     */
    void enterAside(Part.AsidePart aside);

    /**
     * An aside ends.
     *
     * @param aside the aside
     */
    void exitAside(Part.AsidePart aside);

    /**
     * An illustration.
     *
     * @param figure the illustration
     */
    void figure(Part.FigurePart figure);

    /**
     * The organizations to contact.
     *
     * @param resources the groups
     */
    void resources(Part.ResourcesPart resources);

    /**
     * The references.
     *
     * @param references the references
     */
    void references(Part.ReferencesPart references);

    /**
     * The credits and notices; always last when present.
     *
     * @param credits the credits
     */
    void credits(Part.CreditsPart credits);
}
