package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds a plug-in jar for the tests: compiles the sources under {@code src/test/resources/plugin}
 * against the command's class path and packs them with the service files given. The classes are
 * not on the tests' class path, so the command finds them only through the jar, as a user's.
 */
final class PluginJar {

    private static final Path SOURCES = Path.of("src/test/resources/plugin");

    private PluginJar() {}

    /**
     * Builds the jar.
     *
     * @param folder where to build it
     * @param services each service interface's name to the lines of its service file
     * @return the jar
     * @throws IOException if a file cannot be written
     */
    static Path build(Path folder, Map<String, String> services) throws IOException {
        Path classes = Files.createDirectories(folder.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("--release", "17", "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path")));
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
        }
        // java.util.spi.ToolProvider, in java.base: the tests compile as a module that does not read java.compiler.
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow(() -> new AssertionError("the tests run on a JDK"));
        assertThat(javac.run(System.out, System.err, args.toArray(String[]::new))).as("the plug-in compiles").isZero();
        Path jar = folder.resolve("house-plugin.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                add(out, classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
            for (Map.Entry<String, String> service : services.entrySet()) {
                add(out, "META-INF/services/" + service.getKey(), service.getValue().getBytes(UTF_8));
            }
        }
        return jar;
    }

    private static void add(JarOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream entry = out;
        entry.write(content);
        out.closeEntry();
    }
}
