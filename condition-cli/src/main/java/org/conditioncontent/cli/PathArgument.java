package org.conditioncontent.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Turns a path on the command line into a {@link Path}, and says how to fix one that cannot be.
 * On Linux a JVM whose locale is not UTF-8 (the C locale of a container with none set) reads an
 * argument's bytes beyond ASCII as U+FFFD, and no path in that JVM can hold it: picocli's own
 * message named the exception and not the way out. A class, not a lambda, for the start-up
 * archive's sake (see {@link Main}).
 */
final class PathArgument implements ITypeConverter<Path> {

    /** The converter of every path option; it holds no state. */
    static final PathArgument INSTANCE = new PathArgument(false);

    /**
     * The converter of the files and folders a command reads, which refuses an empty value: the
     * JVM takes {@code ""} for the current folder, so {@code conditions migrate "$DIR"} with
     * {@code DIR} unset rewrote every article under the folder the script ran in.
     */
    static final PathArgument READ = new PathArgument(true);

    private final boolean refuseEmpty;

    private PathArgument(boolean refuseEmpty) {
        this.refuseEmpty = refuseEmpty;
    }

    /**
     * The path a command-line value names.
     *
     * @param value the value as the JVM read it
     * @return the path
     * @throws TypeConversionException if the value cannot be a path here, with what to do about it
     */
    @Override
    public Path convert(String value) {
        if (refuseEmpty && value.isEmpty()) {
            throw new TypeConversionException("an empty path names no file or folder; name one"
                    + " (in a script, check that the variable is set)");
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException(message(value, e.getReason(), System.getProperty("sun.jnu.encoding")));
        }
    }

    /**
     * What is wrong with a value that cannot be a path, and how to fix it.
     *
     * @param value the value
     * @param reason why the platform refused it
     * @param charset the charset this JVM names files in, if it says
     * @return the message
     */
    static String message(String value, String reason, @Nullable String charset) {
        if (value.indexOf('\uFFFD') >= 0 && charset != null && !charset.equalsIgnoreCase("UTF-8")) {
            return "'" + value + "' cannot be a file name here: Java reads file names in " + charset
                    + ", the charset of its locale, and this one has characters beyond it; run in a UTF-8 locale,"
                    + " such as LC_ALL=C.UTF-8";
        }
        return "'" + value + "' cannot be a file name here: " + reason;
    }
}
