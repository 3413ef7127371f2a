/**
 * The reading stage: a file's bytes (a regular file only, within the size limit), decoded as
 * strict UTF-8 and parsed into a {@link org.conditioncontent.loader.internal.Node} tree that keeps
 * the position of every value and field name. Every problem on the way is a finding. Not API: it
 * may change in any release.
 */
@NullMarked
package org.conditioncontent.loader.internal.reading;

import org.jspecify.annotations.NullMarked;
