/**
 * The binding stage: the tree bound to the model's records, every mismatch a finding, with the source index of every element of a list that lost one. Not API: it may change in any release.
 */
@NullMarked
package org.conditioncontent.loader.internal.binding;

import org.jspecify.annotations.NullMarked;
