package org.conditioncontent.loader.internal.checking;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.conditioncontent.json.Property;
import org.conditioncontent.json.RecordShape;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.Rules;
import org.conditioncontent.loader.internal.Findings;
import org.conditioncontent.loader.internal.binding.Binder;
import org.conditioncontent.loader.internal.binding.SourceMap;
import org.conditioncontent.loader.internal.reading.Node;
import org.conditioncontent.loader.rules.Finding;
import org.conditioncontent.loader.rules.RuleSet;
import org.conditioncontent.model.Condition;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Binds a parsed article and checks it: the format version, Bean Validation, and the editorial
 * rules, each finding placed in the document. Immutable and thread-safe: one per loader.
 */
public final class ArticleChecks {

    private final Validator validator;
    private final RuleSet rules;

    /**
     * Builds the validator, which takes a few hundred milliseconds.
     *
     * @param rules the editorial rules to check after the structure
     */
    public ArticleChecks(RuleSet rules) {
        this.rules = rules;
        // One factory for the loader's lifetime: it caches each record's constraint metadata.
        // The parameter interpolator needs no Expression Language implementation.
        this.validator = Validation.byProvider(HibernateValidator.class)
                .configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
    }

    /**
     * Binds a parsed document and checks what bound.
     *
     * @param source the document's name in diagnostics
     * @param root the parsed document
     * @param findings the document's findings so far, to which the checks add
     * @return the article, when nothing is an error, and every diagnostic
     */
    public LoadResult check(String source, Node root, Findings findings) {
        Binder binder = new Binder(findings);
        Object value = binder.bind(root, Condition.class);
        Condition condition = value instanceof Condition c ? c : null;
        if (condition != null) {
            Integer version = condition.formatVersion();
            if (version != null && version > Condition.FORMAT_VERSION) {
                Node at = Objects.requireNonNull(ViolationMapper.locate(root, "/formatVersion"));
                findings.add(Rules.FORMAT_VERSION, at, "/formatVersion", "This article is in format version " + version
                        + ", but this version of Condition Content reads version " + Condition.FORMAT_VERSION
                        + " and older; upgrade Condition Content");
                binder.failedPointers().add("/formatVersion");
            }
            SourceMap sources = binder.sourceMap();
            UnaryOperator<String> toSource = pointer -> sources.toSource(condition, pointer);
            Set<ConstraintViolation<Condition>> violations = validator.validate(condition);
            ViolationMapper.report(violations, root, toSource, binder.failedPointers(), findings);
            for (Finding f : rules.check(condition, toSource)) {
                if (binder.failedPointers().stream().noneMatch(p -> f.pointer().equals(p) || f.pointer().startsWith(p + "/"))) {
                    Node at = ViolationMapper.locateOrEnclosing(root, f.pointer());
                    findings.add(new Diagnostic(source, at.line(), at.column(), f.pointer(), f.severity(), f.rule(), f.message()));
                }
            }
        }
        validateUnbuilt(binder, root, findings);
        boolean valid = condition != null && !findings.hasErrors();
        return new LoadResult(source, valid ? condition : null, findings.sorted(Diagnostic.ORDER));
    }

    /**
     * Validates what did bind of the records that could not be built: each value on its own
     * constraints, and records inside it in full, so that a missing required field hides no other
     * problem of the same file. Editorial rules see only built records.
     */
    private void validateUnbuilt(Binder binder, Node root, Findings findings) {
        SourceMap sources = binder.sourceMap();
        for (Binder.Unbuilt unbuilt : binder.unbuilt()) {
            String at = unbuilt.at().toString();
            UnaryOperator<String> toSource = pointer -> at + sources.toSource(unbuilt, pointer);
            List<Property> properties = RecordShape.of(unbuilt.type()).properties();
            for (int i = 0; i < properties.size(); i++) {
                Object value = unbuilt.arguments()[i];
                if (value == null) {
                    continue;
                }
                String name = properties.get(i).name();
                ViolationMapper.report(validateValue(unbuilt.type(), name, value), root, toSource, binder.failedPointers(), findings);
                // Bean Validation does not cascade from a single value: records inside it are validated here.
                if (value instanceof Record record) {
                    ViolationMapper.report(validator.validate(record), root, p -> toSource.apply("/" + name + p),
                            binder.failedPointers(), findings);
                } else if (value instanceof List<?> list) {
                    for (int k = 0; k < list.size(); k++) {
                        if (list.get(k) instanceof Record record) {
                            String item = "/" + name + "/" + k;
                            ViolationMapper.report(validator.validate(record), root, p -> toSource.apply(item + p),
                                    binder.failedPointers(), findings);
                        }
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked") // the binder made the value for this component of this record type
    private Set<ConstraintViolation<Object>> validateValue(Class<?> type, String name, Object value) {
        return validator.validateValue((Class<Object>) type, name, value);
    }
}
