package org.conditioncontent.loader.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The article files under a folder of a class loader's resources, in jars and in class folders,
 * so that articles published as a Maven artifact load like a folder on disk. A class loader has no
 * way to list a folder, so each place that holds it is listed as what it is: a jar's entries, or
 * a folder's files.
 */
public final class ResourceFolder {

    private ResourceFolder() {}

    /**
     * One article file found.
     *
     * @param name its resource name, such as {@code conditions/dehydration.yaml}
     * @param url where to read it
     */
    public record Entry(String name, URL url) {}

    /**
     * Lists the {@code .json}, {@code .yaml} and {@code .yml} files under a folder, recursively,
     * in every jar and class folder of the class loader that holds it. When two places hold the
     * same name, the first one the class loader finds wins, as for any resource.
     *
     * @param classLoader the class loader
     * @param folder the folder's resource name without leading or trailing slashes, such as
     *     {@code conditions}
     * @return the files, sorted by name
     * @throws IllegalArgumentException if no jar or class folder of the class loader holds the
     *     folder, or it is in a place that cannot be listed
     * @throws UncheckedIOException if a jar or a folder cannot be read
     */
    public static List<Entry> list(ClassLoader classLoader, String folder) {
        TreeMap<String, Entry> found = new TreeMap<>();
        boolean any = false;
        try {
            Enumeration<URL> roots = classLoader.getResources(folder + "/");
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                any = true;
                List<Entry> entries = switch (root.getProtocol()) {
                    case "jar" -> inJar(root);
                    case "file" -> inFolder(root, folder);
                    default -> throw new IllegalArgumentException("The resource folder " + folder + " is at " + root
                            + ", which cannot be listed; put the articles in a jar or a class folder");
                };
                entries.forEach(e -> found.putIfAbsent(e.name(), e));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the resource folder " + folder + ": " + e.getMessage(), e);
        }
        if (!any) {
            throw new IllegalArgumentException("No jar or class folder on the class path holds the folder " + folder
                    + "; check its name and that the artifact with the articles is a dependency");
        }
        return List.copyOf(found.values());
    }

    /**
     * Reads an entry's bytes, at most a limit.
     *
     * @param entry the entry
     * @param max the most bytes to read
     * @return the bytes, or {@code max + 1} bytes when the file is longer
     * @throws UncheckedIOException if it cannot be read
     */
    public static byte[] read(Entry entry, int max) {
        try {
            URLConnection connection = entry.url().openConnection();
            // No cached jar: a cached one would stay open, and stale, after the jar changes.
            connection.setUseCaches(false);
            try (InputStream in = connection.getInputStream()) {
                return in.readNBytes(max + 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + entry.name() + ": " + e.getMessage(), e);
        }
    }

    private static List<Entry> inJar(URL root) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        String prefix = connection.getEntryName();
        List<Entry> entries = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            String base = root.toExternalForm().substring(0, root.toExternalForm().length() - prefix.length());
            for (Enumeration<JarEntry> all = jar.entries(); all.hasMoreElements();) {
                JarEntry e = all.nextElement();
                if (!e.isDirectory() && e.getName().startsWith(prefix) && isArticle(e.getName())) {
                    entries.add(new Entry(e.getName(), new URL(base + e.getName())));
                }
            }
        }
        return entries;
    }

    private static List<Entry> inFolder(URL root, String folder) throws IOException {
        Path dir;
        try {
            dir = Path.of(root.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("not a folder: " + root, e);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<Entry> entries = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                StringBuilder name = new StringBuilder(folder);
                for (Path part : dir.relativize(file)) {
                    name.append('/').append(part);
                }
                if (isArticle(name.toString())) {
                    entries.add(new Entry(name.toString(), file.toUri().toURL()));
                }
            }
            return entries;
        }
    }

    private static boolean isArticle(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml");
    }
}
