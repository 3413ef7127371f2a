package org.conditioncontent.render.html;

import static org.conditioncontent.render.internal.EnglishPhrases.isPresent;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.conditioncontent.json.LanguageTags;
import org.conditioncontent.model.Author;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Contributor;
import org.conditioncontent.model.ContributorRole;
import org.conditioncontent.model.ItemKind;
import org.conditioncontent.model.MedicalCode;
import org.conditioncontent.model.PartialDate;
import org.conditioncontent.model.Publisher;
import org.conditioncontent.model.Reference;
import org.conditioncontent.model.ReferenceType;
import org.conditioncontent.render.html.PageFacts.NamedItem;
import org.conditioncontent.render.internal.Contract;
import org.conditioncontent.render.internal.JsonWriter;
import org.conditioncontent.render.internal.UrlPolicy;
import org.jspecify.annotations.Nullable;

/**
 * The schema.org structured data of an article, as JSON-LD: a {@code MedicalWebPage} whose
 * {@code mainEntity} is the {@code MedicalCondition}. Page facts (language, address, dates,
 * authors, publisher, copyright, citations) sit on the page, medical facts on the condition, as
 * schema.org defines the properties:
 *
 * <ul>
 *   <li>page: {@code name}, {@code description} (the meta description), {@code inLanguage} (a
 *       well-formed tag only), {@code url} (the canonical address, http or https only),
 *       {@code datePublished}, {@code dateModified} and {@code lastReviewed} (each at the
 *       precision the article gives: {@code 2019}, {@code 2019-10} or {@code 2019-10-04}),
 *       {@code author} / {@code reviewedBy} / {@code editor} / {@code contributor} by the
 *       contributor's role (a {@code Person} with the credentials as {@code honorificSuffix}, or
 *       an {@code Organization}), {@code publisher} (an {@code Organization}, apart from the
 *       copyright holder), {@code copyrightHolder} (an {@code Organization}),
 *       {@code copyrightYear}, {@code citation};
 *   <li>condition: {@code name}, {@code alternateName}, {@code code} ({@code MedicalCode} with
 *       {@code codeValue} and {@code codingSystem}), and the list items by their kind, wherever
 *       the publisher put them (in any section, nested list or aside):
 *       {@code riskFactor} ({@code MedicalRiskFactor}; a risk factor that only groups others is
 *       left out for them), {@code cause} ({@code MedicalCause}), {@code signOrSymptom}
 *       ({@code MedicalSignOrSymptom}), {@code typicalTest} ({@code MedicalTest}),
 *       {@code possibleTreatment} (treatments as {@code MedicalTherapy} and medicines as
 *       {@code DrugClass} or {@code Drug} by kind, in reading order), {@code drug} (the medicines
 *       that are not classes), {@code primaryPrevention} ({@code MedicalTherapy}) and
 *       {@code possibleComplication} (text). An item is named by its term when it has one;
 *   <li>citation: {@code ScholarlyArticle}, {@code WebPage}, {@code Book} or {@code Report} by
 *       type, with {@code name}, {@code author}, {@code datePublished} (the year),
 *       {@code isPartOf} (the journal as a {@code Periodical}, or the web site as a
 *       {@code WebSite}), {@code publisher}, {@code pagination}, {@code url} (http or https only)
 *       and {@code sameAs} (the DOI and PubMed addresses, for well-formed ids only).
 * </ul>
 *
 * <p>Absent and blank values are left out with their keys, and lists are always arrays, so a
 * consumer sees one shape. Review notes, disclaimers and the next-review date have no schema.org
 * property and stay in the visible page only.
 */
final class JsonLd {

    private static final Pattern DOI = Pattern.compile(Reference.DOI_PATTERN);
    private static final Pattern PMID = Pattern.compile(Reference.PMID_PATTERN);

    private final JsonWriter json;

    private JsonLd(JsonWriter json) {
        this.json = json;
    }

    /**
     * The structured data of an article.
     *
     * @param condition the article
     * @return the JSON text, safe to put inside a script element as it is
     */
    static String of(Condition condition) {
        return of(condition, PageFacts.of(condition));
    }

