/**
 * Code shared by the built-in renderers: default headings, English phrasing, reference
 * formatting, the URL policy and the escaping HTML writer. Not exported from the module: nothing
 * here is API, and any of it may change in any release.
 */
@NullMarked
package org.conditioncontent.render.internal;

import org.jspecify.annotations.NullMarked;
