package org.conditioncontent.loader.internal.reading;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conditioncontent.loader.Rules;
import org.conditioncontent.loader.SourceFormat;
import org.conditioncontent.loader.internal.Findings;
import org.conditioncontent.loader.internal.Limits;
import org.conditioncontent.loader.internal.Names;
import org.conditioncontent.loader.internal.Pointer;
import org.conditioncontent.loader.internal.Node;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Parses JSON or YAML text into a {@link Node} tree with positions, turning every syntax problem,
 * limit breach, duplicate key and YAML anchor, alias or tag into a diagnostic. Immutable and
 * thread-safe: the Jackson factories are built once and parsers are made per call.
 */
public final class TreeReader {

    private final Limits limits;
    private final StreamReadConstraints constraints;
    private final JsonFactory json;
    private final Object yamlLock = new Object();
    /** Built on the first YAML document: a run that reads only JSON never loads the YAML engine. */
    private volatile @Nullable YAMLFactory yaml;

    /**
     * Builds the JSON factory for the given limits; the YAML one is built when first needed.
     *
     * @param limits the limits
     */
    public TreeReader(Limits limits) {
        this.limits = limits;
        // Jackson enforces the limits inside the parser, so hostile input never builds a huge
        // structure; the tree builder below checks depth and length again, for both syntaxes.
        this.constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(Math.min(limits.maxStringLength(), 1_000))
                .maxDocumentLength(limits.maxDocumentSize())
                .maxNumberLength(100)
                .build();
        this.json = JsonFactory.builder().streamReadConstraints(constraints).build();
    }

    private YAMLFactory yaml() {
        YAMLFactory built = yaml;
        if (built == null) {
            synchronized (yamlLock) {
                built = yaml;
                if (built == null) {
                    LoadSettings yamlSettings = LoadSettings.builder()
                            .setCodePointLimit(limits.maxDocumentSize())
                            .setMaxAliasesForCollections(10)
                            .setAllowRecursiveKeys(false)
                            // Duplicate keys are reported by the tree builder, with their own rule and
                            // without stopping the parse.
                            .setAllowDuplicateKeys(true)
                            .setLabel("article")
                            .build();
                    built = YAMLFactory.builder().loadSettings(yamlSettings).streamReadConstraints(constraints).build();
                    yaml = built;
                }
            }
        }
        return built;
    }

    /**
     * Parses a document.
     *
     * @param text the document
     * @param format its syntax
     * @param findings where problems go
     * @return the root value, or {@code null} when the document could not be parsed
     */
    public @Nullable Node read(String text, SourceFormat format, Findings findings) {
        if (format == SourceFormat.JSON) {
            return parse(() -> json.createParser(ObjectReadContext.empty(), text), false, Columns.CHARACTERS, findings);
        }
        YAMLFactory factory = yaml();
        return parse(() -> factory.createParser(ObjectReadContext.empty(), text), true, Columns.CHARACTERS, findings);
    }

    /**
     * Parses a JSON document from its UTF-8 bytes, which Jackson reads faster than it reads text
     * and which then need no decoding. Positions are still given in characters, as for text: Jackson
     * counts columns in bytes here, and they are converted.
     *
     * @param utf8 the document, well-formed UTF-8 without NUL bytes
     * @param start where the document starts: 3 after a byte order mark, else 0
     * @param characters where its multi-byte characters are, from {@link TextDecoder#scan}
     * @param findings where problems go
     * @return the root value, or {@code null} when the document could not be parsed
     */
    public @Nullable Node readJson(byte[] utf8, int start, TextDecoder.Utf8 characters, Findings findings) {
        Columns columns = characters.count() == 0 ? Columns.CHARACTERS : new Utf8Columns(characters, start);
        Findings attempt = findings.fresh();
        Node root = parse(() -> json.createParser(ObjectReadContext.empty(), utf8, start, utf8.length - start), false, columns, attempt);
        if (root == null) {
            // A document that does not parse is reported from its text: where Jackson notices a
            // syntax error or a limit depends on how it reads (200 digits into a long number from
            // bytes, at its end from text), and reports must not change with the way in.
            return read(new String(utf8, start, utf8.length - start, StandardCharsets.UTF_8), SourceFormat.JSON, findings);
        }
        findings.addAll(attempt);
        return root;
    }

