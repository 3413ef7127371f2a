package org.conditioncontent.examples.fidelity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publisher layout: the plain-text picture of how a publisher's page reads, in the format that
 * {@code examples/conditions/README.md} defines, read into the {@link Part}s a rendering must show.
 * A paragraph becomes one part per sentence.
 *
 * @param name the layout's name for messages (its file name)
 * @param parts what the page shows, in reading order
 */
record PublisherLayout(String name, List<Part> parts) {

    private static final Pattern HEADING = Pattern.compile("(#{1,6}) (\\S.*)");
    private static final Pattern ITEM = Pattern.compile("( *)(?:(- )|(\\d+)\\. )(\\S.*)");
    private static final String ASIDE_START = "[aside] ";
    private static final String ASIDE_END = "[/aside]";
    private static final String DETAIL = "@ ";
    private static final String COMMENT = "%";

    PublisherLayout {
        parts = List.copyOf(parts);
    }

    /**
     * Reads a layout file.
     *
     * @param file the file, UTF-8
     * @return the layout
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if a line breaks the format, with the file and line
     */
    static PublisherLayout read(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Reads a layout from its text.
     *
     * @param name the layout's name for messages
     * @param text the layout
     * @return the layout
     * @throws IllegalArgumentException if a line breaks the format, with the name and line
     */
    static PublisherLayout parse(String name, String text) {
        List<Part> parts = new ArrayList<>();
        boolean inAside = false;
        int depth = -1; // the depth of the list item above, or -1 when the line above ends any list
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i];
            if (line.startsWith(COMMENT)) {
                continue;
            }
            if (line.isBlank()) {
                depth = -1;
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            Matcher item = ITEM.matcher(line);
            if (heading.matches()) {
                parts.add(new Part(Part.Kind.HEADING, Texts.normalise(heading.group(2)), heading.group(1).length(), false,
                        inAside, number));
                depth = -1;
            } else if (line.startsWith(ASIDE_START)) {
                check(!inAside, name, number, "an aside starts inside another aside");
                inAside = true;
                parts.add(new Part(Part.Kind.ASIDE_TITLE, Texts.normalise(line.substring(ASIDE_START.length())), 0, false,
                        true, number));
                depth = -1;
            } else if (line.equals(ASIDE_END)) {
                check(inAside, name, number, "[/aside] without an aside to end");
                inAside = false;
                depth = -1;
            } else if (line.startsWith(DETAIL)) {
                parts.add(new Part(Part.Kind.DETAIL, Texts.normalise(line.substring(DETAIL.length())), 0, false, inAside,
                        number));
                depth = -1;
            } else if (item.matches()) {
                int indent = item.group(1).length();
                check(indent % 2 == 0, name, number, "list items are indented by two spaces a level");
                int itemDepth = indent / 2;
                check(itemDepth <= depth + 1, name, number, "a list item is indented more than one level below the item above it");
                parts.add(new Part(Part.Kind.ITEM, Texts.normalise(item.group(4)), itemDepth, item.group(2) == null, inAside,
                        number));
                depth = itemDepth;
            } else {
                check(!line.startsWith(" ") || depth >= 0, name, number,
                        "an indented line that is not a list item must stand under one (a paragraph of that item)");
                for (Texts.Sentence sentence : Texts.sentences(Texts.normalise(line))) {
                    parts.add(new Part(Part.Kind.PARAGRAPH, sentence.text(), 0, false, inAside, number));
                }
                if (!line.startsWith(" ")) {
                    depth = -1;
                }
            }
        }
        check(!inAside, name, lines.length, "an aside is never ended with [/aside]");
        return new PublisherLayout(name, parts);
    }

    private static void check(boolean condition, String name, int line, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(name + ":" + line + ": " + problem);
        }
    }
}
