package org.conditioncontent.examples;

import org.conditioncontent.model.Reference;
import org.conditioncontent.model.outline.Part;
import org.conditioncontent.render.Labels;
import org.conditioncontent.render.html.HtmlPartContext;
import org.conditioncontent.render.html.HtmlPartRenderer;

/**
 * A part renderer of one's own: the references as a numbered list with a PubMed link after each
 * cited work that has a PubMed id, everything else on the page as the built-in renderer writes it.
 *
 * <pre>{@code
 * HtmlRenderer html = HtmlRenderer.builder()
 *         .partRenderer(Part.ReferencesPart.class, new PubMedReferences())
 *         .build();
 * }</pre>
 */
public final class PubMedReferences implements HtmlPartRenderer<Part.ReferencesPart> {

    /** Creates the part renderer; it has no options. */
    public PubMedReferences() {}

    @Override
    public void render(Part.ReferencesPart part, HtmlPartContext context) {
        String id = context.id("references");
        context.writer().start("section", "id", id, "aria-labelledby", id + "-heading").newline()
                .heading(context.headingLevel(), context.labels().get(Labels.Label.REFERENCES), id + "-heading")
                .start("ol", "class", "references").newline();
        for (Reference reference : part.references()) {
            context.writer().start("li");
            context.writeCitation(reference);
            if (reference.pmid() != null) {
                context.writer().text(" ").link("https://pubmed.ncbi.nlm.nih.gov/" + reference.pmid() + "/", "PubMed");
            }
            context.writer().end("li").newline();
        }
        context.writer().end("ol").newline().end("section").newline();
    }
}
