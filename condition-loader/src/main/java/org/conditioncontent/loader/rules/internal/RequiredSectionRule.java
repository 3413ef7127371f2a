package org.conditioncontent.loader.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conditioncontent.json.WireFormat;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.loader.rules.RuleOption;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.SectionKind;
import org.conditioncontent.model.outline.Outline;
import org.conditioncontent.model.outline.OutlineAdapter;
import org.conditioncontent.model.outline.Part;

/** The sections a team requires in every article: a policy, configured with {@code sections}. */
final class RequiredSectionRule extends BuiltInRule {

    /** The word for the references in {@code sections}; every other word is a section kind. */
    private static final String REFERENCES = "references";

    RequiredSectionRule() {
        super("required-section", Severity.ERROR, "The sections the team requires are present and not empty",
                "Which parts every article needs is a team's policy: by default a definition, symptoms, a treatment "
                        + "section and at least one reference, since an article that does not say what the condition is, how "
                        + "it shows or how it is treated is not ready to publish, and health content must be sourced. A "
                        + "required section may stand anywhere in the body, nested or not, under any heading. A team that "
                        + "publishes topic summaries without, say, a treatment section lists the sections it requires in "
                        + "conditions.yaml: required-section: {sections: [definition, references]}.",
                RuleOption.words("sections", List.of("definition", "symptoms", "treatment", REFERENCES), allowed(),
                        "the section kinds every article must have (and \"references\" for at least one reference)"));
    }

    private static List<String> allowed() {
        List<String> words = new ArrayList<>(WireFormat.enumNames(SectionKind.class));
        words.add(REFERENCES);
        return List.copyOf(words);
    }

    @Override
    public void check(Condition c, RuleContext context) {
        Map<SectionKind, Part.SectionPart> first = new HashMap<>();
        Map<SectionKind, Boolean> filled = new HashMap<>();
        Outline.of(c).walk(new OutlineAdapter() {
            @Override
            public void enterSection(Part.SectionPart section) {
                first.putIfAbsent(section.kind(), section);
                boolean content = !section.section().blocks().isEmpty() || !section.section().sections().isEmpty();
                filled.merge(section.kind(), content, Boolean::logicalOr);
            }
        });
        for (String word : context.words("sections")) {
            if (word.equals(REFERENCES)) {
                if (c.references().isEmpty()) {
                    context.report("/references", "The article cites no references; add the sources it is based on");
                }
                continue;
            }
            SectionKind kind = WireFormat.enumValue(SectionKind.class, word);
            if (kind == null) {
                continue; // the configuration was checked against the allowed words when the rules were built
            }
            Part.SectionPart section = first.get(kind);
            if (section == null) {
                context.report("/body", missing(kind));
            } else if (!filled.getOrDefault(kind, false)) {
                context.report(section.pointer(), "The " + label(kind) + " section is empty; " + advice(kind));
            }
        }
    }

    private static String missing(SectionKind kind) {
        String what = kind == SectionKind.DEFINITION ? "definition" : label(kind) + " section";
        return "The article has no " + what + "; " + advice(kind);
    }

    private static String advice(SectionKind kind) {
        switch (kind) {
            case DEFINITION:
                return "add a paragraph that says what the condition is";
            case SYMPTOMS:
                return "add a paragraph on how the condition shows";
            case TREATMENT:
                return "add a summary or treatment options";
            default:
                return "add its content, or take it out of the required sections in conditions.yaml";
        }
    }

    private static String label(SectionKind kind) {
        return WireFormat.enumName(kind).replace('-', ' ');
    }
}
