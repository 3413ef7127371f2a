package org.conditioncontent.loader.rules.internal;

import java.util.ArrayList;
import java.util.List;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Reference;

/** The fields each type of reference needs so a reader can find the work. */
final class ReferenceCompleteRule extends BuiltInRule {

    ReferenceCompleteRule() {
        super("reference-complete", Severity.ERROR, "References have the fields their type needs",
                "A reference a reader cannot find is no reference. A journal article needs authors (or \"et al.\"), a "
                        + "title, the journal and the year; a web page needs a title, the site or publisher, and a URL; a book "
                        + "or a report needs a title, a publisher and a year.");
    }

    @Override
    public void check(Condition c, RuleContext context) {
        List<Reference> references = c.references();
        for (int i = 0; i < references.size(); i++) {
            Reference r = references.get(i);
            List<String> missing = new ArrayList<>();
            switch (r.type()) {
                case ARTICLE_JOURNAL:
                    if (r.authors().isEmpty() && !r.etAl()) {
                        missing.add("authors");
                    }
                    if (r.journal() == null) {
                        missing.add("journal");
                    }
                    if (r.year() == null) {
                        missing.add("year");
                    }
                    break;
                case WEBPAGE:
                    if (r.site() == null && r.publisher() == null) {
                        missing.add("site or publisher");
                    }
                    if (r.url() == null) {
                        missing.add("url");
                    }
                    break;
                default:
                    if (r.publisher() == null) {
                        missing.add("publisher");
                    }
                    if (r.year() == null) {
                        missing.add("year");
                    }
                    break;
            }
            if (!missing.isEmpty()) {
                String type = org.conditioncontent.json.WireFormat.enumName(r.type());
                context.report("/references/" + i, "This " + type + " reference lacks its " + String.join(", ", missing)
                        + "; add " + (missing.size() == 1 ? "it" : "them") + " so readers can find the work");
            }
        }
    }
}
