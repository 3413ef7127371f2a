package org.conditioncontent.examples.fidelity;

import java.util.ArrayList;
import java.util.List;

/** Text normalisation and sentence splitting, the same for layouts and renderings. */
final class Texts {

    private Texts() {}

    /**
     * Collapses every run of white space (including no-break spaces) into one space, trims, and
     * turns typographic quotes into straight ones, so that line wrapping and quote style do not
     * count as differences.
     *
     * @param text the text
     * @return the normalised text
     */
    static String normalise(String text) {
        StringBuilder s = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = s.length() > 0;
                continue;
            }
            if (space) {
                s.append(' ');
                space = false;
            }
            s.append(switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F' -> '"';
                default -> c;
            });
        }
        return s.toString();
    }

    /**
     * Splits normalised text into sentences: a sentence ends after {@code .}, {@code !} or
     * {@code ?}, with any closing quotes or brackets, where a space follows. Abbreviations split
     * too, but the same way on both sides of a comparison.
     *
     * @param text normalised text
     * @return the sentences, each with its start offset in {@code text}
     */
    static List<Sentence> sentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < n && "\"')]".indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            if (end < n && text.charAt(end) == ' ') {
                sentences.add(new Sentence(text.substring(start, end), start));
                start = end + 1;
                i = end;
            }
        }
        if (start < n) {
            sentences.add(new Sentence(text.substring(start), start));
        }
        return sentences;
    }

    /**
     * A sentence and where it starts in its text.
     *
     * @param text the sentence
     * @param start its offset in the text it was split from
     */
    record Sentence(String text, int start) {}
}
