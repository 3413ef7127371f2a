package org.conditioncontent.examples.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How faithfully a rendering shows a publisher layout: which of the layout's parts it shows in
 * the layout's order, and which headings it adds.
 *
 * <p>The parts are looked for one after another, each after the place where the one before it was
 * found, so a part shown out of order counts as missing. A sentence must be a whole sentence of a
 * block of running text (not of a list item); a heading must have the layout's level (in the
 * text, a line of its own indented two spaces for each level below 2); a list item must have the
 * layout's depth and kind (numbered or bulleted); a detail may be any piece of the rendering's
 * text. Where the rendering marks asides,
 * a part inside the layout's aside must be inside one in the rendering and a part outside outside.
 *
 * @param layout the layout's name
 * @param format the rendering's format
 * @param shown the number of the layout's parts found in order
 * @param total the number of the layout's parts
 * @param missing the parts not found, described with their layout line
 * @param extraHeadings headings of the rendering that the layout does not have
 */
record Fidelity(String layout, String format, int shown, int total, List<String> missing, List<String> extraHeadings) {

    Fidelity {
        missing = List.copyOf(missing);
        extraHeadings = List.copyOf(extraHeadings);
    }

    /**
     * Compares a rendering with a layout.
     *
     * @param layout what the publisher's page shows
     * @param rendering what the renderer shows
     * @return the comparison
     */
    static Fidelity of(PublisherLayout layout, Rendering rendering) {
        List<Part> parts = rendering.parts();
        List<String> missing = new ArrayList<>();
        int block = 0; // the rendering's block where the last part was found
        int offset = 0; // the offset in that block after it; 0 when the block is not yet entered
        for (Part expected : layout.parts()) {
            int found = -1;
            int end = 0;
            switch (expected.kind()) {
                case PARAGRAPH -> {
                    for (int j = block; j < parts.size() && found < 0; j++) {
                        Part p = parts.get(j);
                        if (p.kind() != Part.Kind.PARAGRAPH || !sameAside(expected, p, rendering)) {
                            continue;
                        }
                        for (Texts.Sentence s : Texts.sentences(p.text())) {
                            if ((j > block || s.start() >= offset) && s.text().equals(expected.text())) {
                                found = j;
                                end = s.start() + s.text().length();
                                break;
                            }
                        }
                    }
                }
                case DETAIL -> {
                    for (int j = block; j < parts.size() && found < 0; j++) {
                        int at = parts.get(j).text().indexOf(expected.text(), j == block ? offset : 0);
                        if (at >= 0) {
                            found = j;
                            end = at + expected.text().length();
                        }
                    }
                }
                default -> {
                    for (int j = offset > 0 ? block + 1 : block; j < parts.size() && found < 0; j++) {
                        if (matchesBlock(expected, parts.get(j), rendering)) {
                            found = j;
                            end = Integer.MAX_VALUE; // a whole block: the next part starts after it
                        }
                    }
                }
            }
            if (found < 0) {
                missing.add(expected.describe());
            } else {
                block = found;
                offset = end;
            }
        }
        return new Fidelity(layout.name(), rendering.format(), layout.parts().size() - missing.size(),
                layout.parts().size(), missing, extraHeadings(layout, rendering));
    }

    private static boolean matchesBlock(Part expected, Part p, Rendering rendering) {
        if (!p.text().equals(expected.text()) || !sameAside(expected, p, rendering)) {
            return false;
        }
        return switch (expected.kind()) {
            case HEADING -> rendering.headingLevels()
                    ? p.kind() == Part.Kind.HEADING && p.level() == expected.level()
                    : p.kind() == Part.Kind.PARAGRAPH && p.level() == textIndentation(expected.level());
            case ASIDE_TITLE -> p.kind() == Part.Kind.HEADING || p.kind() == Part.Kind.PARAGRAPH;
            case ITEM -> p.kind() == Part.Kind.ITEM && p.level() == expected.level() && p.ordered() == expected.ordered();
            case PARAGRAPH, DETAIL -> false;
        };
    }

    /**
     * The indentation, in two-space steps, of a heading's line in the text rendering: none for the
     * title and the top-level sections, one step for each level below (decision 22).
     */
    private static int textIndentation(int level) {
        return Math.max(0, level - 2);
    }

    private static boolean sameAside(Part expected, Part p, Rendering rendering) {
        return !rendering.asides() || expected.inAside() == p.inAside();
    }

    private static List<String> extraHeadings(PublisherLayout layout, Rendering rendering) {
        List<String> extra = new ArrayList<>();
        if (!rendering.headingLevels()) {
            return extra;
        }
        for (Part p : rendering.parts()) {
            if (p.kind() != Part.Kind.HEADING) {
                continue;
            }
            boolean known = layout.parts().stream().anyMatch(e -> e.text().equals(p.text())
                    && (e.kind() == Part.Kind.HEADING && e.level() == p.level()
                            || e.kind() == Part.Kind.ASIDE_TITLE && p.inAside()));
            if (!known) {
                extra.add("heading (level " + p.level() + ") \"" + p.text() + "\"");
            }
        }
        return extra;
    }

    /**
     * The share of the layout's parts shown, in percent; 100 for an empty layout.
     *
     * @return the percentage
     */
    double percent() {
        return total == 0 ? 100.0 : 100.0 * shown / total;
    }

    /**
     * Whether the rendering shows every part of the layout and adds no heading.
     *
     * @return {@code true} when faithful
     */
    boolean faithful() {
        return missing.isEmpty() && extraHeadings.isEmpty();
    }

    /**
     * One line for the test output, such as {@code plantar-fasciitis html: 100.0% (88/88), 0 extra headings}.
     *
     * @return the line
     */
    String summary() {
        return String.format(Locale.ROOT, "%s %s: %.1f%% (%d/%d), %d extra heading%s", layout, format, percent(), shown,
                total, extraHeadings.size(), extraHeadings.size() == 1 ? "" : "s");
    }

    /**
     * The summary and every missing part and extra heading, one a line, for a failure message.
     *
     * @return the report
     */
    String report() {
        StringBuilder s = new StringBuilder(summary());
        for (String m : missing) {
            s.append("\n  missing ").append(m);
        }
        for (String h : extraHeadings) {
            s.append("\n  not in the layout: ").append(h);
        }
        return s.toString();
    }
}
