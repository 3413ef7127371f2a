package org.conditioncontent.loader.schema;

/**
 * Turns a Java regular expression, as {@code @Pattern} holds it, into an ECMA-262 one that
 * matches the same texts, as JSON Schema requires. {@code @Pattern} matches the whole text and
 * JSON Schema searches, so the result is anchored. Java's {@code \s} and {@code \S} mean ASCII
 * white space while ECMA-262's also cover Unicode spaces, and their {@code .} stops at different
 * line terminators, so these are written out. A construct
 * that has no exact ECMA-262 equivalent is refused rather than translated loosely.
 */
final class EcmaPattern {

    /** Java's {@code \s} without {@code UNICODE_CHARACTER_CLASS}: exactly these six characters. */
    private static final String JAVA_SPACE = "\\t\\n\\u000b\\f\\r ";

    /** Java's {@code .} stops at five line terminators; ECMA-262's at four (not U+0085). */
    private static final String JAVA_DOT = "[^\\n\\r\\u0085\\u2028\\u2029]";

    private EcmaPattern() {}

    /**
     * The ECMA-262 pattern that matches a whole text exactly when the Java pattern does.
     *
     * @param java a Java regular expression
     * @return the anchored ECMA-262 pattern
     * @throws IllegalArgumentException if the pattern uses a construct this translation does not
     *     know to be the same in both dialects (inline flags, possessive quantifiers, named or
     *     Unicode classes, {@code \w}, {@code \b}, nested classes)
     */
    static String of(String java) {
        StringBuilder out = new StringBuilder("^(?:");
        boolean inClass = false;
        for (int i = 0; i < java.length(); i++) {
            char c = java.charAt(i);
            if (c == '\\') {
                if (i + 1 >= java.length()) {
                    throw refused(java, "a trailing backslash");
                }
                char next = java.charAt(++i);
                switch (next) {
                    case 's':
                        out.append(inClass ? JAVA_SPACE : "[" + JAVA_SPACE + "]");
                        break;
                    case 'S':
                        if (inClass) {
                            throw refused(java, "\\S inside a class");
                        }
                        out.append("[^").append(JAVA_SPACE).append(']');
                        break;
                    case 'd': case 'D': case '.': case '-': case '/': case '\\': case '[': case ']': case '(': case ')':
                    case '{': case '}': case '*': case '+': case '?': case '^': case '$': case '|': case 't': case 'n': case 'r':
                        out.append('\\').append(next);
                        break;
                    default:
                        throw refused(java, "\\" + next);
                }
            } else if (c == '[') {
                if (inClass) {
                    throw refused(java, "a nested class");
                }
                inClass = true;
                out.append(c);
            } else if (c == ']' && inClass) {
                inClass = false;
                out.append(c);
            } else if (!inClass && c == '(' && i + 1 < java.length() && java.charAt(i + 1) == '?'
                    && !(i + 2 < java.length() && java.charAt(i + 2) == ':')) {
                throw refused(java, "an inline flag or look-around");
            } else if (!inClass && c == '+' && i > 0 && isQuantifierEnd(java.charAt(i - 1)) && !(i >= 2 && java.charAt(i - 2) == '\\')) {
                throw refused(java, "a possessive quantifier");
            } else if (!inClass && c == '.') {
                out.append(JAVA_DOT);
            } else if (inClass && c == '&' && i + 1 < java.length() && java.charAt(i + 1) == '&') {
                throw refused(java, "a class intersection");
            } else {
                out.append(c);
            }
        }
        if (inClass) {
            throw refused(java, "an unclosed class");
        }
        return out.append(")$").toString();
    }

    private static boolean isQuantifierEnd(char c) {
        return c == '*' || c == '+' || c == '?' || c == '}';
    }

    private static IllegalArgumentException refused(String pattern, String construct) {
        return new IllegalArgumentException("The pattern " + pattern + " uses " + construct
                + ", which the schema generator does not translate to ECMA-262; write the pattern without it or teach EcmaPattern");
    }
}
