package org.conditioncontent.render.internal;

import org.conditioncontent.render.CitationPart.Kind;

/**
 * A {@link LabelledText} for tests that shows which pieces are the label set's words: each in
 * brackets, "Certain medicines, [such as] a [or] b"; a citation's other parts as they are.
 */
final class BracketedText extends LabelledText {

    private final StringBuilder text = new StringBuilder();

    @Override
    protected void write(Kind kind, String piece, boolean label) {
        text.append(label ? "[" + piece + "]" : piece);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
