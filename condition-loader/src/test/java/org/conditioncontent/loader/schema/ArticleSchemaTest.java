package org.conditioncontent.loader.schema;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.networknt.schema.InputFormat;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.conditioncontent.model.Condition;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The generated article schema, and the generator on small records made to show one case each. */
class ArticleSchemaTest {

    @Test
    void everyCommittedSchemaIsValidJsonSchema202012() throws IOException {
        for (int version : ArticleSchema.formatVersions()) {
            String text = Files.readString(SchemaFilesTest.SCHEMAS.resolve(ArticleSchema.fileName(version)), UTF_8);
            assertThat(text).contains("\"$schema\": \"" + SchemaGenerator.DRAFT_2020_12 + "\"");
            assertThat(SchemaCheck.metaSchemaErrors(text)).as("format version %d against the meta-schema", version).isEmpty();
        }
    }

    @Test
    void theMetaSchemaCheckCatchesAnInvalidSchema() {
        assertThat(SchemaCheck.metaSchemaErrors("{\"type\": \"text\", \"required\": \"id\"}")).isNotEmpty();
    }

    @Test
    void onlyTheVersionsTheLoaderReadsHaveASchema() {
        assertThatIllegalArgumentException().isThrownBy(() -> ArticleSchema.json(0)).withMessageContaining("reads versions 1 to");
        assertThatIllegalArgumentException().isThrownBy(() -> ArticleSchema.json(Condition.FORMAT_VERSION + 1));
        assertThat(ArticleSchema.json(Condition.FORMAT_VERSION)).contains("\"const\": " + Condition.FORMAT_VERSION);
    }

    @Test
    void requiredFieldsOptionalNullsAndNumbersAsTextFollowTheBinder() {
        SchemaCheck check = SchemaCheck.of(ArticleSchema.json(Condition.FORMAT_VERSION));
        String minimal = "formatVersion: 1\nid: a\ntitle: A\n";
        assertThat(check.errors(minimal, InputFormat.YAML)).isEmpty();
        assertThat(check.errors(minimal + "language:\nreview:\nalsoCalled:\nreferences:\n  - {type: book, title: B, volume: 10, etAl: null}\n",
                InputFormat.YAML)).as("null is absent; numbers are text").isEmpty();
        assertThat(check.errors("formatVersion: 1\nid: a\n", InputFormat.YAML)).extracting(SchemaCheck.Problem::pointer).containsExactly("/title");
        assertThat(check.errors(minimal.replace("title: A", "title: \" \""), InputFormat.YAML))
                .extracting(SchemaCheck.Problem::pointer).containsExactly("/title");
        assertThat(check.errors(minimal + "alsoCalled: [null]\n", InputFormat.YAML))
                .extracting(SchemaCheck.Problem::pointer).contains("/alsoCalled/0");
        assertThat(check.errors(minimal + "copyright: {holder: H, year: 2147483648}\n", InputFormat.YAML))
                .extracting(SchemaCheck.Problem::pointer).contains("/copyright/year");
    }

    @Test
    void notBlankIsHibernateValidatorsTrimAndNullOrNotBlankIsJavasIsBlank() {
        Pattern notBlank = Pattern.compile(ConstraintKeywords.NOT_BLANK);
        Pattern notJavaBlank = Pattern.compile(ConstraintKeywords.NOT_JAVA_BLANK);
        for (char c = 0; c < 0xFFFF; c++) {
            String s = "  " + c + " ";
            assertThat(notBlank.matcher(s).find()).as("U+%04X", (int) c).isEqualTo(!s.trim().isEmpty());
            assertThat(notJavaBlank.matcher(s).find()).as("U+%04X", (int) c).isEqualTo(!s.isBlank());
        }
    }

    @Test
    void javaPatternsBecomeAnchoredEcmaPatternsWithJavasWhiteSpace() {
        assertThat(EcmaPattern.of("10\\.\\d{4,9}/\\S+")).isEqualTo("^(?:10\\.\\d{4,9}/[^\\t\\n\\u000b\\f\\r ]+)$");
        assertThat(EcmaPattern.of("[\\s,]+")).isEqualTo("^(?:[\\t\\n\\u000b\\f\\r ,]+)$");
        assertThat(EcmaPattern.of("a.b")).isEqualTo("^(?:a[^\\n\\r\\u0085\\u2028\\u2029]b)$");
        String doi = EcmaPattern.of("10\\.\\d{4,9}/\\S+");
        assertThat(Pattern.compile(doi).matcher("10.1000/a\u00a0b").find()).as("Java's \\S takes a no-break space").isTrue();
        for (String refused : List.of("(?i)abc", "a++", "\\w+", "[a-z&&[^b]]", "\\bword", "(?=a)b", "[[a]]")) {
            assertThatIllegalArgumentException().as(refused).isThrownBy(() -> EcmaPattern.of(refused));
        }
    }

