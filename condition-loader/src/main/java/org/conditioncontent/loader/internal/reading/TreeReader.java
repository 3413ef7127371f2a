package org.conditioncontent.loader.internal.reading;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
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
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.JsonSchema;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.base.ParserBase;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.io.ContentReference;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Parses JSON or YAML text into a {@link Node} tree with positions, turning every syntax problem,
 * limit breach, duplicate key and YAML anchor, alias or tag into a diagnostic. Immutable and
 * thread-safe: the Jackson factories are built once and parsers are made per call.
 */
public final class TreeReader {

    /**
     * What kind of document a reader reads, for its messages: an article, or another file read with
     * the same parser (the rules configuration), whose problems must not be explained in terms of
     * articles.
     *
     * @param noun the document in the singular, as in "the end of the article"
     * @param plural the documents in the plural, as in "not allowed in articles"
     * @param whenEmpty the message for an empty document (one with only comments or nothing), or
     *     {@code null} when an empty document is no problem: {@link #read} then returns
     *     {@code null} with no finding
     * @param numbers what the numbers in such a document are, as in "numbers in articles are
     *     years and counts"
     * @param exampleKey a key such a document has, as in "plain names such as title"
     */
    public record Document(String noun, String plural, @Nullable String whenEmpty, String numbers, String exampleKey) {

        /** An article: its messages are the ones the golden files hold, word for word. */
        public static final Document ARTICLE = new Document("article", "articles",
                "The file is empty; an article is an object with at least an id and a title", "years and counts", "title");

        /**
         * Checks that the words are given.
         *
         * @param noun the singular
         * @param plural the plural
         * @param whenEmpty the message for an empty document, or {@code null}
         * @param numbers what the numbers are
         * @param exampleKey a key
         * @throws NullPointerException if a word other than {@code whenEmpty} is {@code null}
         */
        public Document {
            Objects.requireNonNull(noun, "noun must not be null");
            Objects.requireNonNull(plural, "plural must not be null");
            Objects.requireNonNull(numbers, "numbers must not be null");
            Objects.requireNonNull(exampleKey, "exampleKey must not be null");
        }
    }

    /** The YAML engine's own default buffer, in characters, for documents up to {@link #WHOLE_READ}. */
    private static final int ENGINE_BUFFER = 1024;
    /**
     * The longest YAML document read through the shared factory's small buffer: its worst token
     * costs at most 64 copies of 64 K code points, about a millisecond.
     */
    private static final int WHOLE_READ = 64 * 1024;

    private final Limits limits;
    private final Document document;
    private final StreamReadConstraints constraints;
    private final JsonFactory json;
    private final Object yamlLock = new Object();
    /** Built on the first YAML document: a run that reads only JSON never loads the YAML engine. */
    private volatile @Nullable YAMLFactory yaml;

    /**
     * Builds a reader of articles, as {@link #TreeReader(Limits, Document)} with {@link Document#ARTICLE}.
     *
     * @param limits the limits
     */
    public TreeReader(Limits limits) {
        this(limits, Document.ARTICLE);
    }

