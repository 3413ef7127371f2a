package org.conditioncontent.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline for corpus runs: a JVM that only finds the {@code .json} files under a folder, as
 * {@code conditions validate} does, and parses each into a Jackson tree, on as many threads as
 * there are processors. No checks, no records, no report beyond one line. Run it as the command
 * is run, with a cold JVM, under {@code /usr/bin/time -v}:
 *
 * <pre>
 * java -cp condition-benchmarks/target/benchmarks.jar org.conditioncontent.benchmarks.JacksonTreeScan /tmp/corpus-10k
 * </pre>
 */
public final class JacksonTreeScan {

    private JacksonTreeScan() {}

    /**
     * Parses every {@code .json} file under the folders given.
     *
     * @param args folders
     * @throws IOException if a folder cannot be listed or a file read
     */
    public static void main(String[] args) throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        long files = 0;
        long nodes = 0;
        for (String arg : args) {
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(Path.of(arg))) {
                paths = walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
            }
            // Keep only a count per file, as a validator that reports would: the trees are dropped.
            nodes += paths.parallelStream().mapToLong(p -> {
                try {
                    JsonNode tree = mapper.readTree(Files.readAllBytes(p));
                    return tree.size();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sum();
            files += paths.size();
        }
        System.out.println(files + " files parsed, " + nodes + " top-level fields");
    }
}