    // --- the generator on records made for one case each

    /** A block of text: a paragraph or a list; the shapes tell them apart. */
    sealed interface Block permits Paragraph, Bullets {}

    record Paragraph(@NotBlank String text) implements Block {}

    record Bullets(@Size(min = 1, max = 3) List<@NotBlank String> items, boolean ordered) implements Block {}

    record Page(@NotBlank String title, List<Block> blocks, Block lead) {}

    private static final Descriptions FIXTURES = new Descriptions(Map.of(
            "Page", Map.of("", "A page.", "title", "the title", "blocks", "the blocks", "lead", "the first block"),
            "Block", Map.of("", "A block."),
            "Paragraph", Map.of("", "A paragraph.", "text", "the text"),
            "Bullets", Map.of("", "A list.", "items", "the items", "ordered", "whether numbered")));

    private static SchemaCheck pageSchema(Map<Class<?>, String> discriminators) {
        ObjectNode schema = new SchemaGenerator(Page.class, FIXTURES, discriminators).generate("Page", Map.of());
        String text = SchemaJson.write(schema);
        assertThat(SchemaCheck.metaSchemaErrors(text)).isEmpty();
        return SchemaCheck.of(text);
    }

    @Test
    void aSealedInterfaceIsOneOfItsRecordsToldApartByShape() {
        SchemaCheck check = pageSchema(Map.of());
        assertThat(check.errors("{\"title\": \"T\", \"lead\": {\"text\": \"x\"},"
                + " \"blocks\": [{\"text\": \"Hello\"}, {\"items\": [\"a\", \"b\"], \"ordered\": true}]}", InputFormat.JSON)).isEmpty();
        assertThat(check.errors("{\"title\": \"T\", \"lead\": {\"text\": \"x\"}, \"blocks\": [{\"text\": \"Hi\", \"items\": [\"a\"]}]}",
                InputFormat.JSON)).extracting(SchemaCheck.Problem::pointer).contains("/blocks/0");
        assertThat(check.errors("{\"title\": \"T\", \"lead\": {\"text\": \"x\"}, \"blocks\": [{\"items\": []}]}", InputFormat.JSON))
                .as("@Size(min = 1) on the list").extracting(SchemaCheck.Problem::pointer).contains("/blocks/0/items");
    }

    @Test
    void aSealedInterfaceWithADiscriminatorRequiresTheRecordsWireName() {
        SchemaCheck check = pageSchema(Map.of(Block.class, "kind"));
        assertThat(check.errors("{\"title\": \"T\", \"lead\": {\"kind\": \"paragraph\", \"text\": \"x\"},"
                + " \"blocks\": [{\"kind\": \"bullets\", \"items\": [\"a\"]}]}", InputFormat.JSON)).isEmpty();
        assertThat(check.errors("{\"title\": \"T\", \"lead\": {\"kind\": \"bullets\", \"text\": \"x\"}}", InputFormat.JSON))
                .extracting(SchemaCheck.Problem::pointer).contains("/lead");
        assertThat(SchemaGenerator.wireName(Bullets.class)).isEqualTo("bullets");
        assertThat(SchemaGenerator.wireName(Page.class)).isEqualTo("page");
    }

    /** A constraint the generator has never heard of. */
    @Constraint(validatedBy = {})
    @Target({ElementType.FIELD, ElementType.TYPE_USE})
    @Retention(RetentionPolicy.RUNTIME)
    @interface Odd {
        String message() default "must be odd";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    record Counter(@Odd Integer count) {}

    @Test
    void anUnknownConstraintStopsTheGeneratorInsteadOfBeingLeftOut() {
        Descriptions d = new Descriptions(Map.of("Counter", Map.of("", "A counter.", "count", "the count")));
        assertThatIllegalStateException().isThrownBy(() -> new SchemaGenerator(Counter.class, d, Map.of()).generate("C", Map.of()))
                .withMessageContaining("@Odd on Counter.count has no JSON Schema keywords");
    }

    @Test
    void aMissingDescriptionStopsTheGeneratorWithTheCommandThatFixesIt() {
        Descriptions d = new Descriptions(Map.of("Paragraph", Map.of("", "A paragraph.")));
        assertThatIllegalStateException().isThrownBy(() -> new SchemaGenerator(Paragraph.class, d, Map.of()).generate("P", Map.of()))
                .withMessageContaining("No description of Paragraph.text").withMessageContaining("-Dschema.write=true");
    }
}
