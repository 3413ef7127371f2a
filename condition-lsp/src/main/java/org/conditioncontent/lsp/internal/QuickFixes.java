package org.conditioncontent.lsp.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * field to name, and a suppression of it would be a {@code suppression} error of its own.
 */
final class QuickFixes {

    /** What the suppression's reason says until the editor writes the real one. */
    static final String REASON_PLACEHOLDER = "Say why this finding does not apply here";

    private static final Pattern DID_YOU_MEAN = Pattern.compile("did you mean \"([^\"]+)\"\\?");
    private static final Pattern YAML_SUPPRESSIONS = Pattern.compile("(?m)^suppressions:[ \\t]*(#.*)?$");
    private static final Pattern YAML_EMPTY_SUPPRESSIONS = Pattern.compile("(?m)^suppressions:[ \\t]*\\[\\s*][ \\t]*$");
    private static final Pattern JSON_SUPPRESSIONS = Pattern.compile("\"suppressions\"\\s*:\\s*\\[");
    private static final Gson STRINGS = new GsonBuilder().disableHtmlEscaping().create();

    private QuickFixes() {}

    /**
     * The fixes of this server's diagnostics.
     *
     * @param doc the document
     * @param diagnostics the diagnostics at the cursor, from any server
     * @param loader the loader that checks the document, which judges each suppression offered
     */
    static List<CodeAction> fixes(OpenDocument doc, List<Diagnostic> diagnostics, ConditionLoader loader) {
        List<CodeAction> actions = new ArrayList<>();
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
                Range range = new Range(lines.position(token.contentStart()), lines.position(token.contentEnd()));
                CodeAction action = action("Change to \"" + suggestion.group(1) + "\"", d, doc, new TextEdit(range, suggestion.group(1)));
                action.setIsPreferred(true);
                actions.add(action);
            }
            String pointer = pointer(d.getData());
            if (!RuleLinks.isStructural(rule) && pointer != null && !pointer.isEmpty()) {
                TextEdit edit = doc.kind().isJson() ? jsonSuppression(doc.text(), lines, rule, pointer)
                        : yamlSuppression(doc.text(), lines, rule, pointer);
                if (edit != null && doc.text().contains("\r\n")) {
                    // The document's own line ends, not a mix of them.
                    edit.setNewText(edit.getNewText().replace("\n", "\r\n"));
                }
                if (edit != null && accepted(doc, edit, loader)) {
                    actions.add(action("Suppress " + rule + " for " + pointer, d, doc, edit));
                }
            }
        }
        return actions;
    }

    /**
     * Whether the suppression check accepts the entry an edit adds, always the list's first: the
     * document with the edit applied is loaded, and must have no {@code suppression} finding on
     * that entry. Loading again is what the check is, so the offer cannot disagree with it (for a
     * format-1 article, whose fields the check translates, too); it runs only for the diagnostics
     * at the cursor that a suppression could silence.
     */
    private static boolean accepted(OpenDocument doc, TextEdit edit, ConditionLoader loader) {
        LineMap lines = new LineMap(doc.text());
        int start = lines.offset(edit.getRange().getStart());
        int end = lines.offset(edit.getRange().getEnd());
        String text = doc.text().substring(0, start) + edit.getNewText() + doc.text().substring(end);
        SourceFormat format = doc.kind().isJson() ? SourceFormat.JSON : SourceFormat.YAML;
        return loader.load(doc.source(), text, format).diagnostics().stream()
                .noneMatch(d -> d.rule().equals(Rules.SUPPRESSION.id()) && d.pointer().startsWith("/suppressions/0/"));
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

    private static @Nullable TextEdit yamlSuppression(String text, LineMap lines, String rule, String pointer) {
        String quoted = STRINGS.toJson(pointer);
        Matcher empty = YAML_EMPTY_SUPPRESSIONS.matcher(text);
        if (empty.find()) {
            String block = "suppressions:\n" + yamlEntry("  ", rule, quoted).stripTrailing();
            return new TextEdit(new Range(lines.position(empty.start()), lines.position(empty.end())), block);
        }
        Matcher list = YAML_SUPPRESSIONS.matcher(text);
        if (list.find()) {
            int line = lines.lineOf(list.start());
            String next = lines.line(line + 1);
            Matcher item = Pattern.compile("^( *)- ").matcher(next);
            String indent = item.find() ? item.group(1) : "  ";
            if (line + 1 >= lines.lineCount()) {
                return new TextEdit(at(lines, lines.lineEnd(line)), "\n" + yamlEntry(indent, rule, quoted).stripTrailing());
            }
            return new TextEdit(at(lines, lines.lineStart(line + 1)), yamlEntry(indent, rule, quoted));
        }
        if (Pattern.compile("(?m)^suppressions:").matcher(text).find()) {
            return null; // written in flow style: no safe place to add an entry
        }
        String before = text.isEmpty() || text.endsWith("\n") || text.endsWith("\r") ? "" : "\n";
        return new TextEdit(at(lines, text.length()), before + "suppressions:\n" + yamlEntry("  ", rule, quoted));
    }

    private static String yamlEntry(String indent, String rule, String quotedPointer) {
        return indent + "- rule: " + rule + "\n"
                + indent + "  field: " + quotedPointer + "\n"
                + indent + "  reason: " + REASON_PLACEHOLDER + "\n";
    }

    private static @Nullable TextEdit jsonSuppression(String text, LineMap lines, String rule, String pointer) {
        String entry = "{\"rule\": " + STRINGS.toJson(rule) + ", \"field\": " + STRINGS.toJson(pointer)
                + ", \"reason\": " + STRINGS.toJson(REASON_PLACEHOLDER) + "}";
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
