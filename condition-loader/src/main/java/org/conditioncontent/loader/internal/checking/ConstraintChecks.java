package org.conditioncontent.loader.internal.checking;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.conditioncontent.json.Property;
import org.conditioncontent.json.RecordShape;
import org.conditioncontent.loader.internal.Findings;
import org.conditioncontent.loader.internal.Node;
import org.conditioncontent.loader.internal.binding.Binder;
import org.conditioncontent.loader.internal.binding.BoundArticle;
import org.conditioncontent.loader.internal.binding.SourceMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Bean Validation on what bound, each violation placed in the document by {@link ViolationMapper}.
 * Immutable and thread-safe: one per loader, as building the validator takes a few hundred
 * milliseconds.
 */
public final class ConstraintChecks {

    private final Validator validator;

    /** Builds the validator. */
    public ConstraintChecks() {
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
     * Validates the article as bound, in its own format, if it could be built.
     *
     * @param article what binding gave
     * @param findings where violations go
     */
    public void validate(BoundArticle article, Findings findings) {
        Record bound = article.bound();
        if (bound != null) {
            ViolationMapper.report(validator.validate(bound), article.root(), article.boundToSource(), article.failedPointers(),
                    findings);
        }
    }

    /**
     * Validates what did bind of the records that could not be built: each value on its own
     * constraints, and records inside it in full, so that a missing required field hides no other
     * problem of the same file. Editorial rules see only built records.
     *
     * @param article what binding gave
     * @param findings where violations go
     */
    public void validateUnbuilt(BoundArticle article, Findings findings) {
        Node root = article.root();
        Set<String> failed = article.failedPointers();
        SourceMap sources = article.sourceMap();
        for (Binder.Unbuilt unbuilt : article.unbuilt()) {
            String at = unbuilt.at().toString();
            UnaryOperator<String> toSource = pointer -> at + sources.toSource(unbuilt, pointer);
            List<Property> properties = RecordShape.of(unbuilt.type()).properties();
            for (int i = 0; i < properties.size(); i++) {
                Object value = unbuilt.arguments()[i];
                if (value == null) {
                    continue;
                }
                String name = properties.get(i).name();
                ViolationMapper.report(validateValue(unbuilt.type(), name, value), root, toSource, failed, findings);
                // Bean Validation does not cascade from a single value: records inside it are validated here.
                if (value instanceof Record record) {
                    ViolationMapper.report(validator.validate(record), root, p -> toSource.apply("/" + name + p), failed, findings);
                } else if (value instanceof List<?> list) {
                    for (int k = 0; k < list.size(); k++) {
                        if (list.get(k) instanceof Record record) {
                            String item = "/" + name + "/" + k;
                            ViolationMapper.report(validator.validate(record), root, p -> toSource.apply(item + p), failed, findings);
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
