/**
 * The checks across files: duplicate ids and related ids that name no loaded article, from what each file left. Not API: it may change in any release.
 */
@NullMarked
package org.conditioncontent.loader.internal.corpus;

import org.jspecify.annotations.NullMarked;
