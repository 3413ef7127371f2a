/**
 * The HTML renderer, {@link org.conditioncontent.render.html.HtmlRenderer}: semantic, accessible
 * HTML5 with every value escaped, as a full page or a fragment.
 */
@NullMarked
package org.conditioncontent.render.html;

import org.jspecify.annotations.NullMarked;