    private @Nullable Node parse(Supplier<JsonParser> opening, boolean isYaml, Columns columns, Findings findings) {
        String syntax = isYaml ? "YAML" : "JSON";
        JsonParser parser = null;
        try {
            parser = opening.get();
            JsonToken first = parser.nextToken();
            if (first == null) {
                findings.add(Rules.SYNTAX, 1, 1, "", "The file is empty; an article is an object with at least an id and a title");
                return null;
            }
            Node root = new Builder(parser, isYaml ? (YAMLParser) parser : null, columns, findings).value(first, Pointer.ROOT, 1);
            if (root != null && parser.nextToken() != null) {
                TokenStreamLocation at = parser.currentTokenLocation();
                findings.add(Rules.SYNTAX, line(at), columns.of(at), "",
                        "There is more after the end of the article; a file holds exactly one article");
            }
            return root;
        } catch (StreamConstraintsException e) {
            TokenStreamLocation at = where(e, parser);
            findings.add(Rules.LIMIT, line(at), columns.of(at), "", limitMessage(e.getOriginalMessage()));
            return null;
        } catch (JacksonException e) {
            TokenStreamLocation at = where(e, parser);
            findings.add(Rules.SYNTAX, line(at), columns.of(at), "", syntaxMessage(syntax, e.getOriginalMessage()));
            return null;
        } catch (RuntimeException e) {
            // The YAML engine reports some malformed input with its own unchecked exceptions.
            TokenStreamLocation at = parser == null ? null : parser.currentLocation();
            findings.add(Rules.SYNTAX, line(at), columns.of(at), "", syntaxMessage(syntax, String.valueOf(e.getMessage())));
            return null;
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
    }

    /** Where a parse failed: the exception's location, or else where the parser stopped. */
    private static @Nullable TokenStreamLocation where(JacksonException e, @Nullable JsonParser parser) {
        TokenStreamLocation at = e.getLocation();
        if ((at == null || at.getLineNr() < 1) && parser != null) {
            at = parser.currentLocation();
        }
        return at;
    }

    private String limitMessage(String jackson) {
        String lower = jackson.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("nesting depth")) {
            return "The document nests deeper than " + limits.maxNestingDepth()
                    + " levels (limit maxNestingDepth); articles need far fewer, so check for runaway brackets";
        }
        if (lower.contains("string value length") || lower.contains("name length")) {
            return "A text is longer than " + limits.maxStringLength()
                    + " characters (limit maxStringLength); split it into paragraphs";
        }
        if (lower.contains("document length")) {
            return "The document is longer than " + limits.maxDocumentSize() + " characters (limit maxDocumentSize)";
        }
        if (lower.contains("number")) {
            return "A number is longer than 100 digits; numbers in articles are years and counts";
        }
        return "The document passes a loader limit: " + firstLine(jackson);
    }

    /** How the YAML engine names a version in a %YAML directive it does not read. */
    private static final Pattern YAML_VERSION = Pattern.compile("Version\\{major=(\\d+), minor=(\\d+)}");

    private static String syntaxMessage(String syntax, String jackson) {
        String detail = firstLine(jackson);
        // The parsers' own words for two YAML cases name their internals; say what is wrong instead.
        Matcher version = YAML_VERSION.matcher(detail);
        if (version.find()) {
            return "The YAML says it is version " + version.group(1) + "." + version.group(2)
                    + " (%YAML line), which this loader does not read; remove the %YAML line";
        }
        if (detail.startsWith("Expected a property name")) {
            return "A key is a list or an object; keys in articles are plain names such as title";
        }
        if (detail.contains("end-of-input") || detail.contains("end of input") || detail.contains("end of the stream") || detail.contains("end of stream")) {
            return "The " + syntax + " ends too early (is the file cut short?): " + detail;
        }
        return "The " + syntax + " is malformed: " + detail;
    }