    /**
     * The structured data of an article whose outline was walked for its page already.
     *
     * @param condition the article
     * @param facts what the walk found
     * @return the JSON text, safe to put inside a script element as it is
     */
    static String of(Condition condition, PageFacts facts) {
        JsonWriter json = new JsonWriter();
        write(condition, facts, json);
        return json.toJson();
    }

    /**
     * Writes the structured data of an article with a writer, as {@link #of(Condition, PageFacts)}
     * makes it: with the writer that {@code HtmlWriter.jsonScript} hands out, straight into the
     * page.
     *
     * @param condition the article
     * @param facts what the walk found
     * @param json the writer, with nothing written yet
     */
    static void write(Condition condition, PageFacts facts, JsonWriter json) {
        new JsonLd(json).page(condition, facts);
    }

    /**
     * Whether a language tag is well formed enough to write into a {@code lang} attribute or
     * {@code inLanguage}.
     *
     * @param tag the tag, or {@code null}
     * @return {@code true} if it is a BCP 47 tag such as {@code en-US}
     */
    @Contract("null -> false")
    static boolean isLanguageTag(@Nullable String tag) {
        // Read by hand, as the loader's screen reads it: a matcher made and run twice a page cost
        // about 40 samples of a 10,000-article export.
        return tag != null && LanguageTags.isWellFormed(tag);
    }

    /**
     * Whether a text is a DOI as the model's constraint defines it ({@link Reference#DOI_PATTERN}).
     *
     * @param text the text
     * @return {@code true} for a DOI
     */
    static boolean isDoi(String text) {
        return DOI.matcher(text).matches();
    }

    /**
     * Whether a text is a PubMed id as the model's constraint defines it ({@link Reference#PMID_PATTERN}).
     *
     * @param text the text
     * @return {@code true} for a PubMed id
     */
    static boolean isPmid(String text) {
        return PMID.matcher(text).matches();
    }

    private void page(Condition c, PageFacts facts) {
        json.beginObject();
        json.property("@context", "https://schema.org");
        json.property("@type", "MedicalWebPage");
        String title = ArticleWriter.title(c);
        json.property("name", title);
        String description = facts.description();
        if (!description.isEmpty()) {
            json.property("description", description);
        }
        if (isLanguageTag(c.language())) {
            json.property("inLanguage", c.language());
        }
        String url = UrlPolicy.linkTarget(c.url());
        if (url != null && UrlPolicy.isWeb(url)) {
            json.property("url", url);
        }
        json.name("mainEntity");
        condition(c, title, facts.items());
        date("datePublished", c.published());
        date("dateModified", c.updated());
        if (c.review() != null) {
            date("lastReviewed", c.review().lastReviewed());
        }
        contributors(c.contributors());
        Publisher publisher = c.publisher();
        if (publisher != null && isPresent(publisher.name())) {
            json.name("publisher").beginObject().property("@type", "Organization").property("name", publisher.name());
            String site = UrlPolicy.linkTarget(publisher.url());
            if (site != null && UrlPolicy.isWeb(site)) {
                json.property("url", site);
            }
            json.endObject();
        }
        if (c.copyright() != null) {
            if (isPresent(c.copyright().holder())) {
                json.name("copyrightHolder");
                named("Organization", c.copyright().holder());
            }
            if (c.copyright().year() != null) {
                json.name("copyrightYear").value(c.copyright().year());
            }
        }
        if (!c.references().isEmpty()) {
            json.name("citation").beginArray();
            for (Reference reference : c.references()) {
                citation(reference);
            }
            json.endArray();
        }
        json.endObject();
    }

