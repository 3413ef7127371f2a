/**
 * The article wire format, used by the loader to read and by the JSON renderer to write; the
 * library's JSON string escaping ({@link org.conditioncontent.json.JsonStrings}); and
 * {@link org.conditioncontent.json.Utf8Sink}, the writer that escapes and encodes in one pass for
 * the command's export. Not API: it may change in any release.
 */
@NullMarked
package org.conditioncontent.json;

import org.jspecify.annotations.NullMarked;
