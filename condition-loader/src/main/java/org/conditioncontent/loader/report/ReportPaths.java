package org.conditioncontent.loader.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * How the reports for CI services (SARIF, GitHub, JUnit) name files: relative to the working
 * directory, which in CI is the repository's root, with forward slashes on every platform, since
 * that is how those services match a finding to a file in the repository. A file outside the
 * working directory keeps its absolute path.
 */
final class ReportPaths {

    private final Path base;

    /**
     * Creates the naming for a working directory.
     *
     * @param workingDirectory the folder paths are relative to; the empty path is the process's
     *     current folder
     */
    ReportPaths(Path workingDirectory) {
        this.base = workingDirectory.toAbsolutePath().normalize();
    }

    /**
     * A file's path relative to the working directory.
     *
     * @param source the file as the report names it (relative to the working directory, or absolute)
     * @return the relative path with forward slashes, or {@code null} if the file is outside
     */
    @Nullable String relative(String source) {
        Path file = absolute(source);
        if (file == null) {
            return relativeText(source);
        }
        if (!file.startsWith(base) || file.equals(base)) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (Path name : base.relativize(file)) {
            path.append(path.length() == 0 ? "" : "/").append(name);
        }
        return path.toString();
    }

    /**
     * A file's path for people and for GitHub annotations: relative where possible.
     *
     * @param source the file as the report names it
     * @return the relative path with forward slashes, else the absolute path
     */
    String path(String source) {
        String relative = relative(source);
        if (relative != null) {
            return relative;
        }
        Path file = absolute(source);
        return file != null ? file.toString() : source;
    }

    /**
     * A file's URI for SARIF: a relative reference, percent-encoded, when the file is inside the
     * working directory (to be read against {@code %SRCROOT%}), else an absolute {@code file:} URI.
     *
     * @param source the file as the report names it
     * @return the URI
     */
    String uri(String source) {
        String relative = relative(source);
        if (relative != null) {
            return encode(relative);
        }
        Path file = absolute(source);
        if (file != null) {
            return file.toUri().toASCIIString();
        }
        // Not a path here (see relativeText): an absolute name as it reads, else read against the
        // working directory as a folder (its URI ends in a slash only if it exists).
        String text = withSlashes(source);
        if (text.startsWith("/")) {
            return "file://" + encode(text);
        }
        if (isDrive(text)) {
            return "file:///" + text.substring(0, 2) + encode(text.substring(2));
        }
        String folder = base.toUri().toASCIIString();
        String resolved = URI.create(folder.endsWith("/") ? folder : folder + "/").resolve(encode(text)).toASCIIString();
        // Resolving drops the empty authority (file:/x); the other URIs here are written file:///x.
        return resolved.startsWith("file:/") && !resolved.startsWith("file://") ? "file://" + resolved.substring(5) : resolved;
    }

    /**
     * Whether {@link #uri} gives a relative reference for the file.
     *
     * @param source the file as the report names it
     * @return {@code true} when the file is inside the working directory
     */
    boolean isInside(String source) {
        return relative(source) != null;
    }

    /**
     * The file's absolute path, or {@code null} when its name cannot be a path on this platform:
     * on Linux a JVM in a locale that is not UTF-8 (the C locale of a container with none set)
     * reads a file name's bytes beyond ASCII as U+FFFD, and cannot make a path of that again.
     */
    private @Nullable Path absolute(String source) {
        try {
            return base.resolve(source).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /**
     * A name that cannot be a path, taken as text: relative to the working directory when it is
     * relative, or absolute and under the working directory's own name (the same JVM read both),
     * and has no {@code ..} segment; with forward slashes and without {@code ./} segments. Else
     * {@code null}.
     */
    private @Nullable String relativeText(String source) {
        String text = withSlashes(source);
        String folder = withSlashes(base.toString());
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        if (text.startsWith(prefix)) {
            text = text.substring(prefix.length());
        } else if (text.startsWith("/") || isDrive(text)) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (String segment : text.split("/")) {
            if (segment.equals("..")) {
                return null;
            }
            if (!segment.isEmpty() && !segment.equals(".")) {
                path.append(path.length() == 0 ? "" : "/").append(segment);
            }
        }
        return path.length() == 0 ? null : path.toString();
    }

    /** Whether a name starts with a Windows drive, such as {@code C:}, on a file system with such names. */
    private boolean isDrive(String text) {
        return base.getFileSystem().getSeparator().equals("\\") && text.length() > 1 && text.charAt(1) == ':';
    }

    /** The name with the file system's separator written as a forward slash. */
    private String withSlashes(String source) {
        String separator = base.getFileSystem().getSeparator();
        return separator.equals("/") ? source : source.replace(separator, "/");
    }

    /**
     * Percent-encodes a relative path as a URI reference (RFC 3986): every byte of its UTF-8 form
     * except the unreserved characters and the slashes between segments. Encoding ':' too keeps
     * a first segment such as {@code c:} from reading as a scheme.
     */
    static String encode(String path) {
        StringBuilder uri = new StringBuilder(path.length() + 16);
        for (byte b : path.getBytes(UTF_8)) {
            int c = b & 0xff;
            boolean unreserved = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
            if (unreserved) {
                uri.append((char) c);
            } else {
                uri.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return uri.toString();
    }
}
