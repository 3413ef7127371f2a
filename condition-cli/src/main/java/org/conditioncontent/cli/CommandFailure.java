package org.conditioncontent.cli;

import java.io.IOError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.conditioncontent.render.export.FolderSwap;
import org.jspecify.annotations.Nullable;

/**
 * The command could not do its job for a reason the user can act on: a missing path, an output
 * that cannot be written. The message is one line, printed after {@code conditions: }; the exit
 * code is {@link Exit#FAILED}.
 */
final class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates a failure.
     *
     * @param message what went wrong, in one line starting in lower case
     */
    CommandFailure(String message) {
        super(message);
    }

    /**
     * Creates a failure with its cause, which {@code --debug} shows.
     *
     * @param message what went wrong, in one line starting in lower case
     * @param cause the exception behind it
     */
    CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * A path the user named does not exist.
     *
     * @param path the path, as given
     * @return the failure
     */
    static CommandFailure noSuchPath(Path path) {
        return new CommandFailure("no such file or folder: " + path);
    }

    /**
     * A path the user named does not exist, or is a link that leads nowhere: a link to a file
     * that was moved, or a loop of links, is there, and "no such file" sent the user looking for
     * a file they could see.
     *
     * @param path the path, as given
     * @param resolved the path against the working directory
     * @return the failure
     */
    static CommandFailure noSuchPath(Path path, Path resolved) {
        if (Files.isSymbolicLink(resolved)) {
            String target;
            try {
                target = " to " + Files.readSymbolicLink(resolved);
            } catch (IOException | UnsupportedOperationException e) {
                target = "";
            }
            return new CommandFailure(path + " is a symbolic link" + target + ", which does not exist (or is a loop of links);"
                    + " fix the link or name the file itself");
        }
        return noSuchPath(path);
    }

    /**
     * A file or folder could not be read.
     *
     * @param path the path
     * @param cause the exception, an {@link IOException} or an {@link UncheckedIOException}
     * @return the failure
     */
    static CommandFailure cannotRead(Path path, Exception cause) {
        return new CommandFailure("cannot read " + path + ": " + reason(cause), cause);
    }

    /**
     * A file could not be written.
     *
     * @param path the file
     * @param cause the exception, an {@link IOException} or an {@link UncheckedIOException}
     * @return the failure
     */
    static CommandFailure cannotWrite(Path path, Exception cause) {
        String folder = refusedFolder(path, cause);
        if (folder != null) {
            return new CommandFailure("cannot write " + path + ": permission denied: this user cannot create files or folders in " + folder, cause);
        }
        return new CommandFailure("cannot write " + path + ": " + reason(cause), cause);
    }

    /**
     * The folder a write was refused in, as the user named it, when the file refused is one the
     * command makes for itself (a temporary file beside the target, the export's workspace inside
     * it), whose random name means nothing to the user, or the target that is not there yet: the
     * folder's permissions are what to fix. {@code null} for any other failure.
     */
    private static @Nullable String refusedFolder(Path path, Exception cause) {
        Throwable t = cause instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : cause;
        if (!(t instanceof AccessDeniedException a) || a.getFile() == null) {
            return null;
        }
        Path refused;
        Path target;
        try {
            refused = Path.of(a.getFile()).toAbsolutePath().normalize();
            target = path.toAbsolutePath().normalize();
        } catch (InvalidPathException | IOError e) {
            return null;
        }
        Path folder = refused.getParent();
        if (folder == null) {
            return null;
        }
        // Only the command's own files: a temporary file beside the target, the export's workspace.
        String name = refused.getFileName() == null ? "" : refused.getFileName().toString();
        boolean own = name.equals(FolderSwap.WORKSPACE) || StagedFiles.isTemporaryName(name);
        boolean helper = own && !refused.equals(target) && (folder.equals(target) || folder.equals(target.getParent()));
        // The target, or a folder on its way, that is not there yet: its folder refused it.
        boolean missing = target.startsWith(refused) && !Files.exists(refused, LinkOption.NOFOLLOW_LINKS);
        if (!helper && !missing) {
            return null;
        }
        // Walked up as the user wrote it, once "site/." and "a/../b" are taken as the folders they name.
        Path named = path.normalize();
        for (int up = target.getNameCount() - folder.getNameCount(); up > 0 && named != null; up--) {
            named = named.getParent();
        }
        if (named != null && !named.toString().isEmpty()) {
            return named.toString();
        }
        return path.isAbsolute() || !folder.equals(Path.of("").toAbsolutePath().normalize()) ? folder.toString() : "the current folder";
    }

    /**
     * What stands where a folder must go, as a user would check it: a link to a folder looks like
     * a folder in a file manager, so "a file" sent users looking for one that is not there.
     */
    private static String whatIsInTheWay(String path) {
        Path p;
        try {
            p = Path.of(path);
        } catch (RuntimeException e) {
            return "it is not a folder";
        }
        if (Files.isSymbolicLink(p)) {
            // An export replaces its folders whole and never writes through a link (FolderSwap).
            return "it is a symbolic link, not a folder; move it away";
        }
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            return "it exists already"; // made meanwhile, by another program
        }
        return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? "it is a file, not a folder" : "it is not a folder";
    }

    /**
     * Why an I/O operation failed, in words: NIO's messages are often only the path.
     *
     * @param e an {@link IOException}, or an {@link UncheckedIOException} wrapping one
     * @return the reason, in one line
     */
    static String reason(Exception e) {
        Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        if (t instanceof AccessDeniedException a) {
            return "permission denied (" + a.getFile() + ")";
        }
        if (t instanceof FileAlreadyExistsException f) {
            return f.getFile() == null ? "a file or folder is in the way" : f.getFile() + " is in the way: " + whatIsInTheWay(f.getFile());
        }
        if (t instanceof NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (t instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().strip();
        }
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message.strip().lines().findFirst().orElse("");
    }
}