    private void condition(Condition c, String title, List<NamedItem> items) {
        json.beginObject();
        json.property("@type", "MedicalCondition");
        json.property("name", title);
        strings("alternateName", c.alsoCalled());
        codes(c.codes());
        things("riskFactor", names(items, ItemKind.RISK_FACTOR), "MedicalRiskFactor");
        things("cause", names(items, ItemKind.CAUSE), "MedicalCause");
        things("signOrSymptom", names(items, ItemKind.SYMPTOM), "MedicalSignOrSymptom");
        things("typicalTest", names(items, ItemKind.TEST), "MedicalTest");
        treatments(items);
        // schema.org's drug expects a Drug; a class of drugs is named among the treatments only.
        things("drug", names(items, ItemKind.MEDICATION, ItemKind.DRUG), "Drug");
        // schema.org's primaryPrevention expects a MedicalTherapy, the type that fits "stretching" and "drinking liquids".
        things("primaryPrevention", names(items, ItemKind.PREVENTION), "MedicalTherapy");
        // possibleComplication is text in schema.org.
        strings("possibleComplication", names(items, ItemKind.COMPLICATION));
        json.endObject();
    }

    private static List<String> names(List<NamedItem> items, ItemKind... kinds) {
        List<ItemKind> wanted = List.of(kinds);
        List<String> out = new ArrayList<>();
        for (NamedItem item : items) {
            if (wanted.contains(item.kind())) {
                out.add(item.name());
            }
        }
        return out;
    }

    private void codes(List<MedicalCode> codes) {
        boolean open = false;
        for (MedicalCode code : codes) {
            if (!isPresent(code.code())) {
                continue;
            }
            if (!open) {
                json.name("code").beginArray();
                open = true;
            }
            json.beginObject().property("@type", "MedicalCode").property("codeValue", code.code());
            if (code.system() != null) {
                json.property("codingSystem", code.system().displayName());
            }
            json.endObject();
        }
        if (open) {
            json.endArray();
        }
    }

    /** The treatments and the medicines (a {@code DrugClass} or a {@code Drug} by the item's kind) in reading order. */
    private void treatments(List<NamedItem> items) {
        boolean open = false;
        for (NamedItem item : items) {
            boolean treatment = item.kind() == ItemKind.TREATMENT;
            if (!treatment && !item.kind().isMedication() || !isPresent(item.name())) {
                continue;
            }
            if (!open) {
                json.name("possibleTreatment").beginArray();
                open = true;
            }
            // A medicine of unknown kind is still a drug given as treatment; DrugClass needs the article to say so.
            named(treatment ? "MedicalTherapy" : item.kind() == ItemKind.DRUG_CLASS ? "DrugClass" : "Drug", item.name());
        }
        if (open) {
            json.endArray();
        }
    }

    private void contributors(List<Contributor> contributors) {
        for (ContributorRole role : new ContributorRole[] {ContributorRole.AUTHOR, ContributorRole.MEDICAL_REVIEWER,
            ContributorRole.EDITOR, null}) {
            List<Contributor> withRole = new ArrayList<>();
            for (Contributor contributor : contributors) {
                if (contributor.role() == role && isPresent(contributor.name())) {
                    withRole.add(contributor);
                }
            }
            if (withRole.isEmpty()) {
                continue;
            }
            json.name(property(role)).beginArray();
            for (Contributor contributor : withRole) {
                json.beginObject()
                        .property("@type", contributor.organization() ? "Organization" : "Person")
                        .property("name", contributor.name());
                if (!contributor.organization() && isPresent(contributor.credentials())) {
                    json.property("honorificSuffix", contributor.credentials());
                }
                json.endObject();
            }
            json.endArray();
        }
    }

    private static String property(@Nullable ContributorRole role) {
        if (role == null) {
            return "contributor";
        }
        return switch (role) {
            case AUTHOR -> "author";
            case MEDICAL_REVIEWER -> "reviewedBy";
            case EDITOR -> "editor";
        };
    }

