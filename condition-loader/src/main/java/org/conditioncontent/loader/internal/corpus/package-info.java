/**
 * The corpus stage: files loaded in parallel, what each leaves for the checks across files, and
 * those checks (duplicate ids, related ids that name no loaded article). Not API: it may change
 * in any release.
 */
@NullMarked
package org.conditioncontent.loader.internal.corpus;

import org.jspecify.annotations.NullMarked;
