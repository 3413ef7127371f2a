package org.conditioncontent.examples;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conditioncontent.loader.Rule;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.EditorialRule;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.outline.Outline;
import org.conditioncontent.model.outline.Text;
import org.conditioncontent.model.outline.TextRole;

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
                    + "suggests the plain word for each wordy phrase of its list in the article's paragraphs, list items, notes, "
                    + "review statement, disclaimer and feedback invitation.");

    /** The texts a reader reads as sentences; names, titles and citations are left as they are. */
    private static final Set<TextRole> PROSE = EnumSet.of(TextRole.PARAGRAPH, TextRole.ITEM, TextRole.NOTE, TextRole.NOTICE);

    /** Creates the rule; the service loader calls this. */
    public PlainWordsRule() {}

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public void check(Condition c, RuleContext context) {
        // The outline's texts are every text in reading order: paragraphs (lead-ins and item
        // paragraphs included), list items and their notes, asides, and the notices.
        for (Text text : Outline.of(c).texts()) {
            if (PROSE.contains(text.role())) {
                check(text.pointer(), text.value(), context);
            }
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