    private void citation(Reference r) {
        ReferenceType type = r.type() == null ? ReferenceType.ARTICLE_JOURNAL : r.type();
        json.beginObject();
        json.property("@type", switch (type) {
            case ARTICLE_JOURNAL -> "ScholarlyArticle";
            case WEBPAGE -> "WebPage";
            case BOOK -> "Book";
            case REPORT -> "Report";
        });
        if (isPresent(r.title())) {
            json.property("name", r.title());
        }
        authors(r.authors());
        if (r.year() != null && r.year() >= 1 && r.year() <= 9999) {
            json.property("datePublished", fourDigits(r.year()));
        }
        if (type == ReferenceType.ARTICLE_JOURNAL && isPresent(r.journal())) {
            json.name("isPartOf");
            named("Periodical", r.journal());
        } else if (type == ReferenceType.WEBPAGE && isPresent(r.site())) {
            json.name("isPartOf");
            named("WebSite", r.site());
        }
        if (isPresent(r.publisher())) {
            json.name("publisher");
            named("Organization", r.publisher());
        }
        if (isPresent(r.pages())) {
            json.property("pagination", r.pages());
        }
        String url = UrlPolicy.linkTarget(r.url());
        if (url != null && UrlPolicy.isWeb(url)) {
            json.property("url", url);
        }
        List<String> sameAs = new ArrayList<>(2);
        if (r.doi() != null && isDoi(r.doi().strip())) {
            sameAs.add("https://doi.org/" + UrlPolicy.encodePath(r.doi().strip()));
        }
        if (r.pmid() != null && isPmid(r.pmid().strip())) {
            sameAs.add("https://pubmed.ncbi.nlm.nih.gov/" + r.pmid().strip() + "/");
        }
        strings("sameAs", sameAs);
        json.endObject();
    }

    private void authors(List<Author> authors) {
        boolean open = false;
        for (Author author : authors) {
            if (isPresent(author.literal())) {
                open = openAuthors(open);
                // CSL's literal name is how an organization is written as an author.
                named("Organization", author.literal());
                continue;
            }
            String name = personName(author);
            if (name == null) {
                continue;
            }
            open = openAuthors(open);
            json.beginObject().property("@type", "Person");
            json.property("name", name);
            if (isPresent(author.family())) {
                json.property("familyName", author.family().strip());
            }
            if (isPresent(author.given())) {
                json.property("givenName", author.given().strip());
            }
            json.endObject();
        }
        if (open) {
            json.endArray();
        }
    }

    /** A date at the precision it was written with (ISO 8601: {@code 2019}, {@code 2019-10}, {@code 2019-10-04}); nothing when absent. */
    private void date(String name, @Nullable PartialDate date) {
        if (date != null) {
            json.property(name, date.toString());
        }
    }

    /** An array of strings under a key, the blank ones left out; nothing when none is left. */
    private void strings(String name, List<String> values) {
        boolean open = false;
        for (String value : values) {
            if (!isPresent(value)) {
                continue;
            }
            if (!open) {
                json.name(name).beginArray();
                open = true;
            }
            json.value(value);
        }
        if (open) {
            json.endArray();
        }
    }

    /** An array of things of one type with only a name, the blank names left out; nothing when none is left. */
    private void things(String name, List<String> names, String type) {
        boolean open = false;
        for (String value : names) {
            if (!isPresent(value)) {
                continue;
            }
            if (!open) {
                json.name(name).beginArray();
                open = true;
            }
            named(type, value);
        }
        if (open) {
            json.endArray();
        }
    }

    /** Starts the array of authors unless it is open; returns that it is. */
    private boolean openAuthors(boolean open) {
        if (!open) {
            json.name("author").beginArray();
        }
        return true;
    }

    /** "Given Family", or whichever of the two a person has; {@code null} for neither. */
    private static @Nullable String personName(Author author) {
        if (isPresent(author.given()) && isPresent(author.family())) {
            return author.given().strip() + " " + author.family().strip();
        }
        if (isPresent(author.family())) {
            return author.family().strip();
        }
        return isPresent(author.given()) ? author.given().strip() : null;
    }

    private void named(String type, String name) {
        json.beginObject().property("@type", type).property("name", name).endObject();
    }

    /** A year as four digits, padded with zeros as ISO 8601 writes it, without a Formatter per call. */
    static String fourDigits(int year) {
        String digits = Integer.toString(year);
        return year >= 0 && digits.length() < 4 ? "0".repeat(4 - digits.length()) + digits : digits;
    }
}
