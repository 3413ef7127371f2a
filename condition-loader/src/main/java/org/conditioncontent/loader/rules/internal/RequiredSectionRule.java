package org.conditioncontent.loader.rules.internal;

import java.util.ArrayList;
import java.util.List;
import org.conditioncontent.json.WireFormat;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.loader.rules.RuleOption;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.SectionKind;
import org.conditioncontent.model.outline.Outline;
import org.conditioncontent.model.outline.OutlineAdapter;
import org.conditioncontent.model.outline.Part;
import org.jspecify.annotations.Nullable;

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

    /** The configured words with their section kinds, resolved once per list of words. */
    private record Wanted(List<String> words, @Nullable SectionKind[] kinds) {}

    /** The last words resolved: a rule set hands the same list to every check. */
    private volatile @Nullable Wanted wanted;

    private static final int KINDS = SectionKind.values().length;

    @Override
    public void check(Condition c, RuleContext context) {
        // The sections are read straight from the records, without the outline's parts: this rule
        // looks at every section of every article and reports almost never (see docs/performance.md).
        Section[] first = new Section[KINDS];
        boolean[] filled = new boolean[KINDS];
        for (Section section : c.body()) {
            visit(section, first, filled);
        }
        Wanted wanted = wanted(context.words("sections"));
        for (int w = 0; w < wanted.words().size(); w++) {
            if (wanted.words().get(w).equals(REFERENCES)) {
                if (c.references().isEmpty()) {
                    context.report("/references", "The article cites no references; add the sources it is based on");
                }
                continue;
            }
            SectionKind kind = wanted.kinds()[w];
            if (kind == null) {
                continue; // the configuration was checked against the allowed words when the rules were built
            }
            Section section = first[kind.ordinal()];
            if (section == null) {
                context.report("/body", missing(kind));
            } else if (!filled[kind.ordinal()]) {
                context.report(pointer(c, section), "The " + label(kind) + " section is empty; " + advice(kind));
            }
        }
    }

    /** Notes a section and those inside it, in the outline's order: the first of each kind, and whether any of a kind has content. */
    private static void visit(Section section, @Nullable Section[] first, boolean[] filled) {
        SectionKind kind = section.kind();
        if (kind != null) {
            int k = kind.ordinal();
            if (first[k] == null) {
                first[k] = section;
            }
            if (!section.blocks().isEmpty() || !section.sections().isEmpty()) {
                filled[k] = true;
            }
        }
        for (Section inner : section.sections()) {
            visit(inner, first, filled);
        }
    }

    /** The pointer of a section of the article, as its outline gives it. */
    private static String pointer(Condition c, Section section) {
        String[] found = new String[1];
        Outline.of(c).walk(new OutlineAdapter() {
            @Override
            public void enterSection(Part.SectionPart part) {
                if (found[0] == null && part.section() == section) {
                    found[0] = part.pointer();
                }
            }
        });
        return found[0];
    }

    private Wanted wanted(List<String> words) {
        Wanted known = wanted;
        if (known != null && known.words() == words) {
            return known;
        }
        SectionKind[] kinds = new SectionKind[words.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = words.get(i).equals(REFERENCES) ? null : WireFormat.enumValue(SectionKind.class, words.get(i));
        }
        known = new Wanted(words, kinds);
        wanted = known;
        return known;
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
