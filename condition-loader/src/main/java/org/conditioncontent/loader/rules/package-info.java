/**
 * Editorial rules: the checks a medical editor makes (reading level, sentence length, required
 * sections, complete references, review dates, duplicates, text hygiene, codes), run by the
 * loader after the structural checks. {@link org.conditioncontent.loader.rules.RuleSet} holds the
 * rules and their configuration; house rules plug in through the
 * {@link org.conditioncontent.loader.rules.EditorialRule} service interface.
 */
@NullMarked
package org.conditioncontent.loader.rules;

import org.jspecify.annotations.NullMarked;
