/** The canonical JSON renderer. */
@NullMarked
package org.conditioncontent.render.json;

import org.jspecify.annotations.NullMarked;