    /**
     * The gist of a parser message on one line. The YAML engine writes the context first ("while
     * scanning a quoted scalar"), then the problem ("found unexpected end of stream") with code
     * snippets between; keep the sentences and drop the snippets and positions.
     */
    private static String firstLine(String message) {
        String[] lines = message.strip().split("\\R");
        if (lines.length > 1) {
            StringBuilder gist = new StringBuilder();
            for (String line : lines) {
                String l = line.strip();
                boolean snippet = line.startsWith(" ") || l.startsWith("^") || l.startsWith("in ") || l.isEmpty();
                if (!snippet && !l.startsWith("at [")) {
                    gist.append(gist.length() == 0 ? "" : ", ").append(l);
                }
            }
            if (gist.length() > 0) {
                message = gist.toString();
            }
        }
        return shortLine(message);
    }

    private static String shortLine(String message) {
        String s = message.strip();
        int nl = s.indexOf('\n');
        s = nl < 0 ? s : s.substring(0, nl).strip();
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

    private static int line(@Nullable TokenStreamLocation at) {
        return at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
    }

    private static int column(@Nullable TokenStreamLocation at) {
        return at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
    }

    /** Turns the parser's columns into 1-based columns in characters. */
    private interface Columns {
        /** For a parser of text, whose columns are characters already. */
        Columns CHARACTERS = TreeReader::column;

        int of(@Nullable TokenStreamLocation at);
    }

    /**
     * Columns in characters from the byte columns of a parser of UTF-8. A byte column is a
     * character column less what the multi-byte characters between the start of the line and the
     * position add: a character of n bytes adds n - 1, except that a four-byte one is two Java
     * characters (a surrogate pair) and adds 2. Tokens come in document order, so the
     * multi-byte characters are passed over once, and a line without any costs nothing.
     */
    private static final class Utf8Columns implements Columns {
        private final int[] starts;
        private final int count;
        /** {@code extra[k]}: what the first k multi-byte characters add to a byte column. */
        private final int[] extra;
        private final int start;

        Utf8Columns(TextDecoder.Utf8 characters, int start) {
            this.starts = characters.starts();
            this.count = characters.count();
            this.extra = new int[count + 1];
            for (int k = 0; k < count; k++) {
                int length = characters.lengths()[k];
                extra[k + 1] = extra[k] + (length == 4 ? 2 : length - 1);
            }
            this.start = start;
        }

        @Override
        public int of(@Nullable TokenStreamLocation at) {
            if (at == null || at.getColumnNr() < 1 || at.getByteOffset() < 0) {
                return column(at);
            }
            int offset = (int) at.getByteOffset() + start;
            int lineStart = offset - (at.getColumnNr() - 1);
            return at.getColumnNr() - (extra[before(offset)] - extra[before(lineStart)]);
        }

        /** How many multi-byte characters start before an offset. */
        private int before(int offset) {
            int i = Arrays.binarySearch(starts, 0, count, offset);
            return i >= 0 ? i : -i - 1;
        }
    }

    /** Up to this many fields, duplicate names are found by a scan rather than a hash map. */
    private static final int SCAN_LIMIT = 32;

    /** Builds the tree from one parser; one per call. */
    private final class Builder {
        private final JsonParser parser;
        private final Columns columns;
        private final Findings findings;
        private final @Nullable YAMLParser yamlParser;

        /** The same parser when it reads YAML; JSON never loads the YAML parser's class. */
        Builder(JsonParser parser, @Nullable YAMLParser yamlParser, Columns columns, Findings findings) {
            this.parser = parser;
            this.columns = columns;
            this.findings = findings;
            this.yamlParser = yamlParser;
        }

        @Nullable Node value(JsonToken token, Pointer pointer, int depth) {
            TokenStreamLocation at = parser.currentTokenLocation();
            int line = line(at);
            int column = columns.of(at);
            if (depth > limits.maxNestingDepth()) {
                throw new StreamConstraintsException("Document nesting depth exceeds the maximum", at);
            }
            checkYamlFeatures(line, column, pointer);
            switch (token) {
                case START_OBJECT:
                    return object(pointer, depth, line, column);
                case START_ARRAY:
                    return array(pointer, depth, line, column);
                case VALUE_STRING:
                    return new Node.ScalarNode(Node.Kind.STRING, parser.getString(), line, column);
                case VALUE_NUMBER_INT:
                    return new Node.ScalarNode(Node.Kind.INTEGER, parser.getText(), line, column);
                case VALUE_NUMBER_FLOAT:
                    return new Node.ScalarNode(Node.Kind.DECIMAL, parser.getText(), line, column);
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return new Node.ScalarNode(Node.Kind.BOOLEAN, parser.getText(), line, column);
                case VALUE_NULL:
                    return new Node.ScalarNode(Node.Kind.NULL, "null", line, column);
                default:
                    // VALUE_EMBEDDED_OBJECT, from YAML's !!binary: the tag itself is reported as a YAML feature.
                    findings.add(Rules.SYNTAX, line, column, pointer.toString(),
                            "A binary value is not text; write the value as plain text");
                    parser.skipChildren();
                    return null;
            }
        }

        private Node object(Pointer pointer, int depth, int line, int column) {
            List<Node.Field> fields = new ArrayList<>();
            // Found by a scan while the object is small, as articles' objects are; a map beyond.
            Map<String, Node.Field> seen = null;
            JsonToken t;
            while ((t = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                TokenStreamLocation at = parser.currentTokenLocation();
                int nameLine = line(at);
                int nameColumn = columns.of(at);
                Pointer childPointer = pointer.field(name);
                JsonToken valueToken = parser.nextToken();
                Node value = value(valueToken, childPointer, depth + 1);
                if (seen == null && fields.size() > SCAN_LIMIT) {
                    seen = new HashMap<>();
                    for (Node.Field f : fields) {
                        seen.put(f.name(), f);
                    }
                }
                Node.Field first = seen != null ? seen.get(name) : find(fields, name);
                if (first != null) {
                    findings.add(Rules.DUPLICATE_KEY, nameLine, nameColumn, childPointer.toString(),
                            "The field " + Names.quote(name) + " appears twice in this object (first at line " + first.line()
                                    + "); keep one of them");
                } else if (value != null) {
                    Node.Field field = new Node.Field(name, nameLine, nameColumn, value);
                    if (seen != null) {
                        seen.put(name, field);
                    }
                    fields.add(field);
                }
            }
            if (t != JsonToken.END_OBJECT) {
                truncated(pointer, "an object");
            }
            return new Node.ObjectNode(Collections.unmodifiableList(fields), line, column);
        }

        private static Node.@Nullable Field find(List<Node.Field> fields, String name) {
            for (int i = 0; i < fields.size(); i++) {
                Node.Field f = fields.get(i);
                if (f.name().equals(name)) {
                    return f;
                }
            }
            return null;
        }

        private Node array(Pointer pointer, int depth, int line, int column) {
            List<Node> items = new ArrayList<>();
            JsonToken t;
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    truncated(pointer, "a list");
                    break;
                }
                Node item = value(t, pointer.item(items.size()), depth + 1);
                if (item != null) {
                    items.add(item);
                }
            }
            return new Node.ArrayNode(Collections.unmodifiableList(items), line, column);
        }

        private void truncated(Pointer pointer, String what) {
            TokenStreamLocation at = parser.currentLocation();
            findings.add(Rules.SYNTAX, line(at), columns.of(at), pointer.toString(),
                    "The file ends inside " + what + " (is it cut short?); close it or restore the missing part");
        }

        /** Anchors, aliases and tags would let a file expand or name types: report them all. */
        private void checkYamlFeatures(int line, int column, Pointer pointer) {
            if (yamlParser == null) {
                return;
            }
            if (yamlParser.isCurrentAlias()) {
                findings.add(Rules.YAML_FEATURE, line, column, pointer.toString(),
                        "YAML aliases (*name) are not allowed in articles; write the value out in full");
            }
            String anchor = yamlParser.getObjectId();
            if (anchor != null && !yamlParser.isCurrentAlias()) {
                findings.add(Rules.YAML_FEATURE, line, column, pointer.toString(),
                        "YAML anchors (&" + anchor + ") are not allowed in articles; remove the anchor");
            }
            String tag = yamlParser.getTypeId();
            if (tag != null) {
                findings.add(Rules.YAML_FEATURE, line, column, pointer.toString(),
                        "YAML tags (" + tag + ") are not allowed in articles; remove the tag and write a plain value");
            }
        }
    }
}
