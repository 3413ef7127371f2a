package org.conditioncontent.model.outline;

/** The role a {@link Text} plays in an article, so that a rule can choose which texts it reads. */
public enum TextRole {
    /** The article's title. */
    TITLE,
    /** The subtitle or the series name. */
    SUBTITLE,
    /** Another name for the condition. */
    OTHER_NAME,
    /** A section's or an aside's heading in the publisher's words. */
    HEADING,
    /** A paragraph: of a section, an aside, or a list item. */
    PARAGRAPH,
    /** A list item's text. */
    ITEM,
    /** The term a list item describes. */
    TERM,
    /** A short qualifier after a list item. */
    NOTE,
    /** An example of a list item. */
    EXAMPLE,
    /** An illustration's credit or description. */
    CAPTION,
    /** A reference's title. */
    CITATION,
    /** The name of an organization, a publisher or a contributor. */
    NAME,
    /** A notice to readers: the review statement, the disclaimer, the feedback invitation. */
    NOTICE
}
