import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the documentation of every record component and enum constant of the model, taken from
 * its Javadoc, as one "Type.name TAB text" line each: the language server shows it on hover and
 * in completion, and the records' Javadoc is not in the class files. Run by the build (the
 * exec-maven-plugin, as a single-file source program) before the resources are copied:
 *
 * <pre>java FieldDocsSource.java MODEL_SOURCE_FOLDER OUTPUT_FILE</pre>
 */
public class FieldDocsSource {

    private static final Pattern RECORD = Pattern.compile(
            "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*(?:(?:public|static|final|sealed)\\s+)*record\\s+(\\w+)",
            Pattern.DOTALL);
    private static final Pattern ENUM = Pattern.compile("(?:(?:public|static)\\s+)*enum\\s+(\\w+)\\s*(?:implements[^{]*)?\\{");
    private static final Pattern CONSTANT = Pattern.compile(
            "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@\\w+\\s*)*([A-Z][A-Z0-9_]*)\\s*[,;(}]", Pattern.DOTALL);
    private static final Pattern PARAM = Pattern.compile("@param\\s+(\\w+)\\s+(.*?)(?=\\s@\\w+\\s|$)", Pattern.DOTALL);

    public static void main(String[] args) throws IOException {
        Path sources = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Map<String, String> docs = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                read(Files.readString(file, StandardCharsets.UTF_8), docs);
            }
        }
        StringBuilder text = new StringBuilder("# The model's field documentation, from its Javadoc; written by src/build/java/FieldDocsSource.java\n");
        docs.forEach((key, doc) -> text.append(key).append('\t').append(doc).append('\n'));
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
    }

    static void read(String source, Map<String, String> docs) {
        Matcher record = RECORD.matcher(source);
        while (record.find()) {
            Matcher param = PARAM.matcher(plain(record.group(1)));
            while (param.find()) {
                docs.putIfAbsent(record.group(2) + "." + param.group(1), clean(param.group(2)));
            }
        }
        Matcher type = ENUM.matcher(source);
        while (type.find()) {
            // Only documented upper-case names followed by , ; ( or } match: constants, not methods.
            Matcher constant = CONSTANT.matcher(source.substring(type.end()));
            while (constant.find()) {
                docs.putIfAbsent(type.group(1) + "." + constant.group(2), clean(plain(constant.group(1))));
            }
        }
    }

    /** The comment's text without its leading asterisks. */
    private static String plain(String comment) {
        StringBuilder out = new StringBuilder();
        for (String line : comment.split("\n")) {
            out.append(line.replaceFirst("^\\s*\\*\\s?", "")).append(' ');
        }
        return out.toString();
    }

    /** Javadoc markup made readable text on one line. */
    private static String clean(String doc) {
        return doc.replaceAll("\\{@(?:code|literal) ([^}]*)}", "$1")
                .replaceAll("\\{@value #?([^}]*)}", "$1")
                .replaceAll("\\{@link(?:plain)? ([^}\\s]*)(?: ([^}]*))?}", "$1")
                .replaceAll("(\\w)#(\\w)", "$1.$2")
                .replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
