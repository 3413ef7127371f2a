package org.conditioncontent.cli;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.jar.JarFile;
import java.util.zip.ZipException;
import org.conditioncontent.loader.rules.RuleSet;
import org.conditioncontent.render.Renderers;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.TypeConversionException;

/**
 * The jars of house rules and renderers that a run was given: with {@code --plugins JAR[,JAR...]}
 * and in the environment variable {@value #ENVIRONMENT} (a list separated as the platform
 * separates a class path: {@code :} on Linux and macOS, {@code ;} on Windows). A jar provides
 * its rules and renderers as the library finds them anywhere, in
 * {@code META-INF/services/org.conditioncontent.loader.rules.EditorialRule} and
 * {@code META-INF/services/org.conditioncontent.render.Renderer}.
 *
 * <p>The jars are opened in a class loader of their own, whose parent is the command's, so a
 * plug-in sees the library's API and nothing else of a run changes. Close it when the run is done.
 */
final class Plugins implements AutoCloseable {

    /** The environment variable that names plug-in jars. */
    static final String ENVIRONMENT = "CONDITIONS_PLUGINS";

    private final ClassLoader classLoader;
    private final @Nullable URLClassLoader opened;
    /** Each jar's location as the class loader has it, to the path as the user gave it. */
    private final Map<String, String> given;

    private Plugins(ClassLoader classLoader, @Nullable URLClassLoader opened, Map<String, String> given) {
        this.classLoader = classLoader;
        this.opened = opened;
        this.given = given;
    }

    /**
     * Opens the plug-in jars named in the environment variable, then those given with the option.
     *
     * @param option the jars given with {@code --plugins}, as given
     * @param invocation the working directory to resolve them against, and the environment
     * @return the plug-ins; with no jars, the command's own class loader alone
     * @throws CommandFailure if a jar does not exist, is not a file, or cannot be read as a jar
     */
    static Plugins open(List<Path> option, Invocation invocation) {
        List<Path> jars = new ArrayList<>();
        String variable = invocation.environment().getOrDefault(ENVIRONMENT, "");
        for (String entry : variable.split(File.pathSeparator, -1)) {
            if (!entry.isBlank()) {
                try {
                    jars.add(PathArgument.INSTANCE.convert(entry.strip())); // as --plugins turns its jars into paths
                } catch (TypeConversionException e) {
                    throw new CommandFailure(ENVIRONMENT + ": " + e.getMessage());
                }
            }
        }
        jars.addAll(option);
        ClassLoader parent = Plugins.class.getClassLoader();
        if (jars.isEmpty()) {
            return new Plugins(parent, null, Map.of());
        }
        Map<String, String> given = new LinkedHashMap<>();
        List<URL> urls = new ArrayList<>();
        for (Path jar : jars) {
            URL url = check(jar, invocation.resolve(jar));
            if (given.putIfAbsent(url.toExternalForm(), jar.toString()) == null) {
                urls.add(url);
            }
        }
        URLClassLoader loader = new URLClassLoader("conditions-plugins", urls.toArray(URL[]::new), parent);
        return new Plugins(loader, loader, given);
    }

    /** Checks that a jar can be opened, so that a wrong path fails here, naming the jar. */
    private static URL check(Path asGiven, Path jar) {
        if (!Files.exists(jar)) {
            throw new CommandFailure("no such plug-in jar: " + asGiven + " (given with --plugins or in " + ENVIRONMENT + ")");
        }
        if (!Files.isRegularFile(jar)) {
            throw new CommandFailure("the plug-in " + asGiven + " is not a jar file but a folder or another kind of file");
        }
        try (JarFile opened = new JarFile(jar.toFile())) {
            opened.getManifest(); // reads the central directory: a file that is not a zip fails here
            return jar.toAbsolutePath().normalize().toUri().toURL();
        } catch (ZipException e) {
            // The JDK's words ("zip END header not found") name a part of the format, not the mistake.
            throw new CommandFailure("cannot load the plug-in " + asGiven + ": it is not a jar file (a jar is a zip archive,"
                    + " and this file is not one or was cut short); give the jar that the plug-in's build made", e);
        } catch (IOException | SecurityException e) {
            throw new CommandFailure("cannot load the plug-in " + asGiven + ": it is not a readable jar file ("
                    + CommandFailure.reason(e) + ")", e);
        }
    }

    /**
     * The class loader that sees the command's classes and the plug-ins'.
     *
     * @return the class loader to find rules and renderers with
     */
    ClassLoader classLoader() {
        return classLoader;
    }

    /**
     * The house rules found with the plug-ins (and on the command's class path) added to a rule set.
     *
     * @param rules the builder to add them to
     * @return the builder
     * @throws CommandFailure if a plug-in's rule cannot be loaded or its id is taken
     */
    RuleSet.Builder discoverRules(RuleSet.Builder rules) {
        try {
            return rules.discover(classLoader);
        } catch (IllegalStateException | LinkageError | ServiceConfigurationError e) {
            throw loadFailure("a house rule", e);
        }
    }

    /**
     * The renderers: the built-in ones and those the plug-ins (and the command's class path) provide.
     *
     * @return the renderers
     * @throws CommandFailure if a plug-in's renderer cannot be loaded or takes a format name
     *     another renderer has
     */
    Renderers renderers() {
        try {
            return Renderers.builder().discover(classLoader).build();
        } catch (IllegalStateException | IllegalArgumentException | LinkageError | ServiceConfigurationError e) {
            throw loadFailure("a renderer", e);
        }
    }

    private CommandFailure loadFailure(String what, Throwable e) {
        String jars = given.isEmpty() ? "" : " (plug-ins: " + String.join(", ", given.values()) + ")";
        return new CommandFailure("cannot load " + what + jars + ": " + String.valueOf(e.getMessage()).strip().lines().findFirst().orElse(""), e);
    }

    /**
     * The plug-in jar a rule's or renderer's class came from.
     *
     * @param type the class
     * @return the jar as the user gave it, or the empty string for a class of the command or its class path
     */
    String jarOf(Class<?> type) {
        if (opened == null || type.getClassLoader() != opened) {
            return "";
        }
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "";
        }
        return given.getOrDefault(source.getLocation().toExternalForm(), source.getLocation().toExternalForm());
    }

    /**
     * Closes the plug-in jars.
     *
     * @throws CommandFailure never in practice: closing a class loader over local jars does not fail
     */
    @Override
    public void close() {
        if (opened != null) {
            try {
                opened.close();
            } catch (IOException e) {
                throw new CommandFailure("cannot close the plug-in jars: " + CommandFailure.reason(e), e);
            }
        }
    }
}
