/**
 * The checking stage: Bean Validation and the editorial rules on what bound, their findings placed in the document. Not API: it may change in any release.
 */
@NullMarked
package org.conditioncontent.loader.internal.checking;

import org.jspecify.annotations.NullMarked;
