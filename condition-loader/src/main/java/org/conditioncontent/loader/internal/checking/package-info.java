/**
 * The checking stage: Bean Validation on what bound (Hibernate Validator, run where a screen read
 * from the same constraints finds something it may report) and the editorial rules on the bound
 * article, each finding placed in the document. Not API: it may change in any release.
 */
@NullMarked
package org.conditioncontent.loader.internal.checking;

import org.jspecify.annotations.NullMarked;
