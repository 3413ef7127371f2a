package org.conditioncontent.loader.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Set;
import org.conditioncontent.loader.Rule;
import org.conditioncontent.loader.Rules;
import org.jspecify.annotations.Nullable;

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
                    out.append('/').append(TreeReader.escape(key.toString()));
                }
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                out.append('/').append(TreeReader.escape(node.getName()));
            }
        }
        return out.toString();
    }

    /**
     * Adds one diagnostic per violation, except where binding already reported the value.
     *
     * @param violations the violations
     * @param root the document tree
     * @param failedPointers values that failed to bind
     * @param findings where diagnostics go
     */
    public static void report(Set<? extends ConstraintViolation<?>> violations, Node root, Set<String> failedPointers, Findings findings) {
        for (ConstraintViolation<?> v : violations) {
            String pointer = sourcePointer(root, pointer(v.getPropertyPath()));
            if (isUnder(pointer, failedPointers)) {
                continue;
            }
            Rule rule = rule(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
            Node exact = locate(root, pointer);
            if (rule == Rules.REQUIRED && exact == null) {
                Node enclosing = enclosing(root, pointer);
                String field = pointer.substring(pointer.lastIndexOf('/') + 1);
                String where = pointer.lastIndexOf('/') == 0 ? "The article" : capitalise(Names.label(pointer.substring(0, pointer.lastIndexOf('/'))));
                findings.add(rule, enclosing, pointer, where + " has no \"" + field + "\"; add it");
                continue;
            }
            Node at = exact != null ? exact : enclosing(root, pointer);
            String message = capitalise(Names.label(pointer)) + " " + v.getMessage();
            if (v.getInvalidValue() instanceof CharSequence text && rule != Rules.REQUIRED && rule != Rules.NOT_BLANK) {
                message += "; it is " + Names.quote(text.toString());
            } else if (v.getInvalidValue() instanceof Number n) {
                message += "; it is " + n;
            }
            findings.add(rule, at, pointer, message);
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() || s.charAt(0) == '"' ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static boolean isUnder(String pointer, Set<String> prefixes) {
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

    /**
     * The pointer as the source file has it. A paragraph, or an item with only its text, may be
     * written as that text alone: the model's {@code .../text} is then the text value itself.
     *
     * @param root the tree
     * @param pointer a JSON Pointer into the model's canonical form
     * @return the pointer of the same value in the tree
     */
    public static String sourcePointer(Node root, String pointer) {
        if (pointer.endsWith("/text") && locate(root, pointer) == null) {
            String parent = pointer.substring(0, pointer.length() - "/text".length());
            if (locate(root, parent) instanceof Node.ScalarNode) {
                return parent;
            }
        }
        return pointer;
    }

    /**
     * The node at a pointer.
     *
     * @param root the tree
     * @param pointer a JSON Pointer
     * @return the node, or {@code null} if the document has no value there
     */
    public static @Nullable Node locate(Node root, String pointer) {
        if (pointer.isEmpty()) {
            return root;
        }
        Node current = root;
        for (String raw : pointer.substring(1).split("/", -1)) {
            String segment = raw.replace("~1", "/").replace("~0", "~");
            current = child(current, segment);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /**
     * The node at a pointer or, when the document has no value there, the deepest node on the way
     * to it: the enclosing object of a missing field.
     *
     * @param root the tree
     * @param pointer a JSON Pointer
     * @return the node
     */
    public static Node locateOrEnclosing(Node root, String pointer) {
        Node exact = locate(root, pointer);
        return exact != null ? exact : enclosing(root, pointer);
    }

    /** The deepest node that exists on the way to a pointer: the enclosing object of a missing field. */
    private static Node enclosing(Node root, String pointer) {
        String p = pointer;
        while (!p.isEmpty()) {
            p = p.substring(0, p.lastIndexOf('/'));
            Node n = locate(root, p);
            if (n != null) {
                return n;
            }
        }
        return root;
    }

    private static @Nullable Node child(Node node, String segment) {
        if (node instanceof Node.ObjectNode object) {
            for (Node.Field f : object.fields()) {
                if (f.name().equals(segment)) {
                    return f.value();
                }
            }
            return null;
        }
        if (node instanceof Node.ArrayNode array && !segment.isEmpty() && segment.chars().allMatch(Character::isDigit) && segment.length() < 10) {
            int i = Integer.parseInt(segment);
            return i < array.items().size() ? array.items().get(i) : null;
        }
        return null;
    }
}
