package org.conditioncontent.loader.schema;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.networknt.schema.InputFormat;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.conditioncontent.model.Aside;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.constraints.FileNameValidator;
import org.conditioncontent.model.constraints.ReadableTextValidator;
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
        assertThatIllegalArgumentException().isThrownBy(() -> ArticleSchema.json(0)).withMessageContaining("reads versions 1, 2");
        assertThatIllegalArgumentException().isThrownBy(() -> ArticleSchema.json(Condition.FORMAT_VERSION + 1));
        assertThat(ArticleSchema.json(Condition.FORMAT_VERSION)).contains("\"const\": " + Condition.FORMAT_VERSION);
        assertThat(ArticleSchema.json(1)).contains("\"const\": 1");
    }

    private static final String MINIMAL = "formatVersion: 2\nid: a\ntitle: A\n";

    private static List<String> pointers(SchemaCheck check, String yaml) {
        return check.errors(yaml, InputFormat.YAML).stream().map(SchemaCheck.Problem::pointer).toList();
    }

    @Test
    void requiredFieldsOptionalNullsAndNumbersAsTextFollowTheBinder() {
        SchemaCheck check = SchemaCheck.of(ArticleSchema.json(Condition.FORMAT_VERSION));
        assertThat(check.errors(MINIMAL, InputFormat.YAML)).isEmpty();
        assertThat(check.errors(MINIMAL + "language:\nreview:\nalsoCalled:\nreferences:\n  - {type: book, title: B, volume: 10, etAl: null}\n",
                InputFormat.YAML)).as("null is absent; numbers are text").isEmpty();
        assertThat(pointers(check, "formatVersion: 2\nid: a\n")).containsExactly("/title");
        assertThat(pointers(check, MINIMAL.replace("title: A", "title: \" \""))).as("blank, nothing visible").containsOnly("/title");
        assertThat(pointers(check, MINIMAL + "alsoCalled: [null]\n")).contains("/alsoCalled/0");
        assertThat(pointers(check, MINIMAL + "copyright: {holder: H, year: 2147483648}\n")).contains("/copyright/year");
        assertThat(pointers(check, MINIMAL.replace("formatVersion: 2", "formatVersion: 1"))).containsExactly("/formatVersion");
    }

    @Test
    void partialDatesAreAYearAMonthOrADayAsTextOrAYearAsANumber() {
        SchemaCheck check = SchemaCheck.of(ArticleSchema.json(Condition.FORMAT_VERSION));
        for (String date : List.of("2019", "\"2019\"", "2019-10", "2019-10-04", "\"1000\"", "9999-12-31")) {
            assertThat(check.errors(MINIMAL + "published: " + date + "\n", InputFormat.YAML)).as(date).isEmpty();
        }
        for (String date : List.of("999", "10000", "\"0999\"", "2019-1", "2019-13", "2019-10-4", "2019-10-32", "\"2019-\"", "2019.5", "true")) {
            assertThat(pointers(check, MINIMAL + "published: " + date + "\n")).as(date).contains("/published");
        }
        // Reference.accessed is a full date, as WireFormat.parseDate reads it.
        String reference = MINIMAL + "references:\n  - {type: webpage, title: B, accessed: %s}\n";
        assertThat(check.errors(reference.formatted("\"2024-05-01\""), InputFormat.YAML)).isEmpty();
        for (String date : List.of("\"2024-05\"", "\"+2024-05-01\"", "\"0999-05-01\"")) {
            assertThat(pointers(check, reference.formatted(date))).as(date).contains("/references/0/accessed");
        }
    }

    @Test
    void blocksAreTextOrAnObjectKnownByItsFirstField() {
        SchemaCheck check = SchemaCheck.of(ArticleSchema.json(Condition.FORMAT_VERSION));
        String body = MINIMAL + "body:\n  - kind: treatment\n    blocks:\n      - %s\n";
        for (String block : List.of("A paragraph.", "{text: A paragraph as an object.}", "{items: [Rest, {text: Ice, note: at night}], ordered: true}",
                "{items: null}", "{title: Tip, blocks: [Stretch., {items: [Calf]}]}", "{credit: Nucleus, url: 'https://example.org/a.png'}")) {
            assertThat(check.errors(body.formatted(block), InputFormat.YAML)).as(block).isEmpty();
        }
        assertThat(pointers(check, body.formatted("{ordered: true}"))).as("no first field of any block").contains("/body/0/blocks/0");
        assertThat(pointers(check, body.formatted("{items: [a], title: T}"))).as("a list with an aside's field")
                .contains("/body/0/blocks/0/title");
        assertThat(pointers(check, body.formatted("\" \""))).as("a blank paragraph").contains("/body/0/blocks/0");
        assertThat(pointers(check, body.formatted("12"))).as("a number is no paragraph").contains("/body/0/blocks/0");
        assertThat(pointers(check, body.formatted("{items: [{text: Ice, kind: drugs}]}"))).contains("/body/0/blocks/0/items/0/kind");
        assertThat(pointers(check, body.formatted("{items: [{note: n}]}"))).contains("/body/0/blocks/0/items/0/text");
        assertThat(pointers(check, body.formatted("{title: T, blocks: [{credit: \" \"}]}"))).contains("/body/0/blocks/0/blocks/0/credit");
        assertThat(pointers(check, MINIMAL + "body:\n  - kind: treatments\n")).contains("/body/0/kind");
    }

    @Test
    void formatOneHasItsOwnSchemaFromTheRecordsTheLoaderReadsItWith() {
        SchemaCheck check = SchemaCheck.of(ArticleSchema.json(1));
        String minimal = "formatVersion: 1\nid: a\ntitle: A\n";
        assertThat(check.errors(minimal + "definition: [A paragraph.]\nriskFactors:\n  items:\n    - {name: Pregnancy}\n"
                + "review:\n  lastReviewed: \"2024-05-01\"\n", InputFormat.YAML)).isEmpty();
        assertThat(pointers(check, minimal + "body: []\n")).as("format 2's body is unknown in format 1").containsExactly("/body");
        assertThat(pointers(check, minimal + "review:\n  lastReviewed: \"2024-05\"\n")).contains("/review/lastReviewed");
        assertThat(pointers(check, minimal.replace("formatVersion: 1", "formatVersion: 2"))).containsExactly("/formatVersion");
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
    void readableTextAndFileNameFollowTheirValidators() {
        Pattern visible = Pattern.compile(ConstraintKeywords.VISIBLE);
        Pattern noncharacter = Pattern.compile(ConstraintKeywords.BMP_NONCHARACTER);
        for (char c = 0; c < 0xFFFF; c++) {
            if (Character.isSurrogate(c)) {
                continue; // alone, no valid text; the loader refuses it
            }
            String s = " " + c + "\u200b";
            boolean schemaAccepts = visible.matcher(s).find() && !noncharacter.matcher(s).find();
            assertThat(schemaAccepts).as("U+%04X", (int) c).isEqualTo(ReadableTextValidator.isReadable(s));
        }
        Pattern device = Pattern.compile(ConstraintKeywords.DEVICE_NAME);
        for (String id : List.of("con", "CON", "con.txt", "nul", "com0", "lpt9", "aux.", "prn", "console", "com", "lpt10", "conx", "a-con",
                "nocturnal-leg-cramps")) {
            assertThat(!device.matcher(id).find()).as(id).isEqualTo(FileNameValidator.isFileName(id));
        }
        SchemaCheck check = SchemaCheck.of(ArticleSchema.json(Condition.FORMAT_VERSION));
        assertThat(pointers(check, MINIMAL.replace("id: a", "id: com1"))).containsExactly("/id");
        assertThat(pointers(check, MINIMAL.replace("id: a", "id: " + "a".repeat(201)))).containsExactly("/id");
        assertThat(pointers(check, MINIMAL.replace("title: A", "title: \"\\u200b\""))).containsExactly("/title");
        assertThat(pointers(check, MINIMAL.replace("title: A", "title: \"A\\uFFFE\""))).containsExactly("/title");
        assertThat(check.errors(MINIMAL.replace("title: A", "title: \"\\U0001F600\""), InputFormat.YAML)).as("an emoji is visible").isEmpty();
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

    /** Two shapes; a labelled shape has the circle's first field too. */
    sealed interface Shape permits Circle, Labelled {}

    record Circle(@NotNull Integer radius) implements Shape {}

    record Labelled(@NotBlank String label, Integer radius, @Size(min = 1, max = 3) List<@NotBlank String> tags) implements Shape {}

    record Page(@NotBlank String title, List<Shape> shapes) {}

    private static final Descriptions FIXTURES = new Descriptions(Map.of(
            "schema.Page", Map.of("", "A page.", "title", "the title", "shapes", "the shapes"),
            "schema.Shape", Map.of("", "A shape."),
            "schema.Circle", Map.of("", "A circle.", "radius", "the radius"),
            "schema.Labelled", Map.of("", "A labelled shape.", "label", "the label", "radius", "the radius", "tags", "the tags")));

    @Test
    void aSealedInterfaceIsTheRecordWhoseFirstFieldTheObjectHasAndNoEarlierOnes() {
        ObjectNode generated = new SchemaGenerator(Page.class, FIXTURES).generate("Page", Map.of());
        String text = SchemaJson.write(generated);
        assertThat(SchemaCheck.metaSchemaErrors(text)).isEmpty();
        SchemaCheck check = SchemaCheck.of(text);
        assertThat(check.errors("{\"title\": \"T\", \"shapes\": [{\"radius\": 2}, {\"label\": \"L\", \"tags\": [\"a\"]}]}",
                InputFormat.JSON)).isEmpty();
        // The binder takes an object with "radius" for a circle, so a label there is an unknown field.
        assertThat(check.errors("{\"title\": \"T\", \"shapes\": [{\"label\": \"L\", \"radius\": 2}]}", InputFormat.JSON))
                .extracting(SchemaCheck.Problem::pointer).contains("/shapes/0/label");
        assertThat(check.errors("{\"title\": \"T\", \"shapes\": [{\"tags\": [\"a\"]}]}", InputFormat.JSON))
                .as("neither first field").extracting(SchemaCheck.Problem::pointer).contains("/shapes/0");
        assertThat(check.errors("{\"title\": \"T\", \"shapes\": [{\"label\": \"L\", \"tags\": []}]}", InputFormat.JSON))
                .as("@Size(min = 1) on the list").extracting(SchemaCheck.Problem::pointer).contains("/shapes/0/tags");
    }

    @Test
    void paragraphsAndItemsAreTheirTextOrAnObject() {
        ObjectNode generated = new SchemaGenerator(Aside.class, Descriptions.load()).generate("Aside", Map.of());
        SchemaCheck check = SchemaCheck.of(SchemaJson.write(generated));
        assertThat(check.errors("{\"title\": \"T\", \"blocks\": [\"P\", {\"text\": \"P\"}, {\"items\": [\"I\", {\"text\": \"I\", \"items\": [\"J\"]}]}]}",
                InputFormat.JSON)).isEmpty();
        assertThat(check.errors("{\"title\": \"T\", \"blocks\": [{\"items\": [\"\\u0009\"]}]}", InputFormat.JSON))
                .as("an item's text is not blank").extracting(SchemaCheck.Problem::pointer).contains("/blocks/0/items/0");
        assertThat(check.errors("{\"title\": \"T\", \"blocks\": [{\"items\": [{\"text\": \"I\", \"paragraph\": \"J\"}]}]}", InputFormat.JSON))
                .extracting(SchemaCheck.Problem::pointer).contains("/blocks/0/items/0/paragraph");
    }

    record Twin(org.conditioncontent.loader.format1.Section mine, org.conditioncontent.model.Section theirs) {}

    @Test
    void twoRecordsOfOneNameInOneSchemaStopTheGenerator() {
        Map<String, Map<String, String>> texts = new HashMap<>(Descriptions.load().byType());
        texts.put("schema.Twin", Map.of("", "Twins.", "mine", "one", "theirs", "other"));
        Descriptions d = new Descriptions(texts);
        assertThatIllegalStateException().isThrownBy(() -> new SchemaGenerator(Twin.class, d).generate("T", Map.of()))
                .withMessageContaining("would both be defined as Section");
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
        Descriptions d = new Descriptions(Map.of("schema.Counter", Map.of("", "A counter.", "count", "the count")));
        assertThatIllegalStateException().isThrownBy(() -> new SchemaGenerator(Counter.class, d).generate("C", Map.of()))
                .withMessageContaining("@Odd on Counter.count has no JSON Schema keywords");
    }

    @Test
    void aMissingDescriptionStopsTheGeneratorWithTheCommandThatFixesIt() {
        Descriptions d = new Descriptions(Map.of("Aside", Map.of("", "An aside.")));
        assertThatIllegalStateException().isThrownBy(() -> new SchemaGenerator(Aside.class, d).generate("A", Map.of()))
                .withMessageContaining("No description of Aside.title").withMessageContaining("-Dschema.write=true");
    }
}
