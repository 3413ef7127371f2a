package org.conditioncontent.lsp.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.Rules;
import org.conditioncontent.loader.SourceFormat;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.jspecify.annotations.Nullable;

/**
 * The quick fixes for an article's diagnostics: take the "did you mean" suggestion of an unknown
 * field or value, and suppress an editorial rule for one field, with a reason for the editor to
 * write in place of the placeholder. A suppression is offered only where the article's checks
 * accept it: a finding at a field the document does not have (a missing {@code references}) has no
 * field to name, and a suppression of it would be a {@code suppression} error of its own. One load
 * of the document, with every suppression on offer added, judges them all.
 */
final class QuickFixes {

    /** What the suppression's reason says until the editor writes the real one. */
    static final String REASON_PLACEHOLDER = "Say why this finding does not apply here";

    private static final Pattern DID_YOU_MEAN = Pattern.compile("did you mean \"([^\"]+)\"\\?");
    private static final Pattern YAML_SUPPRESSIONS = Pattern.compile("(?m)^suppressions:[ \\t]*(#.*)?$");
    private static final Pattern YAML_EMPTY_SUPPRESSIONS = Pattern.compile("(?m)^suppressions:[ \\t]*\\[\\s*][ \\t]*$");
    private static final Pattern JSON_SUPPRESSIONS = Pattern.compile("\"suppressions\"\\s*:\\s*\\[");
    private static final Pattern SUPPRESSION_ENTRY = Pattern.compile("/suppressions/(\\d{1,9})(?:/|$)");
    private static final Gson STRINGS = new GsonBuilder().disableHtmlEscaping().create();

    private QuickFixes() {}

    /**
     * The fixes of this server's diagnostics.
     *
     * @param doc the document
     * @param diagnostics the diagnostics at the cursor, from any server
     * @param loader the loader that checks the document, which judges the suppressions offered
     */
    static List<CodeAction> fixes(OpenDocument doc, List<Diagnostic> diagnostics, ConditionLoader loader) {
        List<Offer> offers = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        LineMap lines = new LineMap(doc.text());
        for (Diagnostic d : diagnostics) {
            String rule = d.getCode() != null && d.getCode().isLeft() ? d.getCode().getLeft() : null;
            // The editor sends every server's diagnostics at the cursor: fix only this server's,
            // whose codes are its rules (another's "unknown-field" is not one of them).
            if (rule == null || d.getRange() == null || d.getMessage() == null || !Server.NAME.equals(d.getSource())) {
                continue;
            }
            Matcher suggestion = DID_YOU_MEAN.matcher(d.getMessage());
            if ((rule.equals(Rules.UNKNOWN_FIELD.id()) || rule.equals(Rules.UNKNOWN_VALUE.id())) && suggestion.find()) {
                Token token = Token.at(doc.text(), lines.offset(d.getRange().getStart()), doc.kind().isJson());
                String bad = badValue(d.getMessage(), doc.text().substring(token.contentStart(), token.contentEnd()));
                if (bad != null) {
                    Range range = new Range(lines.position(token.contentStart()), lines.position(token.contentStart() + bad.length()));
                    CodeAction action = action("Change to \"" + suggestion.group(1) + "\"", d, doc, new TextEdit(range, suggestion.group(1)));
                    action.setIsPreferred(true);
                    offers.add(new Offer(action, -1));
                }
            }
            String pointer = pointer(d.getData());
            if (!RuleLinks.isStructural(rule) && pointer != null && !pointer.isEmpty()) {
                Entry entry = new Entry(rule, pointer);
                TextEdit edit = suppression(doc, lines, List.of(entry));
                if (edit != null) {
                    if (!entries.contains(entry)) {
                        entries.add(entry);
                    }
                    offers.add(new Offer(action("Suppress " + rule + " for " + pointer, d, doc, edit), entries.indexOf(entry)));
                }
            }
        }
        Set<Integer> rejected = entries.isEmpty() ? Set.of() : rejected(doc, lines, entries, loader);
        return offers.stream().filter(o -> !rejected.contains(o.entry())).map(Offer::action).toList();
    }

    /** A fix on offer, and the suppression entry whose acceptance it waits for ({@code -1}: none). */
    private record Offer(CodeAction action, int entry) {}

    /** A suppression entry: a rule, and the pointer of the field it is suppressed for. */
    private record Entry(String rule, String pointer) {}

    /**
     * The value a "did you mean" finding's message quotes, as the token's text starts with it, or
     * {@code null} when it does not: that many characters are what the fix replaces. The message
     * opens the value's quotes ({@code "drugg" is not a kind}, {@code Unknown field "titel" in});
     * the value may hold a quote of its own, so the longest of the quote's candidate ends that
     * the text starts with is taken. The token alone can run too far: a plain scalar of a YAML
     * flow mapping whose brace opened on a line above ends, for the token, at the line's end.
     */
    static @Nullable String badValue(String message, String tokenText) {
        int open = message.indexOf('"');
        if (open < 0) {
            return null;
        }
        String best = null;
        for (int close = message.indexOf('"', open + 1); close >= 0; close = message.indexOf('"', close + 1)) {
            String value = message.substring(open + 1, close);
            if (!value.isEmpty() && tokenText.startsWith(value)) {
                best = value;
            }
        }
        // A value over 60 characters is quoted cut to 57 and "...": its end is not known.
        return best != null && best.length() == 60 && best.endsWith("...") ? null : best;
    }

    /** The suppression edit that adds these entries at the head of the list, or {@code null} where there is no safe place. */
    private static @Nullable TextEdit suppression(OpenDocument doc, LineMap lines, List<Entry> entries) {
        TextEdit edit = doc.kind().isJson() ? jsonSuppression(doc.text(), lines, entries) : yamlSuppression(doc.text(), lines, entries);
        if (edit != null && doc.text().contains("\r\n")) {
            // The document's own line ends, not a mix of them.
            edit.setNewText(edit.getNewText().replace("\n", "\r\n"));
        }
        return edit;
    }

