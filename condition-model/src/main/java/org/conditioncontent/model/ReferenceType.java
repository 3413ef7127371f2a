package org.conditioncontent.model;

/** The kind of work a {@link Reference} cites, named as in CSL-JSON. */
public enum ReferenceType {
    /** An article in a journal (CSL {@code article-journal}). */
    ARTICLE_JOURNAL,
    /** A web page (CSL {@code webpage}). */
    WEBPAGE,
    /** A book (CSL {@code book}). */
    BOOK,
    /** A report (CSL {@code report}). */
    REPORT
}
