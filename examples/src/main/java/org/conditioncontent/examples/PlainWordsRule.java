package org.conditioncontent.examples;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conditioncontent.loader.Rule;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.EditorialRule;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Section;

/**
 * A house rule, plugged in through {@code META-INF/services}: the plain-language swaps a
 * publisher's style guide asks for ("prior to" becomes "before"). It shows how a team adds its
 * own check with nothing but the public API; {@code conditions rules} lists it when this jar is on
 * the class path, and {@code conditions.yaml} configures it like any built-in rule.
 */
public final class PlainWordsRule implements EditorialRule {

    /** Wordy phrase to plain word, from the US federal plain-language guidelines' word list. */
    private static final Map<String, String> SWAPS = Map.of(
            "prior to", "before",
            "utilize", "use",
            "in order to", "to",
            "commence", "start",
            "approximately", "about",
            "facilitate", "help",
            "sufficient", "enough",
            "in the event that", "if");

    private static final Pattern WORDY = Pattern.compile(
            "\\b(" + String.join("|", SWAPS.keySet().stream().sorted().toList()) + ")\\b", Pattern.CASE_INSENSITIVE);

    private static final Rule RULE = new Rule("plain-words", Severity.INFO, "Plain words are used instead of wordy ones",
            "Readers understand \"before\" faster than \"prior to\". This house rule, an example of a team's own check, "
                    + "suggests the plain word for each wordy phrase of its list in the article's prose, review statement and "
                    + "disclaimer.");

    /** Creates the rule; the service loader calls this. */
    public PlainWordsRule() {}

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public void check(Condition c, RuleContext context) {
        check("/definition", c.definition(), context);
        check("/causes", c.causes(), context);
        check("/symptoms", c.symptoms(), context);
        check("/diagnosis", c.diagnosis(), context);
        if (c.treatment() != null) {
            check("/treatment/summary", c.treatment().summary(), context);
        }
        List<Section> sections = c.sections();
        for (int i = 0; i < sections.size(); i++) {
            check("/sections/" + i + "/paragraphs", sections.get(i).paragraphs(), context);
        }
        if (c.review() != null && c.review().statement() != null) {
            check("/review/statement", c.review().statement(), context);
        }
        if (c.disclaimer() != null) {
            check("/disclaimer", c.disclaimer(), context);
        }
    }

    private static void check(String pointer, List<String> paragraphs, RuleContext context) {
        for (int i = 0; i < paragraphs.size(); i++) {
            check(pointer + "/" + i, paragraphs.get(i), context);
        }
    }

    private static void check(String pointer, String text, RuleContext context) {
        Matcher m = WORDY.matcher(text);
        while (m.find()) {
            String phrase = m.group(1);
            context.report(pointer, "Write \"" + SWAPS.get(phrase.toLowerCase(Locale.ROOT)) + "\" instead of \"" + phrase + "\"");
        }
    }
}
