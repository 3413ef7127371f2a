/**
 * Format 1 of the article format, as the loader still reads it: the format-1 records, bound and
 * validated as they were so that a format-1 file keeps its findings, and {@link
 * org.conditioncontent.loader.format1.Upgrade}, which turns such an article into format 2 and
 * records where each part came from. Not exported: it is opened only to the wire-format module
 * and Hibernate Validator, which read the records reflectively (docs/decisions.md 20).
 */
@NullMarked
package org.conditioncontent.loader.format1;

import org.jspecify.annotations.NullMarked;
