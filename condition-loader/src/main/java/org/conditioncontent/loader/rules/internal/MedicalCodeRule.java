package org.conditioncontent.loader.rules.internal;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.model.CodingSystem;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.MedicalCode;

/** Codes that do not have their system's syntax. */
final class MedicalCodeRule extends BuiltInRule {

    private record Syntax(Pattern pattern, String example) {}

    private static final Map<CodingSystem, Syntax> SYNTAX = Map.of(
            // A letter, two characters, then a dot and up to four more: G47.62, S72.001A, U07.1.
            CodingSystem.ICD_10_CM, new Syntax(Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?"), "G47.62"),
            CodingSystem.ICD_10, new Syntax(Pattern.compile("[A-Z][0-9]{2}(\\.[0-9]{1,2})?"), "G47.6"),
            // Stem codes (1A00) with optional extensions (1A00.1, XA1234).
            CodingSystem.ICD_11, new Syntax(Pattern.compile("[0-9A-Z]{4}(\\.[0-9A-Z]{1,4})?"), "7A80"),
            CodingSystem.SNOMED_CT, new Syntax(Pattern.compile("[1-9][0-9]{5,17}"), "84387000"),
            CodingSystem.MESH, new Syntax(Pattern.compile("[DCQ][0-9]{6}([0-9]{3})?"), "D009120"),
            CodingSystem.UMLS, new Syntax(Pattern.compile("C[0-9]{7}"), "C0026821"));

    MedicalCodeRule() {
        super("medical-code", Severity.ERROR, "Medical codes have their coding system's syntax",
                "A code in the wrong form never matches in a terminology service and misleads search engines. Each "
                        + "system's syntax is checked: ICD-10-CM (G47.62), ICD-10 (G47.6), ICD-11 (7A80), SNOMED CT (6 to 18 "
                        + "digits), MeSH (D009120) and UMLS (C0026821). Whether the code means the condition is for the editor.");
    }

    @Override
    public void check(Condition c, RuleContext context) {
        List<MedicalCode> codes = c.codes();
        for (int i = 0; i < codes.size(); i++) {
            MedicalCode code = codes.get(i);
            Syntax syntax = SYNTAX.get(code.system());
            if (syntax != null && !syntax.pattern().matcher(code.code()).matches()) {
                context.report("/codes/" + i + "/code", quote(code.code()) + " does not have the form of "
                        + code.system().displayName() + " codes, such as " + syntax.example() + "; check the code");
            }
        }
    }
}
