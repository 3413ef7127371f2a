package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.conditioncontent.cli.CommandRun.REPOSITORY;
import static org.instancio.Select.all;
import static org.instancio.Select.allStrings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.model.Aside;
import org.conditioncontent.model.Block;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.ItemList;
import org.conditioncontent.model.Media;
import org.conditioncontent.model.Paragraph;
import org.conditioncontent.model.PartialDate;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.SectionKind;
import org.conditioncontent.render.Renderer;
import org.conditioncontent.render.html.AzIndexPage;
import org.conditioncontent.render.html.HtmlRenderer;
import org.conditioncontent.render.html.IndexPage;
import org.conditioncontent.render.html.Sitemap;
import org.conditioncontent.render.json.JsonLines;
import org.conditioncontent.render.json.JsonRenderer;
import org.conditioncontent.render.text.TextRenderer;
import org.instancio.Instancio;
import org.instancio.Random;
import org.instancio.settings.Keys;
import org.instancio.settings.Settings;
import org.junit.jupiter.api.Test;

/**
 * The export's one-pass path (the HTML and JSON writers escaping and encoding each value straight
 * into a {@link StagingWriter}'s bytes) writes, byte for byte, what the renderer SPI's path writes
 * for any other {@code Writer}: the documented way, a renderer writing to an
 * {@code OutputStreamWriter} for UTF-8. Over the examples, the invalid examples that still load,
 * and articles generated with a fixed seed whose every string mixes characters of every kind the
 * escaping or the encoding treats apart; at the export's buffer size and at small ones, where long
 * values take the usual path and the buffer fills mid-page.
 */
class OnePassEscapingTest {

    /** The characters the escapers and the encoder each treat apart, and plain text between them. */
    private static final List<String> PIECES = List.of(
            "plain words ", "<", ">", "&", "\"", "'", "\\", "/", "<!--", "</script>", "&amp;",
            "\u0000", "\u0001", "\b", "\t", "\n", "\f", "\r", "\u001f", "\u007f", "\u0080", "\u0085", "\u009f", "\u00a0",
            "\u00e9", "\u00ff", "\u0100", "\u07ff", "\u0800", "\u2014", "\u2028", "\u2029", "\u4e2d",
            "\ufdd0", "\ufdef", "\ufeff", "\ufffd", "\ufffe", "\uffff",
            "\ud83d\ude00", "\ud834\udd1e", "\ud800\udc00", "\udbff\udfff", "\ud83f\udffe", "\udbff\udffe",
            "\ud83d", "\ude00", "\udbff", "\udc00", "\ude00\ud83d",
            "https://example.org/a?b=<c>&d=\"e\"", "mailto:a@example.org", "javascript:alert(1)");

    private static final Settings SETTINGS = Settings.create()
            .set(Keys.COLLECTION_MIN_SIZE, 0)
            .set(Keys.COLLECTION_MAX_SIZE, 3)
            .set(Keys.MAX_DEPTH, 8);

    /** The export's buffer, and small ones: values longer than half a buffer take the usual path. */
    private static final int[] CAPACITIES = {StagingWriter.CAPACITY, 64, 7, 2};

    private static final List<Renderer> RENDERERS = List.of(
            new HtmlRenderer(),
            HtmlRenderer.builder().fragment(true).firstHeadingLevel(2).jsonLd(true).build(),
            HtmlRenderer.builder().stylesheet(false).jsonLd(false).build(),
            new TextRenderer(),
            new JsonRenderer());

    @Test
    void theExamplesAndTheInvalidExamplesThatLoadWriteTheSameBytes() throws IOException {
        List<Condition> examples = load("examples/conditions");
        List<Condition> invalid = load("examples/invalid");
        assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
        assertThat(invalid).isNotEmpty();
        assertSameBytes(examples);
        assertSameBytes(invalid);
    }

    @Test
    void generatedArticlesWithCharactersOfEveryKindWriteTheSameBytes() {
        List<Condition> generated = new ArrayList<>();
        for (long seed = 1; seed <= 60; seed++) {
            generated.add(generate(seed));
        }
        // The generated strings must hold what the escapers treat apart, or this test proves little.
        String all = generated.stream().map(c -> new HtmlRenderer().render(c)).reduce("", String::concat);
        assertThat(all).contains("&lt;", "&amp;", "&quot;", "&#39;", "\\u2028", "\\u003c", "\ud83d\ude00");
        assertSameBytes(generated);
    }

