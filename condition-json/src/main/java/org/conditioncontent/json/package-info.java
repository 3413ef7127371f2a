/**
 * The article wire format, used by the loader to read and by the JSON renderer to write. Not API:
 * it may change in any release.
 */
@NullMarked
package org.conditioncontent.json;

import org.jspecify.annotations.NullMarked;
