/**
 * Records for a health condition article: {@link org.conditioncontent.model.Condition} and the
 * parts it is made of. Records are immutable, their collections are never {@code null} and never
 * hold {@code null}, and optional components are marked {@link org.jspecify.annotations.Nullable}.
 * Constraints are checked by a Jakarta Validation provider (the loader runs one); constructing a
 * record never validates its content, so a tool can report every problem at once.
 */
@NullMarked
package org.conditioncontent.model;

import org.jspecify.annotations.NullMarked;
