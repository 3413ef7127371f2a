package org.conditioncontent.lsp.internal;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.conditioncontent.json.Property;
import org.conditioncontent.json.RecordShape;
import org.conditioncontent.json.WireFormat;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.jspecify.annotations.Nullable;

/**
 * Completion where the cursor is: the field names of the record at that path, or the values of a
 * field that takes one of a closed list (an enum's values, true and false). Both come from the
 * model's records through the wire format, so they follow the model.
 */
final class Completions {

    private Completions() {}

    static List<CompletionItem> complete(OpenDocument doc, Position position) {
        if (doc.isFormat1()) {
            return List.of(); // its fields are format 1's; the model's would be wrong there
        }
        LineMap lines = new LineMap(doc.text());
        boolean json = doc.kind().isJson();
        Place place = Place.of(doc.text(), lines.offset(position), json);
        if (place == null) {
            return List.of();
        }
        Range range = new Range(lines.position(place.replaceStart()), lines.position(place.replaceEnd()));
        Type type = ModelPaths.typeAt(place.path());
        List<CompletionItem> items = new ArrayList<>();
        if (place.kind() == Place.Kind.KEY) {
            // A block may be any of its variants until a field tells which: offer the fields of all.
            Set<String> offered = new HashSet<>();
            for (Class<?> record : ModelPaths.records(type)) {
                for (Property p : RecordShape.of(record).properties()) {
                    if (offered.add(p.name())) {
                        String insert = json ? (place.inQuotes() ? p.name() : "\"" + p.name() + "\": ") : p.name() + ": ";
                        items.add(item(p.name(), CompletionItemKind.Field, ModelPaths.describe(p.type()),
                                FieldDocs.field(record, p.name()), new TextEdit(range, insert)));
                    }
                }
            }
            if (!items.isEmpty()) {
                return items;
            }
        }
        Class<?> enumType = enumType(type);
        for (String value : ModelPaths.values(type)) {
            boolean quote = json && !place.inQuotes() && enumType != null;
            String docs = enumType == null ? null : constantDocs(enumType, value);
            items.add(item(value, CompletionItemKind.EnumMember, ModelPaths.describe(type), docs,
                    new TextEdit(range, quote ? "\"" + value + "\"" : value)));
        }
        return items;
    }

    private static CompletionItem item(String label, CompletionItemKind kind, String detail, @Nullable String docs, TextEdit edit) {
        CompletionItem item = new CompletionItem(label);
        item.setKind(kind);
        item.setDetail(detail);
        if (docs != null) {
            item.setDocumentation(Either.forRight(new MarkupContent(MarkupKind.PLAINTEXT, docs)));
        }
        item.setFilterText(label);
        item.setTextEdit(Either.forLeft(edit));
        return item;
    }

    private static @Nullable Class<?> enumType(@Nullable Type type) {
        Type t = type;
        while (t != null && Property.raw(t) == List.class) {
            t = Property.elementType(t);
        }
        return t != null && Property.raw(t).isEnum() ? Property.raw(t) : null;
    }

    private static @Nullable String constantDocs(Class<?> enumType, String wireName) {
        for (Object constant : enumType.getEnumConstants()) {
            Enum<?> e = (Enum<?>) constant;
            if (WireFormat.enumName(e).equals(wireName)) {
                return FieldDocs.constant(e);
            }
        }
        return null;
    }
}