    /**
     * The entries the suppression check rejects, by their index. All the entries are added at
     * once, as {@code /suppressions/0} to {@code /suppressions/n-1} ahead of any the article has,
     * the document so edited is loaded once, and each {@code suppression} finding under one of
     * them rejects it. Loading is what the check is, so an offer cannot disagree with it (for a
     * format-1 article, whose fields the check translates, too); the check judges each entry
     * alone (its rule id, and whether its field names something), so one load judges them all.
     * It was one load per diagnostic, which on a 2 MB article with 200 findings held the server
     * for 86 seconds.
     */
    private static Set<Integer> rejected(OpenDocument doc, LineMap lines, List<Entry> entries, ConditionLoader loader) {
        TextEdit edit = suppression(doc, lines, entries);
        Set<Integer> rejected = new HashSet<>();
        if (edit == null) {
            for (int i = 0; i < entries.size(); i++) {
                rejected.add(i);
            }
            return rejected;
        }
        int start = lines.offset(edit.getRange().getStart());
        int end = lines.offset(edit.getRange().getEnd());
        String text = doc.text().substring(0, start) + edit.getNewText() + doc.text().substring(end);
        SourceFormat format = doc.kind().isJson() ? SourceFormat.JSON : SourceFormat.YAML;
        for (org.conditioncontent.loader.Diagnostic d : loader.load(doc.source(), text, format).diagnostics()) {
            Matcher entry = SUPPRESSION_ENTRY.matcher(d.pointer());
            if (d.rule().equals(Rules.SUPPRESSION.id()) && entry.lookingAt()) {
                int index = Integer.parseInt(entry.group(1));
                if (index < entries.size()) {
                    rejected.add(index);
                }
            }
        }
        return rejected;
    }

    private static CodeAction action(String title, Diagnostic d, OpenDocument doc, TextEdit edit) {
        CodeAction action = new CodeAction(title);
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(d));
        action.setEdit(new WorkspaceEdit(Map.of(doc.uri(), List.of(edit))));
        return action;
    }

    /** The JSON Pointer a diagnostic carries in its data, as sent in-process or back over JSON-RPC. */
    private static @Nullable String pointer(@Nullable Object data) {
        if (data instanceof String s) {
            return s;
        }
        if (data instanceof JsonElement e && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            return e.getAsString();
        }
        return null;
    }

    private static @Nullable TextEdit yamlSuppression(String text, LineMap lines, List<Entry> entries) {
        Matcher empty = YAML_EMPTY_SUPPRESSIONS.matcher(text);
        if (empty.find()) {
            String block = "suppressions:\n" + yamlEntries("  ", entries).stripTrailing();
            return new TextEdit(new Range(lines.position(empty.start()), lines.position(empty.end())), block);
        }
        Matcher list = YAML_SUPPRESSIONS.matcher(text);
        if (list.find()) {
            int line = lines.lineOf(list.start());
            String next = lines.line(line + 1);
            Matcher item = Pattern.compile("^( *)- ").matcher(next);
            String indent = item.find() ? item.group(1) : "  ";
            if (line + 1 >= lines.lineCount()) {
                return new TextEdit(at(lines, lines.lineEnd(line)), "\n" + yamlEntries(indent, entries).stripTrailing());
            }
            return new TextEdit(at(lines, lines.lineStart(line + 1)), yamlEntries(indent, entries));
        }
        if (Pattern.compile("(?m)^suppressions:").matcher(text).find()) {
            return null; // written in flow style: no safe place to add an entry
        }
        String before = text.isEmpty() || text.endsWith("\n") || text.endsWith("\r") ? "" : "\n";
        return new TextEdit(at(lines, text.length()), before + "suppressions:\n" + yamlEntries("  ", entries));
    }

    private static String yamlEntries(String indent, List<Entry> entries) {
        StringBuilder out = new StringBuilder();
        for (Entry e : entries) {
            out.append(indent).append("- rule: ").append(e.rule()).append('\n')
                    .append(indent).append("  field: ").append(STRINGS.toJson(e.pointer())).append('\n')
                    .append(indent).append("  reason: ").append(REASON_PLACEHOLDER).append('\n');
        }
        return out.toString();
    }

    private static @Nullable TextEdit jsonSuppression(String text, LineMap lines, List<Entry> entries) {
        String entry = entries.stream().map(e -> "{\"rule\": " + STRINGS.toJson(e.rule()) + ", \"field\": " + STRINGS.toJson(e.pointer())
                + ", \"reason\": " + STRINGS.toJson(REASON_PLACEHOLDER) + "}").collect(Collectors.joining(", "));
        Matcher list = JSON_SUPPRESSIONS.matcher(text);
        if (list.find()) {
            int after = list.end();
            int next = skipSpace(text, after);
            boolean emptyList = next < text.length() && text.charAt(next) == ']';
            return new TextEdit(at(lines, after), entry + (emptyList ? "" : ", "));
        }
        int close = text.lastIndexOf('}');
        if (close < 0) {
            return null;
        }
        int last = close - 1;
        while (last >= 0 && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        if (last < 0) {
            return null;
        }
        String field = "\"suppressions\": [" + entry + "]";
        return text.charAt(last) == '{'
                ? new TextEdit(at(lines, last + 1), field)
                : new TextEdit(at(lines, last + 1), ",\n  " + field);
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static Range at(LineMap lines, int offset) {
        return new Range(lines.position(offset), lines.position(offset));
    }
}
