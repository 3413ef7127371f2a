package org.conditioncontent.model;

import jakarta.validation.constraints.NotBlank;

/**
 * A paragraph of prose. In the wire format it is written as its text alone.
 *
 * @param text the paragraph's text
 */
public record Paragraph(@NotBlank String text) implements Block {

    /**
     * A paragraph.
     *
     * @param text its text
     * @return the paragraph
     */
    public static Paragraph of(String text) {
        return new Paragraph(text);
    }
}