    /**
     * Builds the JSON factory for the given limits; the YAML one is built when first needed.
     *
     * @param limits the limits
     * @param document what the documents read are, for the messages
     */
    public TreeReader(Limits limits, Document document) {
        this.limits = limits;
        this.document = Objects.requireNonNull(document, "document must not be null");
        // Jackson enforces the limits inside the parser, so hostile input never builds a huge
        // structure; the tree builder below checks depth and length again, for both syntaxes.
        this.constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                // Texts are held to their limit by the tree builder, which knows where they start;
                // the parsers stopped somewhere inside or after them, with no pointer. No text can be
                // longer than the document, which bounds them here. JSON's names keep the parser's
                // limit: the JSON parser keeps every name in its factory's table, a hostile one too.
                .maxStringLength(limits.maxDocumentSize())
                .maxNameLength(maxNameLength(limits))
                .maxDocumentLength(limits.maxDocumentSize())
                .maxNumberLength(100)
                .build();
        // Field names interned, as record component names are: the binder then finds a field's
        // component by identity. Each distinct name is interned once, when the factory's shared
        // name table first meets it.
        this.json = JsonFactory.builder().streamReadConstraints(constraints)
                .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES).build();
    }

    private YAMLFactory yaml() {
        YAMLFactory built = yaml;
        if (built == null) {
            synchronized (yamlLock) {
                built = yaml;
                if (built == null) {
                    built = yamlFactory(ENGINE_BUFFER);
                    yaml = built;
                }
            }
        }
        return built;
    }

    /**
     * The factory that parses a YAML document of the given length. The engine reads its input in
     * chunks of its buffer's size and, at each chunk, copies what it has read but not yet consumed
     * into a new window; while it scans one token (a comment, a run of spaces, a quoted text with
     * commas) nothing is consumed, so a token of n characters costs n squared over the buffer's size:
     * a comment of 2 MB with spaces took 4.4 s. A document longer than {@link #WHOLE_READ} gets a
     * factory of its own whose buffer holds it whole, read in one chunk, which makes every token
     * linear; shorter ones share the small buffer, which keeps their parsers' allocation small.
     */
    private YAMLFactory yamlFor(String text) {
        int buffer = engineBuffer(text.length());
        return buffer == ENGINE_BUFFER ? yaml() : yamlFactory(buffer);
    }

    /**
     * The YAML engine's buffer for a document: the shared small one up to {@link #WHOLE_READ}
     * characters, else one that holds the document whole (the engine reads one character less than
     * its buffer at a time).
     *
     * @param length the document's length, in characters
     * @return the buffer's size, in characters
     */
    static int engineBuffer(int length) {
        return length <= WHOLE_READ ? ENGINE_BUFFER : length + 1;
    }

    private YAMLFactory yamlFactory(int bufferSize) {
        LoadSettings yamlSettings = LoadSettings.builder()
                .setCodePointLimit(limits.maxDocumentSize())
                .setMaxAliasesForCollections(10)
                .setAllowRecursiveKeys(false)
                // Duplicate keys are reported by the tree builder, with their own rule and
                // without stopping the parse.
                .setAllowDuplicateKeys(true)
                .setLabel(document.noun())
                .setSchema(new ArticleSchema())
                .setBufferSize(bufferSize)
                .build();
        // YAML's names are held to their limit by the tree builder, where they start: the YAML
        // parser keeps no table of names, and stopped at a long name's end.
        StreamReadConstraints names = constraints.rebuild().maxNameLength(limits.maxDocumentSize()).build();
        return YAMLFactory.builder().loadSettings(yamlSettings).streamReadConstraints(names).build();
    }

    /**
     * YAML 1.2's JSON schema, which reads numbers as JSON writes them (decision 5), with the null
     * of its core schema: a plain (unquoted) {@code ~}, {@code Null} or {@code NULL} is null, as
     * {@code null} and an empty value are. The core schema is what editors' YAML tools, PyYAML and
     * the article schema's checkers read, so {@code title: ~} there is a missing title; read as the
     * text "~" it passed here and was published. A quoted {@code "~"} stays text. The core schema's
     * other differences are not taken: {@code True} and {@code FALSE} stay texts (a yes/no field
     * says it wants true or false; a text field keeps the word), and so do {@code 0x1F}, {@code 0o17},
     * {@code +1} and {@code .5}.
     */
    private static final class ArticleSchema extends JsonSchema {
        private final ScalarResolver json = super.getScalarResolver();
        private final ScalarResolver resolver = (value, plain) -> plain && isCoreNull(value) ? Tag.NULL : json.resolve(value, plain);

        @Override
        public ScalarResolver getScalarResolver() {
            return resolver;
        }

        /** The core schema's nulls that the JSON schema reads as text. */
        private static boolean isCoreNull(String value) {
            return value.equals("~") || value.equals("Null") || value.equals("NULL");
        }
    }

    /**
     * Parses a document.
     *
     * @param text the document
     * @param format its syntax
     * @param findings where problems go
     * @return the root value, or {@code null} when the document could not be parsed or is empty
     */
    public @Nullable Node read(String text, SourceFormat format, Findings findings) {
        if (format == SourceFormat.JSON) {
            return parse(() -> json.createParser(ObjectReadContext.empty(), text), text, false, Columns.CHARACTERS, findings, false);
        }
        int supplementary = YamlText.scan(text, findings);
        if (supplementary == YamlText.REFUSED) {
            return null;
        }
        YAMLFactory factory = yamlFor(text);
        return parse(() -> factory.createParser(ObjectReadContext.empty(), text), text, true, CodePointColumns.of(text, supplementary), findings,
                false);
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
        // No text: a syntax error is reported from the text below, where the messages can look at it.
        Node root = parse(() -> json.createParser(ObjectReadContext.empty(), utf8, start, utf8.length - start), null, false, columns, attempt,
                true);
        if (root == null) {
            // A document that does not parse is reported from its text: where Jackson notices a
            // syntax error or a limit depends on how it reads (200 digits into a long number from
            // bytes, at its end from text), and reports must not change with the way in.
            return read(new String(utf8, start, utf8.length - start, StandardCharsets.UTF_8), SourceFormat.JSON, findings);
        }
        findings.addAll(attempt);
        return root;
    }

    /**
     * Parses with one parser. {@code fromBytes}: the parser reads UTF-8 JSON, and the values'
     * positions are read from its counters instead of from a location object made per value.
     * {@code text}: the document, for syntax messages that look at the text around the error
     * (the comma before a closing bracket); {@code null} when it is read from bytes.
     */
    private @Nullable Node parse(Supplier<JsonParser> opening, @Nullable String text, boolean isYaml, Columns columns, Findings findings,
            boolean fromBytes) {
        String syntax = isYaml ? "YAML" : "JSON";
        JsonParser parser = null;
        try {
            parser = opening.get();
            JsonToken first = parser.nextToken();
            if (first == null) {
                if (document.whenEmpty() != null) {
                    findings.add(Rules.SYNTAX, 1, 1, "", document.whenEmpty());
                }
                return null;
            }
            ParserBase counters = fromBytes && parser instanceof ParserBase base ? base : null;
            Node root = new Builder(parser, isYaml ? (YAMLParser) parser : null, counters, columns, findings).value(first, Pointer.ROOT, "", Builder.ROOT, 1);
            if (root != null && parser.nextToken() != null) {
                TokenStreamLocation at = parser.currentTokenLocation();
                findings.add(Rules.SYNTAX, line(at), columns.of(at), "",
                        "There is more after the end of the " + document.noun() + "; a file holds exactly one " + document.noun());
            }
            return root;
        } catch (TooLong e) {
            findings.add(Rules.LIMIT, e.line, e.column, e.pointer, e.getOriginalMessage());
            return null;
        } catch (StreamConstraintsException e) {
            TokenStreamLocation at = where(e, parser);
            findings.add(Rules.LIMIT, line(at), columns.of(at), "", limitMessage(e.getOriginalMessage()));
            return null;
        } catch (JacksonException e) {
            syntaxError(syntax, e.getOriginalMessage(), unclosed(parser, columns), e, where(e, parser), text, columns, findings);
            return null;
        } catch (RuntimeException e) {
            // The YAML engine reports some malformed input with its own unchecked exceptions.
            syntaxError(syntax, String.valueOf(e.getMessage()), null, e, parser == null ? null : parser.currentLocation(), text, columns,
                    findings);
            return null;
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
    }

    /**
     * Reports a syntax error. A YAML error is placed at the engine's problem mark, where it found
     * what it could not read (a tab, an {@code @}, a bad escape, a line out of line): Jackson's
     * location is the last token it read, often the line before. A document that ends too early
     * is placed at the engine's context mark, the start of what is left open (an unclosed
     * quotation mark), rather than at the end of the file. The commonest mistakes get the words of
     * {@link SyntaxMessage}; a trailing comma in JSON is placed at the comma.
     *
     * @param unclosed where the object or array left open began, for a JSON document that ends
     *     too early, or {@code null}
     * @param parsed the parser's location, for JSON and when the engine gives no mark
     * @param text the document, or {@code null} when it was read from bytes
     */
    private void syntaxError(String syntax, String detail, @Nullable String unclosed, Throwable e,
            @Nullable TokenStreamLocation parsed, @Nullable String text, Columns columns, Findings findings) {
        // Only a YAML error looks for the engine's exceptions: JSON never loads the engine's classes.
        boolean isYaml = syntax.equals("YAML");
        Mark problem = isYaml ? mark(e, true) : null;
        Mark opening = isYaml ? mark(e, false) : null;
        String gist = firstLine(detail);
        SyntaxMessage said = isYaml
                ? SyntaxMessage.yaml(gist, text, problem == null ? -1 : problem.getLine(), problem == null ? -1 : problem.getColumn(),
                        opening == null ? -1 : opening.getLine())
                : SyntaxMessage.json(gist, text, parsed == null ? -1 : parsed.getCharOffset(), document.exampleKey());
        if (said == null) {
            String message = syntaxMessage(syntax, detail, unclosed);
            said = SyntaxMessage.at(message.startsWith("The " + syntax + " ends too early") ? SyntaxMessage.Place.OPENING
                    : SyntaxMessage.Place.PROBLEM, message);
        }
        Mark mark = !isYaml ? null : said.place() == SyntaxMessage.Place.OPENING ? mark(e, false) : problem;
        if (said.place() == SyntaxMessage.Place.GIVEN) {
            findings.add(Rules.SYNTAX, said.line(), said.column(), "", said.text());
        } else if (mark != null) {
            findings.add(Rules.SYNTAX, mark.getLine() + 1, columns.of(mark.getColumn() + 1, mark.getIndex()), "", said.text());
        } else {
            findings.add(Rules.SYNTAX, line(parsed), columns.of(parsed), "", said.text());
        }
    }

    /**
     * The YAML engine's problem mark in an exception or its cause, or its context mark (the start
     * of the quoted text or collection left open), or {@code null}.
     */
    private static @Nullable Mark mark(Throwable e, boolean problem) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYamlEngineException marked) {
                return (problem ? marked.getProblemMark() : marked.getContextMark()).orElse(null);
            }
        }
        return null;
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
                    + " levels (limit maxNestingDepth); " + document.plural() + " need far fewer, so check for runaway brackets";
        }
        if (lower.contains("name length")) {
            return nameTooLong();
        }
        if (lower.contains("document length")) {
            return "The document is longer than " + limits.maxDocumentSize() + " characters (limit maxDocumentSize)";
        }
        if (lower.contains("number")) {
            return "A number is longer than 100 digits; numbers in " + document.plural() + " are " + document.numbers();
        }
        return "The document passes a loader limit: " + firstLine(jackson);
    }

    /** How the YAML engine names a version in a %YAML directive it does not read. */
    private static final Pattern YAML_VERSION = Pattern.compile("Version\\{major=(\\d+), minor=(\\d+)}");

    /**
     * The YAML engine's words for a character no token starts with: a tab, or a reserved
     * indicator ({@code @}, a backtick), for which it says "Do not use @ for indentation", though
     * the fix is to quote the value.
     */
    private static final Pattern CANNOT_START = Pattern.compile("found character '(.+?)' that cannot start any token");

    /** Where Jackson's message for an unclosed object or array puts its location dump. */
    private static final String START_MARKER = " (start marker at ";

    /**
     * Says where the innermost object or array the parser is in began, for a document that ends
     * inside it: {@code "the object opened at line 1, column 1 is not closed"}. The column is
     * given only where it is known in characters (a document without multi-byte characters): the
     * parser keeps a bracket's byte column but not its offset, which the conversion needs.
     *
     * @return the sentence, or {@code null} when the parser is at the top, or gives no line
     */
    private static @Nullable String unclosed(@Nullable JsonParser parser, Columns columns) {
        TokenStreamContext context = parser == null ? null : parser.streamReadContext();
        if (context == null || context.inRoot()) {
            return null;
        }
        TokenStreamLocation opened = context.startLocation(ContentReference.redacted());
        if (opened == null || opened.getLineNr() < 1) {
            return null;
        }
        String where = columns == Columns.CHARACTERS && opened.getColumnNr() >= 1
                ? "at line " + opened.getLineNr() + ", column " + opened.getColumnNr()
                : "on line " + opened.getLineNr();
        return "the " + (context.inObject() ? "object" : "array") + " opened " + where + " is not closed";
    }

    private String syntaxMessage(String syntax, String jackson, @Nullable String unclosed) {
        String detail = firstLine(jackson);
        int marker = detail.indexOf(START_MARKER);
        if (marker >= 0) {
            // Jackson's location dump ("[Source: REDACTED ...; byte offset: #UNKNOWN]") is for
            // programmers; an editor gets where the bracket was opened, in plain words.
            return "The " + syntax + " ends too early (is the file cut short?): "
                    + (unclosed != null ? unclosed : detail.substring(0, marker));
        }
        // The parsers' own words for two YAML cases name their internals; say what is wrong instead.
        Matcher version = YAML_VERSION.matcher(detail);
        if (version.find()) {
            return "The YAML says it is version " + version.group(1) + "." + version.group(2)
                    + " (%YAML line), which this loader does not read; remove the %YAML line";
        }
        Matcher start = CANNOT_START.matcher(detail);
        if (start.find()) {
            // The engine writes a tab as the text \t(TAB).
            return start.group(1).startsWith("\\t")
                    ? "The YAML is indented with a tab here; indent with spaces only"
                    : "The YAML is malformed: a plain value cannot start with " + start.group(1) + "; put the value in quotes";
        }
        if (detail.contains("expected <block end>")) {
            // The engine says the same for text after a closing quotation mark on one line
            // (title: "Asthma" in children), the commonest case, as for a line out of place.
            return "The YAML is malformed: this line does not fit the lines above it: text after a closing quotation mark"
                    + " (put the whole value in quotes), a list item among fields, or an indentation unlike its neighbours'"
                    + " (indent it as the fields or items it belongs with)";
        }
        if (detail.startsWith("Expected a property name")) {
            return "A key is a list or an object; keys in " + document.plural() + " are plain names such as " + document.exampleKey();
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
        Columns CHARACTERS = new Columns() {
            @Override
            public int of(@Nullable TokenStreamLocation at) {
                return column(at);
            }

            @Override
            public int of(int column, long offset) {
                return column < 1 ? 1 : column;
            }
        };

        /**
         * The column of a location.
         *
         * @param at where the parser is or was; {@code null} when unknown
         * @return the 1-based column in characters
         */
        int of(@Nullable TokenStreamLocation at);

        /**
         * The column of a position given as the parser counts it.
         *
         * @param column the parser's 1-based column (in bytes for a parser of UTF-8)
         * @param offset the 0-based offset of the position in the parser's input, or -1 if unknown
         * @return the 1-based column in characters
         */
        int of(int column, long offset);
    }

    /**
     * Columns in characters from the byte columns of a parser of UTF-8. A byte column is a
     * character column less what the multi-byte characters between the start of the line and the
     * position add: a character of n bytes adds n - 1, except that a four-byte one is two Java
     * characters (a surrogate pair) and adds 2. Tokens come in document order, so two cursors, one
     * for the positions and one for the starts of their lines, move forward over the multi-byte
     * characters and pass each once; a position behind a cursor (an error reported from an earlier
     * location) is found by a binary search instead. One per document: the cursors are its state.
     */
    private static final class Utf8Columns implements Columns {
        private final int[] starts;
        private final int count;
        /** {@code extra[k]}: what the first k multi-byte characters add to a byte column. */
        private final int[] extra;
        private final int start;
        /** How many multi-byte characters start before the last position asked for. */
        private int atPosition;
        /** How many multi-byte characters start before the start of that position's line. */
        private int atLineStart;

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
            return of(at.getColumnNr(), at.getByteOffset());
        }

        @Override
        public int of(int column, long byteOffset) {
            if (column < 1 || byteOffset < 0) {
                return column < 1 ? 1 : column;
            }
            int offset = (int) byteOffset + start;
            int lineStart = offset - (column - 1);
            int k = atPosition;
            if ((k == count || starts[k] >= offset) && (k == 0 || starts[k - 1] < lineStart)) {
                // No multi-byte character between the last one passed and the position, and that
                // one is on an earlier line: most tokens, asked for with no call and no count.
                return column;
            }
            atPosition = before(k, offset);
            atLineStart = before(atLineStart, lineStart);
            return column - (extra[atPosition] - extra[atLineStart]);
        }

        /**
         * How many multi-byte characters start before an offset, counted on from a cursor: how
         * many start before an earlier offset.
         */
        private int before(int cursor, int offset) {
            if (cursor > 0 && starts[cursor - 1] >= offset) {
                int i = Arrays.binarySearch(starts, 0, cursor, offset);
                return i >= 0 ? i : -i - 1;
            }
            int k = cursor;
            while (k < count && starts[k] < offset) {
                k++;
            }
            return k;
        }
    }

    /**
     * Columns in characters from the code point columns of the YAML parser: SnakeYAML Engine counts
     * a character outside the Basic Multilingual Plane (an emoji, two Java characters) as one, in
     * its columns and in its offsets into the document. A code point column is a character column
     * less the number of such characters between the start of the line and the position. Only a
     * document that has any needs this; the others keep the parser's columns as they are. Every
     * location the YAML parser gives has its offset (SnakeYAML's index); one without would keep
     * its column as it is.
     */
    private static final class CodePointColumns implements Columns {
        /** The code point offsets of the characters outside the Basic Multilingual Plane, ascending. */
        private final int[] supplementary;

        private CodePointColumns(int[] supplementary) {
            this.supplementary = supplementary;
        }

        /**
         * The columns for a document: {@link Columns#CHARACTERS} when every character is one Java char.
         *
         * @param text the document
         * @param count how many characters outside the Basic Multilingual Plane it holds, as
         *     {@link YamlText#scan} counted them
         */
        static Columns of(String text, int count) {
            if (count == 0) {
                return CHARACTERS;
            }
            int[] at = new int[count];
            for (int i = 0, k = 0, codePoint = 0, n = text.length(); i < n; codePoint++) {
                if (i + 1 < n && Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                    at[k++] = codePoint;
                    i += 2;
                } else {
                    i++;
                }
            }
            return new CodePointColumns(at);
        }

        @Override
        public int of(@Nullable TokenStreamLocation at) {
            if (at == null || at.getColumnNr() < 1 || at.getCharOffset() < 0) {
                return column(at);
            }
            return of(at.getColumnNr(), at.getCharOffset());
        }

        @Override
        public int of(int column, long offset) {
            if (column < 1 || offset < 0) {
                return column < 1 ? 1 : column;
            }
            return column + before(offset) - before(offset - (column - 1));
        }

        /** How many characters outside the Basic Multilingual Plane start before a code point offset. */
        private int before(long offset) {
            int i = Arrays.binarySearch(supplementary, (int) Math.min(offset, Integer.MAX_VALUE));
            return i >= 0 ? i : -i - 1;
        }
    }

    /** Up to this many fields, duplicate names are found by a scan rather than a hash map. */
    private static final int SCAN_LIMIT = 32;

    /** The longest field name: the text limit, but no more than 1,000 characters. */
    private static int maxNameLength(Limits limits) {
        return Math.min(limits.maxStringLength(), 1_000);
    }

    private int maxNameLength() {
        return maxNameLength(limits);
    }

    /** The finding's message for a text over the limit. */
    private String textTooLong() {
        return "A text is longer than " + limits.maxStringLength() + " characters (limit maxStringLength); split it into paragraphs";
    }

    /** The finding's message for a field name over {@link #maxNameLength()}. */
    private String nameTooLong() {
        // The option is named only where it sets the limit: above 1,000 it does not.
        String option = limits.maxStringLength() < 1_000 ? " (limit maxStringLength)" : "";
        return "A field name is longer than " + maxNameLength() + " characters" + option + "; field names are short words such as "
                + document.exampleKey();
    }

    /**
     * A text or field name over its limit, found by the tree builder where it starts: the finding
     * stops the document, as the parser's limits do, but names the value's own position and pointer.
     */
    private static final class TooLong extends StreamConstraintsException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;
        private final String pointer;

        TooLong(String message, int line, int column, String pointer) {
            super(message);
            this.line = line;
            this.column = column;
            this.pointer = pointer;
        }
    }

    /**
     * Builds the tree from one parser; one per call. The fields of an object and the items of a
     * list are gathered in a buffer kept for their depth and copied once, at their exact number,
     * into the node's list: no list that grows, and no wrapper around it.
     */
    private final class Builder {
        private final JsonParser parser;
        private final Columns columns;
        private final Findings findings;
        private final @Nullable YAMLParser yamlParser;
        /**
         * The same parser when it reads UTF-8 JSON: a value's position is then read from its
         * counters, not from a location object made for each value.
         */
        private final @Nullable ParserBase counters;
        /** {@code buffers[depth]}: where the children of the container at that depth are gathered. */
        private Object[][] buffers = new Object[8][];
        /** The position of the value being read: set by {@link #locateValue()}. */
        private int line;
        private int column;

        /** The same parser when it reads YAML; JSON never loads the YAML parser's class. */
        Builder(JsonParser parser, @Nullable YAMLParser yamlParser, @Nullable ParserBase counters, Columns columns, Findings findings) {
            this.parser = parser;
            this.columns = columns;
            this.findings = findings;
            this.yamlParser = yamlParser;
            this.counters = counters;
        }

        /** For {@link #value}: the value is the document's root. */
        static final int ROOT = -2;
        /** For {@link #value}: the value is a field's, whose name is given. */
        static final int FIELD = -1;

        /** The pointer of a value, told as to {@link #value}. */
        private static Pointer pointer(Pointer parent, String name, int index) {
            return index == ROOT ? parent : index == FIELD ? parent.field(name) : parent.item(index);
        }

        /** The start of the current value token, into {@link #line} and {@link #column}. */
        private void locateValue() {
            ParserBase p = counters;
            if (p != null) {
                // The UTF-8 parser keeps the token's start as a 0-based line offset that its
                // location objects give as the column (the token's first byte is consumed when
                // the offset is taken) and that getTokenColumnNr gives plus one; its offset in
                // the input is one less than getTokenCharacterOffset, as in its locations.
                // TreeReaderTest's differential test holds these positions to the located ones.
                int byteColumn = p.getTokenColumnNr() - 1;
                line = p.getTokenLineNr() < 1 ? 1 : p.getTokenLineNr();
                column = columns.of(byteColumn, byteColumn < 1 ? -1 : p.getTokenCharacterOffset() - 1);
                return;
            }
            TokenStreamLocation at = parser.currentTokenLocation();
            line = line(at);
            column = columns.of(at);
        }

        private Object[] buffer(int depth) {
            if (depth >= buffers.length) {
                buffers = Arrays.copyOf(buffers, Math.max(depth + 1, buffers.length * 2));
            }
            Object[] buffer = buffers[depth];
            if (buffer == null) {
                buffer = new Object[16];
                buffers[depth] = buffer;
            }
            return buffer;
        }

        /** Adds to the buffer of a depth, which grows when full. */
        private Object[] add(Object[] buffer, int depth, int size, Object child) {
            Object[] b = buffer;
            if (size == b.length) {
                b = Arrays.copyOf(b, size * 2);
                buffers[depth] = b;
            }
            b[size] = child;
            return b;
        }

        /**
         * Reads a value whose first token has been read.
         *
         * @param parent the pointer of the container that holds it
         * @param name its field name, when {@code index} is {@link #FIELD}; else unused
         * @param index its index in a list, or {@link #FIELD} or {@link #ROOT}
         */
        @Nullable Node value(JsonToken token, Pointer parent, String name, int index, int depth) {
            locateValue();
            int line = this.line;
            int column = this.column;
            if (depth > limits.maxNestingDepth()) {
                throw new StreamConstraintsException("Document nesting depth exceeds the maximum", parser.currentTokenLocation());
            }
            // A value's pointer is made only when needed: for a container, whose values need it, or
            // for a finding. Most values are texts without one.
            @Nullable Pointer pointer = null;
            if (yamlParser != null) {
                pointer = pointer(parent, name, index);
                checkYamlFeatures(line, column, pointer);
            }
            switch (token) {
                case START_OBJECT:
                    return object(pointer != null ? pointer : pointer(parent, name, index), depth, line, column);
                case START_ARRAY:
                    return array(pointer != null ? pointer : pointer(parent, name, index), depth, line, column);
                case VALUE_STRING:
                    String text = parser.getString();
                    if (text.length() > limits.maxStringLength()) {
                        throw new TooLong(textTooLong(), line, column,
                                (pointer != null ? pointer : pointer(parent, name, index)).toString());
                    }
                    return new Node.ScalarNode(Node.Kind.STRING, text, line, column);
                case VALUE_NUMBER_INT:
                    return new Node.ScalarNode(Node.Kind.INTEGER, number(), line, column);
                case VALUE_NUMBER_FLOAT:
                    return new Node.ScalarNode(Node.Kind.DECIMAL, number(), line, column);
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return new Node.ScalarNode(Node.Kind.BOOLEAN, parser.getText(), line, column);
                case VALUE_NULL:
                    return new Node.ScalarNode(Node.Kind.NULL, "null", line, column);
                default:
                    // VALUE_EMBEDDED_OBJECT, from YAML's !!binary: the tag itself is reported as a YAML feature.
                    findings.add(Rules.SYNTAX, line, column, (pointer != null ? pointer : pointer(parent, name, index)).toString(),
                            "A binary value is not text; write the value as plain text");
                    parser.skipChildren();
                    return null;
            }
        }

        /**
         * A number's text. JSON's parser refuses a number of more than 100 digits; the YAML parser
         * does not, so a 500-digit YAML number was quoted whole in a finding, and JSON and YAML
         * disagreed on the same value. The YAML one is refused here with the same limit.
         */
        private String number() {
            String text = parser.getText();
            if (yamlParser != null && text.length() > 100) {
                throw new StreamConstraintsException("Number value length (" + text.length() + ") exceeds the maximum allowed (100)",
                        parser.currentTokenLocation());
            }
            return text;
        }

        private Node object(Pointer pointer, int depth, int line, int column) {
            Object[] fields = buffer(depth);
            int size = 0;
            // Found by a scan while the object is small, as articles' objects are; a map beyond.
            Map<String, Node.Field> seen = null;
            JsonToken t;
            while ((t = nextInObject(pointer)) == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                TokenStreamLocation at = parser.currentTokenLocation();
                int nameLine = line(at);
                int nameColumn = columns.of(at);
                if (name.length() > maxNameLength()) {
                    throw new TooLong(nameTooLong(), nameLine, nameColumn, pointer.toString());
                }
                JsonToken valueToken = parser.nextToken();
                Node value = value(valueToken, pointer, name, FIELD, depth + 1);
                if (seen == null && size > SCAN_LIMIT) {
                    seen = new HashMap<>();
                    for (int i = 0; i < size; i++) {
                        Node.Field f = (Node.Field) fields[i];
                        seen.put(f.name(), f);
                    }
                }
                Node.Field first = seen != null ? seen.get(name) : find(fields, size, name);
                if (first != null) {
                    findings.add(Rules.DUPLICATE_KEY, nameLine, nameColumn, pointer.field(name).toString(),
                            "The field " + Names.quote(name) + " appears twice in this object (first at line " + first.line()
                                    + "); keep one of them");
                } else if (value != null) {
                    Node.Field field = new Node.Field(name, nameLine, nameColumn, value);
                    if (seen != null) {
                        seen.put(name, field);
                    }
                    fields = add(fields, depth, size++, field);
                }
            }
            if (t != JsonToken.END_OBJECT) {
                truncated(pointer, "an object");
            }
            return new Node.ObjectNode(NodeList.copyOf(fields, size), line, column);
        }

        /**
         * The next token of an object. The JSON parser refuses a name over the limit itself, before
         * it keeps the name in its factory's table, at the name's end: the finding gets the object's
         * pointer here.
         */
        private @Nullable JsonToken nextInObject(Pointer pointer) {
            try {
                return parser.nextToken();
            } catch (StreamConstraintsException e) {
                if (e instanceof TooLong || !String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT).contains("name length")) {
                    throw e;
                }
                TokenStreamLocation at = where(e, parser);
                throw new TooLong(nameTooLong(), line(at), columns.of(at), pointer.toString());
            }
        }

        /** The field of a name among the first {@code size}, told apart by their hashes first. */
        private static Node.@Nullable Field find(Object[] fields, int size, String name) {
            int hash = Objects.hashCode(name);
            for (int i = 0; i < size; i++) {
                Node.Field f = (Node.Field) fields[i];
                String other = f.name();
                if (other.hashCode() == hash && other.equals(name)) {
                    return f;
                }
            }
            return null;
        }

        private Node array(Pointer pointer, int depth, int line, int column) {
            Object[] items = buffer(depth);
            int size = 0;
            JsonToken t;
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    truncated(pointer, "a list");
                    break;
                }
                Node item = value(t, pointer, "", size, depth + 1);
                if (item != null) {
                    items = add(items, depth, size++, item);
                }
            }
            return new Node.ArrayNode(NodeList.copyOf(items, size), line, column);
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
                        "YAML aliases (*name) are not allowed in " + document.plural() + "; write the value out in full");
            }
            String anchor = yamlParser.getObjectId();
            if (anchor != null && !yamlParser.isCurrentAlias()) {
                findings.add(Rules.YAML_FEATURE, line, column, pointer.toString(),
                        "YAML anchors (&" + anchor + ") are not allowed in " + document.plural() + "; remove the anchor");
            }
            String tag = yamlParser.getTypeId();
            if (tag != null) {
                findings.add(Rules.YAML_FEATURE, line, column, pointer.toString(),
                        "YAML tags (" + tag + ") are not allowed in " + document.plural() + "; remove the tag and write a plain value");
            }
        }
    }
}
