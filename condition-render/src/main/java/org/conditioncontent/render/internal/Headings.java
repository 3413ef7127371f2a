package org.conditioncontent.render.internal;

import java.util.Locale;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.SectionKind;
import org.conditioncontent.render.Labels;
import org.jspecify.annotations.Nullable;

/**
 * The headings the built-in renderers write, so text and HTML agree: a section's own heading in
 * the publisher's words, else the English label of its kind ({@link #of(SectionKind)}), and the
 * headings of the end matter.
 */
public final class Headings {

    /** The heading of the resources. */
    public static final String RESOURCES = "Resources";
    /** The heading of the references. */
    public static final String REFERENCES = "References";
    /** The heading of the contributors. */
    public static final String CONTRIBUTORS = "Contributors";

    /** The heading of a section of kind {@link SectionKind#OTHER}, or of no kind, which only an unvalidated article has. */
    public static final String OTHER = "More Information";

    /** The ids by kind, made once: a page asks for one per section. */
    private static final String[] IDS = new String[SectionKind.values().length];

    static {
        for (SectionKind kind : SectionKind.values()) {
            IDS[kind.ordinal()] = kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private Headings() {}

    /**
     * The heading to write over a section: its own when it has one, else its kind's label.
     * Whether to write one at all is {@link Section#hasHeading()}.
     *
     * @param section the section
     * @return the heading, never blank
     */
    public static String of(Section section) {
        return EnglishPhrases.isPresent(section.heading()) ? section.heading() : of(section.kind());
    }

    /**
     * The default heading of a section of the given kind: the labels format 1 wrote over its
     * typed parts, so an upgraded article renders as before.
     *
     * @param kind the section's kind; {@code null} gives {@link #OTHER}
     * @return the heading, such as "When to See a Doctor"
     */
    public static String of(@Nullable SectionKind kind) {
        return Labels.english().heading(kind);
    }

    /**
     * The stable HTML id of a section of the given kind: its name in lower case with hyphens
     * ({@code risk-factors}, {@code when-to-see-a-doctor}).
     *
     * @param kind the kind; {@code null} gives {@code section}
     * @return the id
     */
    public static String id(@Nullable SectionKind kind) {
        return kind == null ? "section" : IDS[kind.ordinal()];
    }
}
