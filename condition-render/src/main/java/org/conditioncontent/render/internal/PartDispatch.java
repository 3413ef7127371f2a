package org.conditioncontent.render.internal;

import org.conditioncontent.model.outline.Part;
import org.jspecify.annotations.Nullable;

/**
 * Sends outline parts to a renderer's {@link BuiltInParts} when a user's part renderer stands
 * between them: the part's type picks the method, and the built-in markup of the part a user's
 * renderer is writing is written at most once, however often that renderer asks for it. Holds the
 * state of one rendering, so it is made anew for every call, and only by a renderer that has
 * part renderers of a user's (without them a renderer calls its own methods straight away).
 */
public final class PartDispatch {

    private final BuiltInParts markup;
    private @Nullable Part current;
    private boolean exiting;
    private boolean builtInDone;

    /**
     * A dispatch to one renderer's built-in markup.
     *
     * @param markup the renderer's built-in markup
     */
    public PartDispatch(BuiltInParts markup) {
        this.markup = markup;
    }

    /**
     * Writes a part with the method of {@code markup} for its type.
     *
     * @param markup the renderer's built-in markup
     * @param part the part
     * @param exit whether the container part ends (else it starts); ignored for parts that are
     *     not containers
     * @throws IllegalArgumentException if the part is of a type this method does not know, which
     *     only a type added to {@link Part} without a method here can be
     */
    public static void builtIn(BuiltInParts markup, Part part, boolean exit) {
        if (part instanceof Part.Header p) {
            markup.builtInHeader(p);
        } else if (part instanceof Part.SectionPart p) {
            if (exit) {
                markup.builtInExitSection(p);
            } else {
                markup.builtInEnterSection(p);
            }
        } else if (part instanceof Part.ParagraphPart p) {
            markup.builtInParagraph(p);
        } else if (part instanceof Part.ListPart p) {
            if (exit) {
                markup.builtInExitList(p);
            } else {
                markup.builtInEnterList(p);
            }
        } else if (part instanceof Part.ItemPart p) {
            if (exit) {
                markup.builtInExitItem(p);
            } else {
                markup.builtInEnterItem(p);
            }
        } else if (part instanceof Part.AsidePart p) {
            if (exit) {
                markup.builtInExitAside(p);
            } else {
                markup.builtInEnterAside(p);
            }
        } else if (part instanceof Part.FigurePart p) {
            markup.builtInFigure(p);
        } else if (part instanceof Part.ResourcesPart p) {
            markup.builtInResources(p);
        } else if (part instanceof Part.ReferencesPart p) {
            markup.builtInReferences(p);
        } else if (part instanceof Part.CreditsPart p) {
            markup.builtInCredits(p);
        } else {
            // Part is sealed, but a switch over it needs Java 21: a new type lands here, and the tests say so.
            throw new IllegalArgumentException("No built-in markup for the part type " + part.getClass().getName()
                    + "; add a method for it to BuiltInParts and a branch to PartDispatch.builtIn");
        }
    }

    /**
     * A user's renderer starts writing a part; until {@link #end()}, {@link #renderBuiltIn()}
     * writes the part's built-in markup.
     *
     * @param part the part
     * @param exit whether the container part ends (else it starts)
     */
    public void begin(Part part, boolean exit) {
        current = part;
        exiting = exit;
        builtInDone = false;
    }

    /**
     * The user's renderer has written its part.
     *
     * @return whether it had the built-in markup written, so that the renderer's own state (open
     *     sections, heading levels, line prefixes) was kept by the built-in markup; when not, the
     *     renderer keeps it itself
     */
    public boolean end() {
        current = null;
        return builtInDone;
    }

    /**
     * The part a user's renderer is writing.
     *
     * @return the part between {@link #begin} and {@link #end()}, else {@code null}
     */
    public @Nullable Part current() {
        return current;
    }

    /**
     * Writes the built-in markup of the part a user's renderer is writing, once: a second call
     * for the same part, or a call outside one, writes nothing.
     */
    public void renderBuiltIn() {
        Part part = current;
        if (part == null || builtInDone) {
            return;
        }
        builtInDone = true;
        builtIn(markup, part, exiting);
    }
}
