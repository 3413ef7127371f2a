/**
 * The plain-text renderer, {@link org.conditioncontent.render.text.TextRenderer}: the layout of
 * the publisher's own text export.
 */
@NullMarked
package org.conditioncontent.render.text;

import org.jspecify.annotations.NullMarked;
