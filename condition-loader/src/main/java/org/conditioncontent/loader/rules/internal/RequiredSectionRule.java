package org.conditioncontent.loader.rules.internal;

import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.model.Condition;

/** The sections every article needs. */
final class RequiredSectionRule extends BuiltInRule {

    RequiredSectionRule() {
        super("required-section", Severity.ERROR, "The definition, symptoms and treatment are present, with at least one reference",
                "A condition article that does not say what the condition is, how it shows, or how it is treated is not "
                        + "ready to publish, and health content must be sourced. The article needs a non-empty definition, "
                        + "symptoms, a treatment section with a summary or options, and at least one reference.");
    }

    @Override
    public void check(Condition c, RuleContext context) {
        if (c.definition().isEmpty()) {
            context.report("/definition", "The article has no definition; add a paragraph that says what the condition is");
        }
        if (c.symptoms().isEmpty()) {
            context.report("/symptoms", "The article has no symptoms section; add a paragraph on how the condition shows");
        }
        if (c.treatment() == null) {
            context.report("/treatment", "The article has no treatment section; add a summary or treatment options");
        } else if (c.treatment().summary().isEmpty() && c.treatment().options().isEmpty()) {
            context.report("/treatment", "The treatment section is empty; add a summary or treatment options");
        }
        if (c.references().isEmpty()) {
            context.report("/references", "The article cites no references; add the sources it is based on");
        }
    }
}
