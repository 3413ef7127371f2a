package org.conditioncontent.loader.schema;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.conditioncontent.loader.rules.RuleSet;
import org.conditioncontent.model.Condition;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The files the repository keeps are what the code generates: the descriptions taken from the
 * sources of the model and of the format-1 records, the article schema of every format version,
 * and the rules configuration schema. Each test fails with the command that brings the files up to date; that command runs
 * these tests with {@code -Dschema.write=true}, which rewrites the files first.
 */
class SchemaFilesTest {

    /** The repository's schema folder, from the loader module's folder. */
    static final Path SCHEMAS = Path.of("../schema");

    private static final Path DESCRIPTIONS = Path.of("src/main/resources/org/conditioncontent/loader/schema", Descriptions.RESOURCE);

    private static final boolean WRITE = Boolean.getBoolean("schema.write");

    private static final String REGENERATE = "mvn -pl condition-loader -am test -Dtest=SchemaFilesTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dschema.write=true";

    @Test
    void theDescriptionsAreTheModelsDocumentation() throws IOException {
        Map<String, Map<String, String>> fromSources = RecordDocs.read();
        assertUpToDate(DESCRIPTIONS, descriptionsJson(fromSources), "the model's Javadoc changed");
    }

    @Test
    void everyComponentOfEveryRecordIsDocumented() {
        Map<String, Map<String, String>> fromSources = RecordDocs.read();
        // Generating with the sources' descriptions fails on the first record or component without one.
        for (int version : ArticleSchema.formatVersions()) {
            String schema = ArticleSchema.generate(version, new Descriptions(fromSources));
            assertThat(schema).as("format version %d", version).contains("\"description\": \"The article's stable identifier");
        }
    }

    @Test
    void theArticleSchemaOfEveryFormatVersionIsUpToDate() throws IOException {
        for (int version : ArticleSchema.formatVersions()) {
            Path file = SCHEMAS.resolve(ArticleSchema.fileName(version));
            String expected = WRITE ? ArticleSchema.generate(version, new Descriptions(RecordDocs.read()))
                    : ArticleSchema.json(version);
            assertUpToDate(file, expected, "the records of format version " + version + " changed");
        }
    }

    @Test
    void theRulesConfigSchemaIsUpToDate() throws IOException {
        Path file = SCHEMAS.resolve(RulesConfigSchema.FILE_NAME);
        assertUpToDate(file, RulesConfigSchema.json(RuleSet.builder().builtIn().build()), "a rule or option changed");
    }

    @Test
    void theLoaderReadsFormatOneAndTheCurrentVersion() {
        assertThat(ArticleSchema.formatVersions()).startsWith(1).endsWith(Condition.FORMAT_VERSION).doesNotHaveDuplicates();
    }

    /** Rewrites the file first when asked to; then it must hold what the code generates. */
    private static void assertUpToDate(Path file, String expected, String why) throws IOException {
        if (WRITE) {
            Files.writeString(file, expected, UTF_8);
        }
        assertThat(file).as("%s is missing; generate it with:%n  %s", file, REGENERATE).exists();
        assertThat(Files.readString(file, UTF_8))
                .as("%s is stale (%s); regenerate it with:%n  %s", file, why, REGENERATE)
                .isEqualTo(expected);
    }

    private static String descriptionsJson(Map<String, Map<String, String>> byType) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        byType.forEach((type, texts) -> {
            ObjectNode node = root.putObject(type);
            texts.forEach(node::put);
        });
        return SchemaJson.write(root);
    }
}
