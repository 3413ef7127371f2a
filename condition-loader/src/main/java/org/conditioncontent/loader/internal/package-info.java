/**
 * The loader's implementation: the positioned document tree, binding, decoding and the mapping of
 * Bean Validation violations. Not API: it may change in any release.
 */
@NullMarked
package org.conditioncontent.loader.internal;

import org.jspecify.annotations.NullMarked;
