package org.conditioncontent.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.conditioncontent.model.constraints.NullOrNotBlank;
import org.jspecify.annotations.Nullable;

/**
 * A section of the article body, where the publisher placed it: what it is about (its
 * {@link SectionKind}), the heading in the publisher's words, its blocks (paragraphs, lists,
 * asides, illustrations) and its nested sections (treatment groups, the urgency tiers of "when to
 * see a doctor", "Who is affected" under "Causes"). Headings are numbered by depth: a
 * top-level section's heading sits one level below the article's title.
 *
 * @param kind what the section is about
 * @param heading the heading in the publisher's words; when absent, renderers show the kind's
 *     default label (unless {@code noHeading})
 * @param noHeading {@code true} for a section shown without any heading, such as the lead
 *     summary at the top of a topic page; {@code false} when absent
 * @param blocks the section's content before its nested sections, in reading order
 * @param sections nested sections, in reading order
 */
public record Section(
        @NotNull SectionKind kind,
        @NullOrNotBlank @Nullable String heading,
        boolean noHeading,
        List<@Valid Block> blocks,
        List<@Valid Section> sections) {

    /**
     * Normalises the lists: {@code null} becomes empty; elements must not be {@code null}.
     *
     * @param kind what the section is about
     * @param heading the heading in the publisher's words; optional
     * @param noHeading whether the section is shown without a heading
     * @param blocks the section's content before its nested sections
     * @param sections nested sections
     */
    public Section {
        blocks = Lists.copy(blocks);
        sections = Lists.copy(sections);
    }

    /**
     * A section with the default heading of its kind and the given blocks.
     *
     * @param kind what the section is about
     * @param blocks its content
     * @return the section
     */
    public static Section of(SectionKind kind, Block... blocks) {
        return new Section(kind, null, false, List.of(blocks), List.of());
    }

    /**
     * Whether the section shows a heading: it has one, or its kind's default is shown.
     *
     * @return {@code false} only for a section marked {@code noHeading}
     */
    public boolean hasHeading() {
        return !noHeading;
    }
}
