package org.conditioncontent.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.conditioncontent.cli.Main;
import org.conditioncontent.render.html.NuHtmlChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page that {@code conditions export} writes for the examples passes the W3C Nu HTML checker
 * with no errors, warnings or notes: the articles' pages and the index.
 */
class ExportedPagesTest {

    @Test
    void everyExportedPagePassesTheNuHtmlChecker(@TempDir Path out) throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"export", "conditions", "--out", out.toString(), "--format", "html"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<Path> pages;
        try (Stream<Path> files = Files.list(out.resolve("html"))) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).extracting(p -> p.getFileName().toString()).contains("index.html", "nocturnal-leg-cramps.html");
        for (Path page : pages) {
            assertThat(NuHtmlChecker.messages(Files.readString(page, StandardCharsets.UTF_8))).as(page.toString()).isEmpty();
        }
    }
}
