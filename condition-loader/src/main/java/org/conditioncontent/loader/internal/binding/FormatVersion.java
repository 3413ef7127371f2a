package org.conditioncontent.loader.internal.binding;

import java.util.Objects;
import org.conditioncontent.loader.Rules;
import org.conditioncontent.loader.internal.Findings;
import org.conditioncontent.loader.internal.Node;
import org.conditioncontent.model.Condition;

/**
 * The format version a document declares, read from the tree before binding because it decides
 * what the document is bound to: format 1's records, or the model's.
 */
public final class FormatVersion {

    /** What {@link #declared} gives for a document that declares no version as a whole number. */
    public static final int NONE = 0;

    private FormatVersion() {}

    /**
     * The version a document declares.
     *
     * @param root the document
     * @return its top-level {@code formatVersion} when that is a whole number of up to nine
     *     digits, else {@link #NONE} (the binder then reports the field as it would any other)
     */
    public static int declared(Node root) {
        Node version = Node.locate(root, "/formatVersion");
        if (version instanceof Node.ScalarNode s && s.kind() == Node.Kind.INTEGER && s.text().length() < 10) {
            return Integer.parseInt(s.text());
        }
        return NONE;
    }

    /**
     * Whether this version of the library can read a document of a declared version; if not, says
     * so alone, as a newer format's fields cannot be judged by this version.
     *
     * @param declared the version, from {@link #declared}
     * @param root the document
     * @param findings where the finding goes
     * @return {@code false} for a version newer than {@link Condition#FORMAT_VERSION}, after a finding
     */
    public static boolean isReadable(int declared, Node root, Findings findings) {
        if (declared <= Condition.FORMAT_VERSION) {
            return true;
        }
        Node at = Objects.requireNonNull(Node.locate(root, "/formatVersion"));
        findings.add(Rules.FORMAT_VERSION, at, "/formatVersion", "This article is in format version " + declared
                + ", but this version of Condition Content reads version " + Condition.FORMAT_VERSION
                + " and older; upgrade Condition Content");
        return false;
    }
}
