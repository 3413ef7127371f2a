package org.conditioncontent.loader.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.GeneratedConditions;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.rules.RuleSet;
import org.conditioncontent.model.Condition;

/** Articles that the rules' tests compare a rule with its oracle over: the examples and generated ones. */
final class Articles {

    private Articles() {}

    /** The articles of the examples (valid and invalid) and of the test resources that load. */
    static List<Condition> examples() throws IOException {
        ConditionLoader loader = ConditionLoader.builder().rules(RuleSet.none()).build();
        List<Condition> out = new ArrayList<>();
        for (String folder : List.of("../examples/conditions", "../examples/invalid", "src/test/resources/passing")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                    LoadResult result = loader.load(file);
                    result.value().ifPresent(out::add);
                }
            }
        }
        assertThat(out).hasSizeGreaterThan(20);
        return out;
    }

    /** The examples' articles and {@code count} generated ones (seeds 1 to {@code count}). */
    static List<Condition> examplesAndGenerated(int count) throws IOException {
        List<Condition> out = new ArrayList<>(examples());
        for (long seed = 1; seed <= count; seed++) {
            out.add(GeneratedConditions.generate(seed));
        }
        return out;
    }
}
