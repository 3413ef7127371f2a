/**
 * Constraint annotations the model uses beyond the Jakarta built-ins, with their validators.
 */
@NullMarked
package org.conditioncontent.model.constraints;

import org.jspecify.annotations.NullMarked;
