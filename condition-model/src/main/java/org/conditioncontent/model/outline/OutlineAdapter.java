package org.conditioncontent.model.outline;

/**
 * An {@link OutlineVisitor} whose methods do nothing, for a walk that needs only some parts (a
 * rule that reads the items, a count). Renderers should implement {@link OutlineVisitor}
 * itself, so that the compiler names any part type they do not render.
 */
public abstract class OutlineAdapter implements OutlineVisitor {

    /** Creates an adapter. */
    protected OutlineAdapter() {}

    @Override
    public void header(Part.Header header) {}

    @Override
    public void enterSection(Part.SectionPart section) {}

    @Override
    public void exitSection(Part.SectionPart section) {}

    @Override
    public void paragraph(Part.ParagraphPart paragraph) {}

    @Override
    public void enterList(Part.ListPart list) {}

    @Override
    public void exitList(Part.ListPart list) {}

    @Override
    public void enterItem(Part.ItemPart item) {}

    @Override
    public void exitItem(Part.ItemPart item) {}

    @Override
    public void enterAside(Part.AsidePart aside) {}

    @Override
    public void exitAside(Part.AsidePart aside) {}

    @Override
    public void figure(Part.FigurePart figure) {}

    @Override
    public void resources(Part.ResourcesPart resources) {}

    @Override
    public void references(Part.ReferencesPart references) {}

    @Override
    public void credits(Part.CreditsPart credits) {}
}
