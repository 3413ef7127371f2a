/**
 * The validating loader: {@link org.conditioncontent.loader.ConditionLoader} reads articles and
 * reports {@link org.conditioncontent.loader.Diagnostic}s, each with file, line, column, JSON
 * Pointer, severity and rule id.
 */
@NullMarked
package org.conditioncontent.loader;

import org.jspecify.annotations.NullMarked;
