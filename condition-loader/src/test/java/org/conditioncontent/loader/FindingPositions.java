package org.conditioncontent.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.conditioncontent.loader.internal.reading.Node;
import org.conditioncontent.loader.rules.RuleSet;

/**
 * What every finding must satisfy: its JSON Pointer names a value of the document (or, for an
 * absent value, the pointer it would have), its line and column are where that value's first
 * character was printed (or the enclosing value's, for an absent one), and a value its message
 * quotes is that value's text.
 */
final class FindingPositions {
    private FindingPositions() {}

    /** Every built-in rule, with a fixed "today" so that date rules do not change with the calendar. */
    static ConditionLoader loader() {
        RuleSet rules = RuleSet.builder().builtIn()
                .clock(Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC))
                .build();
        return ConditionLoader.builder().rules(rules).maxDiagnosticsPerFile(10_000).parallelism(1).build();
    }

    static void assertEveryFindingPointsAtItsValue(LoadResult result, PrintedDocument document) {
        for (Diagnostic d : result.diagnostics()) {
            String pointer = d.pointer();
            String at = pointer;
            while (!document.values().containsKey(at)) {
                at = at.substring(0, at.lastIndexOf('/'));
            }
            int[] position = document.positions().get(at);
            assertThat(d.line() + ":" + d.column()).as("position of %s in\n%s", d, document.text())
                    .isEqualTo(position[0] + ":" + position[1]);
            if (at.equals(pointer) && document.values().get(at) instanceof Node.ScalarNode value) {
                assertThat(quotesValue(d.message(), value)).as("%s names the value %s", d, value.text()).isTrue();
            }
        }
    }

    /**
     * Whether a message names a value: it quotes the value (as the loader quotes, cut short and
     * with control characters escaped, and perhaps with its white space folded), quotes a piece of it (a sentence, a garbled character), or
     * quotes nothing at all (such as "The year 2092 is in the future"); a number or boolean must be
     * written out in it.
     */
    static boolean quotesValue(String message, Node.ScalarNode value) {
        if (value.kind() != Node.Kind.STRING) {
            return message.contains(value.text());
        }
        if (message.indexOf('"') < 0) {
            return true;
        }
        // Editorial rules quote a text with its white space folded, as they quote it for one line.
        String text = fold(value.text());
        if (message.contains(quote(value.text())) || message.contains(quote(text))) {
            return true;
        }
        // A quoted piece: any text between two quotation marks of the message, of two or more characters.
        for (int i = message.indexOf('"'); i >= 0; i = message.indexOf('"', i + 1)) {
            for (int j = message.indexOf('"', i + 1); j >= 0; j = message.indexOf('"', j + 1)) {
                String piece = fold(unescape(message.substring(i + 1, j)));
                if (piece.endsWith("...")) {
                    piece = piece.substring(0, piece.length() - 3);
                }
                if (piece.length() >= 2 && text.contains(piece)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String fold(String text) {
        return text.strip().replaceAll("[ \\t\\n\\r]+", " ");
    }

    private static String quote(String value) {
        String s = value.length() > 60 ? value.substring(0, 57) + "..." : value;
        StringBuilder out = new StringBuilder("\"");
        s.chars().forEach(c -> out.append(Character.isISOControl(c) ? String.format(Locale.ROOT, "\\u%04x", c) : String.valueOf((char) c)));
        return out.append('"').toString();
    }

    private static String unescape(String quoted) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < quoted.length(); i++) {
            if (quoted.startsWith("\\u", i) && i + 6 <= quoted.length()) {
                out.append((char) Integer.parseInt(quoted.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(quoted.charAt(i));
            }
        }
        return out.toString();
    }
}
