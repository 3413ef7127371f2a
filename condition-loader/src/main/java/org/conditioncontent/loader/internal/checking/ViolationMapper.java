package org.conditioncontent.loader.internal.checking;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.conditioncontent.loader.Rule;
import org.conditioncontent.loader.Rules;
import org.conditioncontent.loader.internal.Findings;
import org.conditioncontent.loader.internal.Names;
import org.conditioncontent.loader.internal.Node;
import org.conditioncontent.loader.internal.Pointer;
import org.conditioncontent.loader.internal.binding.SourceMap;

/**
 * Turns Bean Validation violations into diagnostics: the property path becomes a JSON Pointer,
 * and the pointer finds the value's position in the tree.
 */
public final class ViolationMapper {

    private ViolationMapper() {}

    /**
     * The JSON Pointer of a violation's property path. A list index belongs to the node after the
     * list's node, so the index segment is written when that node is reached.
     *
     * @param path the property path
     * @return the pointer, {@code ""} for the root
     */
    public static String pointer(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                Integer index = node.getIndex();
                Object key = node.getKey();
                if (index != null) {
                    out.append('/').append(index);
                } else if (key != null) {
                    out.append('/').append(Pointer.escape(key.toString()));
                }
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                out.append('/').append(Pointer.escape(node.getName()));
            }
        }
        return out.toString();
    }

    /**
     * Adds one diagnostic per violation, except where binding already reported the value.
     *
     * @param violations the violations
     * @param root the document tree
     * @param toSource turns a pointer into the validated value into the pointer of the same value in
     *     the document (see {@link SourceMap#toSource(Object, String)})
     * @param failedPointers values that failed to bind
     * @param findings where diagnostics go
     */
    public static void report(Set<? extends ConstraintViolation<?>> violations, Node root, UnaryOperator<String> toSource,
            Set<String> failedPointers, Findings findings) {
        for (ConstraintViolation<?> v : violations) {
            String pointer = SourceMap.sourcePointer(root, toSource.apply(pointer(v.getPropertyPath())));
            if (isUnder(pointer, failedPointers)) {
                continue;
            }
            Rule rule = rule(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
            Node exact = Node.locate(root, pointer);
            if (rule == Rules.REQUIRED && exact == null) {
                String parent = pointer.substring(0, pointer.lastIndexOf('/'));
                findings.addMissing(Node.enclosing(root, pointer), parent, pointer.substring(pointer.lastIndexOf('/') + 1));
                continue;
            }
            Node at = exact != null ? exact : Node.enclosing(root, pointer);
            String message = Names.capitalise(Names.label(pointer)) + " " + v.getMessage();
            if (v.getInvalidValue() instanceof CharSequence text && rule != Rules.REQUIRED && rule != Rules.NOT_BLANK) {
                message += "; it is " + Names.quote(text.toString());
            } else if (v.getInvalidValue() instanceof Number n) {
                message += "; it is " + n;
            }
            findings.add(rule, at, pointer, message);
        }
    }

    /**
     * Whether a pointer is one of some prefixes or below one.
     *
     * @param pointer a JSON Pointer
     * @param prefixes JSON Pointers
     * @return {@code true} if the pointer equals a prefix or starts with one and a slash
     */
    static boolean isUnder(String pointer, Set<String> prefixes) {
        for (String p : prefixes) {
            if (pointer.equals(p) || pointer.startsWith(p + "/")) {
                return true;
            }
        }
        return false;
    }

    private static Rule rule(String annotation) {
        switch (annotation) {
            case "NotNull":
            case "NotBlank":
            case "NotEmpty":
                return Rules.REQUIRED;
            case "NullOrNotBlank":
                return Rules.NOT_BLANK;
            case "Pattern":
                return Rules.PATTERN;
            case "Email":
                return Rules.EMAIL;
            case "WebUrl":
                return Rules.WEB_URL;
            case "Min":
            case "Max":
            case "Positive":
            case "PositiveOrZero":
                return Rules.RANGE;
            default:
                return Rules.CONSTRAINT;
        }
    }

}
