package org.conditioncontent.loader.rules.internal;

import java.util.List;
import org.conditioncontent.loader.rules.EditorialRule;

/** The editorial rules that ship with the loader, in the order they run and are documented. */
public final class BuiltInRules {

    private BuiltInRules() {}

    /**
     * New instances of every built-in rule.
     *
     * @return the rules
     */
    public static List<EditorialRule> all() {
        return List.of(new RequiredSectionRule(), new EmptyListRule(), new ReadingLevelRule(), new SentenceLengthRule(),
                new ReferenceCompleteRule(), new ReferenceDateRule(), new HttpsRule(), new ReviewDateRule(), new ReviewOverdueRule(),
                new DuplicateItemRule(), new OtherNameRule(), new WhitespaceRule(), new ControlCharacterRule(), new MojibakeRule(),
                new UnbalancedRule(), new MedicalCodeRule(), new MediaDescriptionRule(), new ReservedIdRule());
    }
}
