package org.conditioncontent.loader.internal.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.Rule;
import org.conditioncontent.loader.Rules;

/** The checks across the files of a corpus, on what each file left ({@link Loaded}). */
public final class CrossFileChecks {

    private CrossFileChecks() {}

    /**
     * Every diagnostic of a corpus: each file's, and those across files (an id used by two or
     * more files, reported in each; a related id that names no loaded article). Only valid files
     * take part in the checks across files.
     *
     * @param results every file's result
     * @return the diagnostics, sorted by {@link Diagnostic#ORDER}
     */
    public static List<Diagnostic> diagnostics(List<Loaded> results) {
        List<Diagnostic> all = new ArrayList<>();
        results.forEach(r -> all.addAll(r.result().diagnostics()));
        all.addAll(acrossFiles(results));
        all.sort(Diagnostic.ORDER);
        return all;
    }

    private static List<Diagnostic> acrossFiles(List<Loaded> results) {
        List<Diagnostic> out = new ArrayList<>();
        Map<String, List<Loaded>> byId = new LinkedHashMap<>();
        for (Loaded r : results) {
            if (r.id() != null) {
                byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
            }
        }
        for (Map.Entry<String, List<Loaded>> e : byId.entrySet()) {
            List<Loaded> owners = e.getValue();
            if (owners.size() < 2) {
                continue;
            }
            for (Loaded here : owners) {
                List<String> others = owners.stream().filter(o -> o != here).map(o -> {
                    int[] at = o.idAt();
                    return o.result().source() + ":" + at[0] + ":" + at[1];
                }).toList();
                out.add(diagnostic(here, here.idAt(), "/id", Rules.DUPLICATE_ID, "The id \"" + e.getKey() + "\" is also used by "
                        + String.join(", ", others) + "; every article needs its own id"));
            }
        }
        for (Loaded r : results) {
            if (r.id() == null) {
                continue;
            }
            for (int i = 0; i < r.related().size(); i++) {
                String id = r.related().get(i);
                if (!byId.containsKey(id)) {
                    out.add(diagnostic(r, r.relatedAt(i), "/related/" + i, Rules.UNKNOWN_RELATED, "No article with the id \"" + id
                            + "\" is among the files checked; fix the id or add that article"));
                }
            }
        }
        return out;
    }

    private static Diagnostic diagnostic(Loaded file, int[] at, String pointer, Rule rule, String message) {
        return new Diagnostic(file.result().source(), at[0], at[1], pointer, rule.defaultSeverity(), rule.id(), message);
    }
}
