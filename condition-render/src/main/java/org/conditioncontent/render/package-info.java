/**
 * The renderer SPI: {@link org.conditioncontent.render.Renderer} turns an article into one
 * document, and {@link org.conditioncontent.render.Renderers} finds the renderers available. The
 * built-in renderers are in the {@code text}, {@code html} and {@code json} packages.
 */
@NullMarked
package org.conditioncontent.render;

import org.jspecify.annotations.NullMarked;
