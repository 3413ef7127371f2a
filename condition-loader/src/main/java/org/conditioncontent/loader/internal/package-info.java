/**
 * The loader's implementation, one package per stage: {@code reading} (bytes to a positioned
 * tree), {@code binding} (the tree to records), {@code checking} (validation and editorial rules)
 * and {@code corpus} (files in parallel, checks across files). Here is what the stages share: the
 * document tree, findings, pointers, limits and the wording of names. Not API: it may change in
 * any release.
 */
@NullMarked
package org.conditioncontent.loader.internal;

import org.jspecify.annotations.NullMarked;