    private static void assertSameBytes(List<Condition> conditions) {
        for (int capacity : CAPACITIES) {
            for (Condition c : conditions) {
                for (Renderer renderer : RENDERERS) {
                    assertThat(staged(capacity, w -> renderer.render(c, w)))
                            .as("%s of %s, capacity %d", renderer.format(), c.id(), capacity)
                            .isEqualTo(documented(w -> renderer.render(c, w)));
                }
            }
            assertThat(staged(capacity, w -> AzIndexPage.render(conditions, "bundle.jsonl", w)))
                    .isEqualTo(documented(w -> AzIndexPage.render(conditions, "bundle.jsonl", w)));
            assertThat(staged(capacity, w -> IndexPage.render(conditions, w)))
                    .isEqualTo(documented(w -> IndexPage.render(conditions, w)));
            assertThat(staged(capacity, w -> JsonLines.render(conditions, w)))
                    .isEqualTo(documented(w -> JsonLines.render(conditions, w)));
            assertThat(staged(capacity, w -> Sitemap.render(conditions, "https://example.org/", w)))
                    .isEqualTo(documented(w -> Sitemap.render(conditions, "https://example.org/", w)));
            assertTheBundlesPassWritesTheSameBytes(capacity, conditions);
        }
    }

    /**
     * The bundle's pass of an export, where each article's JSON is made and encoded once and then
     * copied as it is, both to the article's JSON file (through a second writer, while the bundle
     * is written) and, without its layout, to the bundle: both are the bytes an
     * {@code OutputStreamWriter} writes of the characters the other path hands over, and each
     * file those of the JSON renderer.
     */
    private static void assertTheBundlesPassWritesTheSameBytes(int capacity, List<Condition> conditions) {
        List<byte[]> files = new ArrayList<>();
        StagingWriter file = new StagingWriter(capacity);
        byte[] bundle = staged(capacity, w -> JsonLines.render(conditions, w, (c, canonical) -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            file.open(Channels.newChannel(bytes));
            try {
                file.append(canonical);
                file.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            files.add(bytes.toByteArray());
        }));
        List<byte[]> documentedFiles = new ArrayList<>();
        List<Condition> inOrder = new ArrayList<>();
        assertThat(bundle).isEqualTo(documented(w -> JsonLines.render(conditions, w, (c, canonical) -> {
            documentedFiles.add(documented(d -> {
                try {
                    d.append(canonical);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            inOrder.add(c);
        })));
        assertThat(files).hasSameSizeAs(conditions).hasSameSizeAs(documentedFiles);
        for (int i = 0; i < files.size(); i++) {
            Condition c = inOrder.get(i);
            assertThat(files.get(i)).as("JSON file of %s, capacity %d", c.id(), capacity)
                    .isEqualTo(documentedFiles.get(i))
                    .isEqualTo(documented(w -> new JsonRenderer().render(c, w)));
        }
    }

    /** The export's path: one file through a staging writer. */
    private static byte[] staged(int capacity, Consumer<Writer> content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StagingWriter writer = new StagingWriter(capacity);
        writer.open(Channels.newChannel(bytes));
        content.accept(writer);
        try {
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The SPI's documented path: a renderer writing to any {@code Writer}. */
    private static byte[] documented(Consumer<Writer> content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, UTF_8)) {
            content.accept(w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static List<Condition> load(String folder) throws IOException {
        ConditionLoader loader = ConditionLoader.builder().build();
        try (Stream<Path> files = Files.list(REPOSITORY.resolve(folder))) {
            return files.sorted().map(loader::load).map(LoadResult::condition)
                    .filter(c -> c != null).toList();
        }
    }

    private static Condition generate(long seed) {
        return Instancio.of(Condition.class)
                .lenient()
                .withSettings(SETTINGS)
                .withSeed(seed)
                .supply(allStrings(), OnePassEscapingTest::text)
                .supply(all(PartialDate.class), (Random random) -> PartialDate.ofMonth(random.intRange(1000, 9999),
                        random.intRange(1, 12)))
                .supply(all(Section.class), (Random random) -> section(random, 0))
                .create();
    }

    /** One to six pieces, so that every kind of character meets every other at a value's edges. */
    private static String text(Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = random.intRange(1, 6); i > 0; i--) {
            s.append(random.oneOf(PIECES));
        }
        return s.toString();
    }

    /** Instancio does not choose among a sealed interface's variants, so sections are made here. */
    private static Section section(Random random, int depth) {
        List<Block> blocks = new ArrayList<>();
        for (int i = random.intRange(1, 4); i > 0; i--) {
            blocks.add(switch (random.intRange(0, 3)) {
                case 0 -> new Paragraph(text(random));
                case 1 -> new ItemList(List.of(Item.builder(text(random)).term(text(random)).note(text(random))
                        .examples(text(random)).paragraphs(text(random)).build(), Item.builder(text(random)).build()),
                        random.trueOrFalse());
                case 2 -> new Media(text(random), text(random), random.trueOrFalse() ? text(random) : null);
                default -> new Aside(text(random), List.of(new Paragraph(text(random))));
            });
        }
        List<Section> sections = depth < 2 ? List.of(section(random, depth + 1)) : List.of();
        return new Section(random.oneOf(SectionKind.values()), random.trueOrFalse() ? text(random) : null,
                false, blocks, sections);
    }
}
