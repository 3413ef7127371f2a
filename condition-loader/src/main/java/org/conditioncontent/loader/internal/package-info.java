/**
 * The loader's implementation, stage by stage in the packages below ({@code reading},
 * {@code binding}, {@code checking}, {@code corpus}); here, what the stages share: findings,
 * pointers, limits and the wording of names. Not API: it may change in any release.
 */
@NullMarked
package org.conditioncontent.loader.internal;

import org.jspecify.annotations.NullMarked;
