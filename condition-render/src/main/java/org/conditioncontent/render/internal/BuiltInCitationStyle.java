package org.conditioncontent.render.internal;

import java.util.ArrayList;
import java.util.List;
import org.conditioncontent.model.Reference;
import org.conditioncontent.render.CitationPart;
import org.conditioncontent.render.CitationPart.Kind;
import org.conditioncontent.render.CitationStyle;
import org.conditioncontent.render.Labels;

/**
 * A built-in citation style, which writes a citation piece by piece into a {@link LabelledText}:
 * gathered into {@linkplain #parts parts} or {@linkplain #plain plain text}, or, by the HTML
 * renderer, straight into the page, where the label set's words ("Available at", "Accessed ...")
 * can be told apart from the cited work's and marked with their language.
 */
public abstract class BuiltInCitationStyle implements CitationStyle {

    /** For the built-in styles. */
    BuiltInCitationStyle() {}

    /**
     * Writes the citation of a reference, as a phrase of its own ({@link LabelledText#begin()}).
     *
     * @param reference the reference
     * @param labels the words of the article's language
     * @param out where the pieces go
     */
    public final void write(Reference reference, Labels labels, LabelledText out) {
        cite(reference, labels, out.begin());
    }

    /** Writes the citation's pieces, in reading order, from the start of a phrase. */
    abstract void cite(Reference reference, Labels labels, LabelledText out);

    /**
     * {@inheritDoc} Adjacent text is merged into one part.
     */
    @Override
    public final List<CitationPart> parts(Reference reference, Labels labels) {
        Parts parts = new Parts();
        cite(reference, labels, parts);
        return parts.list();
    }

    /**
     * {@inheritDoc} Written straight into one builder rather than cut into parts and joined,
     * since the text renderer cites every reference so.
     */
    @Override
    public final String plain(Reference reference, Labels labels) {
        LabelledText.Plain text = new LabelledText.Plain(128);
        cite(reference, labels, text);
        return text.toString();
    }

    /** The citation as typed parts; adjacent text, label words or not, is gathered into one part. */
    private static final class Parts extends LabelledText {
        private final List<CitationPart> list = new ArrayList<>(8);
        /** Text not yet made a part, since more text may follow it. */
        private final StringBuilder text = new StringBuilder();

        @Override
        protected void write(Kind kind, String value, boolean label) {
            if (kind == Kind.TEXT) {
                text.append(value);
                return;
            }
            flush();
            list.add(new CitationPart(kind, value));
        }

        List<CitationPart> list() {
            flush();
            return List.copyOf(list);
        }

        private void flush() {
            if (text.length() > 0) {
                list.add(new CitationPart(Kind.TEXT, text.toString()));
                text.setLength(0);
            }
        }
    }
}
