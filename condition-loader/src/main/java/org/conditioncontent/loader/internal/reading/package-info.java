/**
 * The reading stage: a file's bytes, decoded and parsed into a {@link org.conditioncontent.loader.internal.reading.Node} tree that keeps the position of every value. Not API: it may change in any release.
 */
@NullMarked
package org.conditioncontent.loader.internal.reading;

import org.jspecify.annotations.NullMarked;
