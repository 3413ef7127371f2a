package org.conditioncontent.render.internal;

import org.conditioncontent.model.outline.Part;

/**
 * The built-in markup of one renderer: one method for each kind of outline {@link Part}, and one
 * for each end of a container, none with a default. A renderer that implements it names what it
 * writes for every kind, even where that is nothing, so the compiler tells it when a kind is added
 * here; {@link PartDispatch#builtIn(BuiltInParts, Part, boolean)} is the one place that picks the
 * method for a part.
 */
public interface BuiltInParts {

    /**
     * Writes the article's head.
     *
     * @param part the head
     */
    void builtInHeader(Part.Header part);

    /**
     * Writes the start of a section.
     *
     * @param part the section
     */
    void builtInEnterSection(Part.SectionPart part);

    /**
     * Writes the end of a section.
     *
     * @param part the section
     */
    void builtInExitSection(Part.SectionPart part);

    /**
     * Writes a paragraph.
     *
     * @param part the paragraph
     */
    void builtInParagraph(Part.ParagraphPart part);

    /**
     * Writes the start of a list.
     *
     * @param part the list
     */
    void builtInEnterList(Part.ListPart part);

    /**
     * Writes the end of a list.
     *
     * @param part the list
     */
    void builtInExitList(Part.ListPart part);

    /**
     * Writes the start of a list item.
     *
     * @param part the item
     */
    void builtInEnterItem(Part.ItemPart part);

    /**
     * Writes the end of a list item.
     *
     * @param part the item
     */
    void builtInExitItem(Part.ItemPart part);

    /**
     * Writes the start of an aside.
     *
     * @param part the aside
     */
    void builtInEnterAside(Part.AsidePart part);

    /**
     * Writes the end of an aside.
     *
     * @param part the aside
     */
    void builtInExitAside(Part.AsidePart part);

    /**
     * Writes an illustration.
     *
     * @param part the illustration
     */
    void builtInFigure(Part.FigurePart part);

    /**
     * Writes the organizations to contact.
     *
     * @param part the groups
     */
    void builtInResources(Part.ResourcesPart part);

    /**
     * Writes the references.
     *
     * @param part the references
     */
    void builtInReferences(Part.ReferencesPart part);

    /**
     * Writes the credits and notices.
     *
     * @param part the credits
     */
    void builtInCredits(Part.CreditsPart part);
}
