package org.conditioncontent.benchmarks;

import static org.conditioncontent.benchmarks.PatientVocabulary.pick;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.conditioncontent.json.WireFormat;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.SourceFormat;
import org.conditioncontent.model.Author;
import org.conditioncontent.model.Block;
import org.conditioncontent.model.CodingSystem;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Conjunction;
import org.conditioncontent.model.Contributor;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.ItemKind;
import org.conditioncontent.model.ItemList;
import org.conditioncontent.model.Media;
import org.conditioncontent.model.MedicalCode;
import org.conditioncontent.model.Paragraph;
import org.conditioncontent.model.Reference;
import org.conditioncontent.model.ReferenceType;
import org.conditioncontent.model.Resource;
import org.conditioncontent.model.ResourceGroup;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.SectionKind;
import org.conditioncontent.model.outline.Outline;
import org.conditioncontent.model.outline.OutlineAdapter;
import org.conditioncontent.model.outline.Part;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes a corpus of realistic, valid articles for benchmarks: variations of the seed article
 * ({@code examples/conditions/nocturnal-leg-cramps.yaml}) with other ids and titles, more or fewer
 * risk factors, treatments, references and paragraphs, the prose drawn from a pool of
 * patient-education vocabulary. Articles average about 4.6 KB of canonical JSON and range from
 * about a third to about twice that.
 *
 * <p>Deterministic: article {@code i} of the corpus with seed {@code s} is always the same, so
 * benchmarks and corpus runs read the same bytes on every machine, and any one article can be made
 * without the ones before it. Every article is valid, with no errors under the default rules;
 * {@link #main(String[])} checks a sample with the loader before it returns.
 *
 * <pre>
 * java -cp condition-benchmarks/target/benchmarks.jar org.conditioncontent.benchmarks.CorpusGenerator \
 *     --count 10000 --out /tmp/corpus-10k [--format json|yaml] [--seed 20261126]
 * </pre>
 */
public final class CorpusGenerator {

    /** The seed of the corpus the benchmarks and docs/performance.md use. */
    public static final long DEFAULT_SEED = 20261126L;

    private static final String SEED_ARTICLE = "nocturnal-leg-cramps.yaml";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Block style as editors write it: no document marker, quotes only where YAML needs them. */
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();

    private final long seed;
    private final Condition template;

    /**
     * Creates a generator; it reads the seed article from the class path.
     *
     * @param seed the corpus seed; the same seed gives the same articles
     * @throws IllegalStateException if the seed article is missing or invalid
     */
    public CorpusGenerator(long seed) {
        this.seed = seed;
        this.template = seedArticle();
    }

    /**
     * The seed article, as the loader reads it.
     *
     * @return the article
     * @throws IllegalStateException if it is missing or invalid
     */
    public static Condition seedArticle() {
        try (InputStream in = CorpusGenerator.class.getResourceAsStream(SEED_ARTICLE)) {
            if (in == null) {
                throw new IllegalStateException("The seed article " + SEED_ARTICLE + " is not on the class path");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return ConditionLoader.builder().build().load(SEED_ARTICLE, text, SourceFormat.YAML).orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Article {@code index} of the corpus.
     *
     * @param index 0 or more; ids are unique across indexes
     * @return the article
     */
    public Condition article(int index) {
        // One independent stream per article: any article can be made alone, in any order.
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        // Sizes follow a skewed spread like a real library: many short articles, a few long ones.
        double size = 0.2 + 1.2 * Math.pow(random.nextDouble(), 2.2);
        String problem = pick(PatientVocabulary.PROBLEM, random);
        String body = pick(PatientVocabulary.BODY, random);
        String adjective = pick(PatientVocabulary.ADJECTIVE, random);
        String title = adjective + " " + capitalise(body) + " " + capitalise(problem);
        String id = (adjective + "-" + body + "-" + problem).toLowerCase(Locale.ROOT) + "-" + index;

        Condition.Builder b = Condition.builder(id, title).language(template.language());
        b.alsoCalled(distinct(random, 0, 3, r -> capitalise(pick(PatientVocabulary.BODY, r)) + " " + capitalise(problem),
                name -> !name.equalsIgnoreCase(title)).toArray(String[]::new));
        b.codes(codes(random));
        // The draws from the random stream are in the order format 1 made them, so the corpus keeps
        // its words and sizes: only the shape of the record changed.
        List<Section> sections = new ArrayList<>();
        List<Block> definition = paragraphBlocks(paragraphs(random, 1, scaled(2, size), 2, 4));
        definition.addAll(templateMedia());
        sections.add(section(SectionKind.DEFINITION, definition));
        sections.add(section(SectionKind.CAUSES, paragraphBlocks(paragraphs(random, 1, scaled(2, size), 2, 4))));
        sections.add(riskFactors(random, size));
        sections.add(section(SectionKind.SYMPTOMS, paragraphBlocks(paragraphs(random, 1, scaled(2, size), 1, 4))));
        sections.add(section(SectionKind.DIAGNOSIS, paragraphBlocks(paragraphs(random, 1, scaled(3, size), 1, 3))));
        sections.add(treatments(random, size));
        if (random.nextInt(4) != 0) {
            sections.add(section(SectionKind.PREVENTION, List.of(Paragraph.of("The risk may be reduced by:"),
                    new ItemList(distinct(random, 1, scaled(5, size), r -> pick(PatientVocabulary.MEASURE, r), n -> true)
                            .stream().map(Item::of).toList(), false))));
        }
        if (random.nextInt(3) != 0) {
            sections.add(medications(random, size));
        }
        sections.addAll(furtherSections(random, size));
        b.body(sections.toArray(Section[]::new));
        b.resources(resources(random));
        b.references(references(random, size));
        b.contributors(contributors(random));
        b.copyright(template.copyright());
        b.review(template.review());
        b.disclaimer(template.disclaimer());
        b.feedback(template.feedback());
        return b.build();
    }

    /**
     * Article {@code index} as a canonical JSON document, the way the wire format writes it.
     *
     * @param index 0 or more
     * @return UTF-8 bytes
     */
    public byte[] json(int index) {
        return json(article(index));
    }

    /**
     * An article as a canonical JSON document.
     *
     * @param condition the article
     * @return UTF-8 bytes
     */
    public static byte[] json(Condition condition) {
        StringBuilder out = new StringBuilder(8192);
        WireFormat.write(condition, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * An article as a YAML document, with the same content as {@link #json(Condition)}.
     *
     * @param condition the article
     * @return UTF-8 bytes
     */
    public static byte[] yaml(Condition condition) {
        JsonNode tree = JSON.readTree(json(condition));
        return YAML.writeValueAsBytes(tree);
    }

    /**
     * Writes a corpus. Options: {@code --count N} (default 1000), {@code --out DIR} (required; made
     * if missing), {@code --format json|yaml} (default json), {@code --seed S} (default
     * {@value #DEFAULT_SEED}), {@code --check N} (how many articles, spread over the corpus, to load
     * and check for errors; default 200).
     *
     * @param args the options
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        int count = 1000;
        Path out = null;
        String format = "json";
        long seed = DEFAULT_SEED;
        int check = 200;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--count" -> count = Integer.parseInt(required(args[i], value));
                case "--out" -> out = Path.of(required(args[i], value));
                case "--format" -> format = required(args[i], value);
                case "--seed" -> seed = Long.parseLong(required(args[i], value));
                case "--check" -> check = Integer.parseInt(required(args[i], value));
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; use --count N --out DIR [--format json|yaml] [--seed S] [--check N]");
            }
            i++;
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        if (!format.equals("json") && !format.equals("yaml")) {
            throw new IllegalArgumentException("--format must be json or yaml, not " + format);
        }
        Files.createDirectories(out);
        CorpusGenerator generator = new CorpusGenerator(seed);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            Condition c = generator.article(i);
            byte[] data = format.equals("json") ? json(c) : yaml(c);
            Files.write(out.resolve(c.id() + "." + format), data);
            bytes += data.length;
        }
        int checked = checkSample(generator, count, check, format.equals("json") ? SourceFormat.JSON : SourceFormat.YAML);
        System.out.printf(Locale.ROOT, "%d %s articles in %s, %.0f bytes on average; %d checked, no errors%n",
                count, format.toUpperCase(Locale.ROOT), out, count == 0 ? 0.0 : (double) bytes / count, checked);
    }

    /**
     * Loads articles spread over the corpus, written as the corpus is, with the default rules;
     * fails on any error or on an article that does not read back equal.
     *
     * @return how many were checked
     * @throws IllegalStateException if one has an error
     */
    static int checkSample(CorpusGenerator generator, int count, int sample, SourceFormat format) {
        if (count == 0 || sample <= 0) {
            return 0;
        }
        ConditionLoader loader = ConditionLoader.builder().build();
        int step = Math.max(1, count / sample);
        int checked = 0;
        for (int i = 0; i < count; i += step) {
            Condition c = generator.article(i);
            byte[] bytes = format == SourceFormat.JSON ? json(c) : yaml(c);
            LoadResult result = loader.load(c.id(), new String(bytes, StandardCharsets.UTF_8), format);
            List<Diagnostic> errors = result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
            if (!errors.isEmpty() || !c.equals(result.condition())) {
                throw new IllegalStateException("Generated article " + i + " is not valid or does not read back: " + errors);
            }
            checked++;
        }
        return checked;
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    private static int scaled(int base, double size) {
        return Math.max(1, (int) Math.round(base * size));
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Between min and max texts, with no two alike ignoring case, as the duplicate-item rule wants. */
    private static List<String> distinct(SplittableRandom random, int min, int max,
            java.util.function.Function<SplittableRandom, String> make, java.util.function.Predicate<String> keep) {
        int n = min + random.nextInt(Math.max(1, max - min + 1));
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (int tries = 0; out.size() < n && tries < n * 8; tries++) {
            String s = make.apply(random);
            if (keep.test(s) && seen.add(s.toLowerCase(Locale.ROOT))) {
                out.add(s);
            }
        }
        return out;
    }

    /** Paragraphs of whole sentences, each sentence used once per paragraph. */
    private static List<String> paragraphs(SplittableRandom random, int min, int max, int minSentences, int maxSentences) {
        int n = min + random.nextInt(Math.max(1, max - min + 1));
        List<String> out = new ArrayList<>(n);
        Set<String> used = new LinkedHashSet<>();
        while (out.size() < n) {
            int sentences = minSentences + random.nextInt(maxSentences - minSentences + 1);
            StringBuilder p = new StringBuilder();
            for (int s = 0; s < sentences; s++) {
                String sentence = PatientVocabulary.sentence(random);
                if (used.add(sentence)) {
                    p.append(p.length() == 0 ? "" : " ").append(sentence);
                }
            }
            if (p.length() > 0) {
                out.add(p.toString());
            }
        }
        return out;
    }

    private static MedicalCode[] codes(SplittableRandom random) {
        char letter = (char) ('A' + random.nextInt(26));
        String icd = String.format(Locale.ROOT, "%c%02d.%d", letter, random.nextInt(100), random.nextInt(100));
        List<MedicalCode> codes = new ArrayList<>();
        codes.add(new MedicalCode(CodingSystem.ICD_10_CM, icd, null));
        if (random.nextBoolean()) {
            codes.add(new MedicalCode(CodingSystem.SNOMED_CT, Long.toString(100_000 + random.nextInt(900_000_000)), null));
        }
        return codes.toArray(MedicalCode[]::new);
    }

    /** The seed's illustrations, wherever its body places them. */
    private List<Media> templateMedia() {
        List<Media> media = new ArrayList<>();
        Outline.of(template).walk(new OutlineAdapter() {
            @Override
            public void figure(Part.FigurePart figure) {
                media.add(figure.media());
            }
        });
        return media;
    }

    private static Section section(SectionKind kind, List<? extends Block> blocks) {
        return new Section(kind, null, false, List.copyOf(blocks), List.of());
    }

    private static List<Block> paragraphBlocks(List<String> paragraphs) {
        List<Block> blocks = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            blocks.add(Paragraph.of(p));
        }
        return blocks;
    }

    private static Section riskFactors(SplittableRandom random, double size) {
        List<String> names = distinct(random, 2, scaled(8, size), r -> pick(PatientVocabulary.RISK, r), n -> true);
        List<Item> items = new ArrayList<>();
        for (String name : names) {
            int kind = random.nextInt(6);
            if (kind == 0) {
                List<String> examples = distinct(random, 1, 3, r -> pick(PatientVocabulary.EXAMPLE, r), n -> true);
                items.add(Item.builder(name).examples(examples.toArray(String[]::new))
                        .conjunction(random.nextBoolean() ? Conjunction.OR : null).build());
            } else if (kind == 1) {
                Item[] nested = distinct(random, 2, 5, r -> pick(PatientVocabulary.RISK_DETAIL, r), n -> true)
                        .stream().map(Item::of).toArray(Item[]::new);
                items.add(Item.builder(name).items(nested).build());
            } else {
                items.add(Item.of(name));
            }
        }
        String summary = PatientVocabulary.fill("It is more common in {group}.", random);
        return section(SectionKind.RISK_FACTORS, List.of(Paragraph.of(summary),
                Paragraph.of("Other things that raise the risk are:"), new ItemList(items, false)));
    }

    private static Section treatments(SplittableRandom random, double size) {
        List<Item> options = distinct(random, 2, scaled(6, size), r -> pick(PatientVocabulary.TREATMENT, r), n -> true)
                .stream().map(name -> Item.builder(name).note(random.nextBoolean() ? pick(PatientVocabulary.NOTE, random) : null).build())
                .toList();
        return section(SectionKind.TREATMENT, List.of(
                Paragraph.of("The goal of treatment is to ease symptoms. It may also include treating any underlying causes."),
                Paragraph.of("Treatment options are:"), new ItemList(options, false)));
    }

    private static Section medications(SplittableRandom random, double size) {
        List<Item> items = distinct(random, 1, scaled(4, size), r -> pick(PatientVocabulary.MEDICATION, r), n -> true)
                .stream().map(name -> Item.builder(name).kind(ItemKind.DRUG_CLASS).build()).toList();
        return section(SectionKind.MEDICATIONS, List.of(Paragraph.of("Medicines may be used if symptoms are severe."),
                Paragraph.of("Options are:"), new ItemList(items, false)));
    }

    /** The kinds of format 1's further sections, which the corpus draws from as it always did. */
    private static final SectionKind[] FURTHER_KINDS = {
        SectionKind.WHEN_TO_SEE_A_DOCTOR, SectionKind.COMPLICATIONS, SectionKind.OUTLOOK, SectionKind.LIVING_WITH,
        SectionKind.SELF_CARE, SectionKind.TYPES, SectionKind.STAGES, SectionKind.SCREENING,
        SectionKind.CONTAGIOUSNESS, SectionKind.PREGNANCY, SectionKind.MISCONCEPTIONS, SectionKind.QUESTIONS_TO_ASK
    };

    private static List<Section> furtherSections(SplittableRandom random, double size) {
        int n = random.nextInt(scaled(2, size) + 1);
        List<Section> out = new ArrayList<>();
        Set<SectionKind> used = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            SectionKind kind = FURTHER_KINDS[random.nextInt(FURTHER_KINDS.length)];
            if (!used.add(kind)) {
                continue;
            }
            List<String> items = random.nextBoolean()
                    ? distinct(random, 2, 4, r -> PatientVocabulary.fill("Do you have {sign} {time}?", r), s -> true)
                    : List.of();
            List<Block> blocks = paragraphBlocks(paragraphs(random, 1, 2, 2, 3));
            if (!items.isEmpty()) {
                blocks.add(Paragraph.of("Ask about:"));
                blocks.add(new ItemList(items.stream().map(Item::of).toList(), false));
            }
            out.add(section(kind, blocks));
        }
        return out;
    }

    private static ResourceGroup[] resources(SplittableRandom random) {
        List<ResourceGroup> groups = new ArrayList<>();
        List<Resource> us = distinct(random, 1, 3, r -> pick(PatientVocabulary.ORGANIZATION, r), n -> true).stream()
                .map(org -> new Resource(org, random.nextBoolean() ? pick(PatientVocabulary.SITE, random) : null,
                        random.nextBoolean() ? "https://www." + org.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "") + ".org/" : null))
                .toList();
        groups.add(new ResourceGroup("US", null, us));
        if (random.nextBoolean()) {
            List<Resource> ca = distinct(random, 1, 2, r -> pick(PatientVocabulary.ORGANIZATION_CA, r), n -> true).stream()
                    .map(Resource::of).toList();
            groups.add(new ResourceGroup("CA", "Canadian Resources", ca));
        }
        return groups.toArray(ResourceGroup[]::new);
    }

    private static Reference[] references(SplittableRandom random, double size) {
        int n = 1 + random.nextInt(scaled(5, size));
        List<Reference> out = new ArrayList<>(n);
        Set<String> titles = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(5);
            Reference r;
            if (kind < 3) {
                String title = PatientVocabulary.fill(pick(PatientVocabulary.STUDY, random), random);
                Reference.Builder builder = Reference.builder(ReferenceType.ARTICLE_JOURNAL).title(title)
                        .journal(pick(PatientVocabulary.JOURNAL, random)).year(1995 + random.nextInt(31))
                        .volume(Integer.toString(1 + random.nextInt(400))).issue(Integer.toString(1 + random.nextInt(12)))
                        .pages((100 + random.nextInt(900)) + "-" + (1000 + random.nextInt(900)));
                for (String family : distinct(random, 1, 3, x -> pick(PatientVocabulary.FAMILY, x), f -> true)) {
                    builder.author(Author.person(family, pick(PatientVocabulary.GIVEN, random)));
                }
                builder.etAl(random.nextBoolean());
                if (random.nextInt(3) == 0) {
                    builder.doi("10." + (1000 + random.nextInt(9000)) + "/" + Integer.toString(random.nextInt(1 << 30), 36));
                }
                if (random.nextInt(3) == 0) {
                    builder.pmid(Integer.toString(10_000_000 + random.nextInt(30_000_000)));
                }
                r = builder.build();
            } else if (kind == 3) {
                String topic = pick(PatientVocabulary.BODY, random) + " " + pick(PatientVocabulary.PROBLEM, random);
                r = Reference.builder(ReferenceType.WEBPAGE).title(capitalise(topic))
                        .site(pick(PatientVocabulary.SITE, random))
                        .url("https://www.example-health.org/condition/" + topic.replace(' ', '-') + "-" + random.nextInt(10_000))
                        .build();
            } else {
                r = Reference.builder(ReferenceType.BOOK).title("Patient care in " + pick(PatientVocabulary.BODY, random) + " problems")
                        .publisher("Health Press").year(2000 + random.nextInt(25)).build();
            }
            // Two equal references would be a duplicate item: keep the first.
            if (titles.add(r.title() + "|" + r.url())) {
                out.add(r);
            }
        }
        return out.toArray(Reference[]::new);
    }

    private static Contributor[] contributors(SplittableRandom random) {
        return distinct(random, 1, 2, r -> pick(PatientVocabulary.CONTRIBUTOR, r), n -> true).stream()
                .map(name -> Contributor.person(name, pick(PatientVocabulary.CREDENTIALS, random), null))
                .toArray(Contributor[]::new);
    }
}
