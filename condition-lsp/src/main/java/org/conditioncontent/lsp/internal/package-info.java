/**
 * The language server's implementation: documents and their checks, and hover, completion and
 * quick fixes. Not API.
 */
@NullMarked
package org.conditioncontent.lsp.internal;

import org.jspecify.annotations.NullMarked;
