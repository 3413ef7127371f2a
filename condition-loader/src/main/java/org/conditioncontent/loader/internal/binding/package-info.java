/**
 * The binding stage: the tree bound to records (format 1's, upgraded to format 2, or format 2's),
 * every mismatch a finding, and maps that turn a pointer into the bound article back into a
 * pointer into the document. Not API: it may change in any release.
 */
@NullMarked
package org.conditioncontent.loader.internal.binding;

import org.jspecify.annotations.NullMarked;
