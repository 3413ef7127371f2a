package org.conditioncontent.loader.internal.checking;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
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
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;

/**
 * Bean Validation on what bound, each violation placed in the document by {@link ViolationMapper}.
 * Hibernate Validator is the validator of record; the {@code ConstraintScreen} goes first, and an
 * article it finds clean (which the validator would find clean too) is not given to the validator.
 * The validator is built when first needed, so that checking only valid articles never starts it
 * (building it takes a few hundred milliseconds and about a thousand classes). Thread-safe: one
 * per loader.
 */
public final class ConstraintChecks {

    private final Object lock = new Object();
    private volatile @Nullable Validator validator;

    /** Creates the checks; the validator is built on first need. */
    public ConstraintChecks() {}

    /**
     * Validates the article as bound, in its own format, if it could be built: the screen first,
     * then the validator unless the screen found the article clean.
     *
     * @param article what binding gave
     * @param findings where violations go
     */
    public void validate(BoundArticle article, Findings findings) {
        Record bound = article.bound();
        if (bound != null && ConstraintScreen.screen(bound) != ConstraintScreen.Verdict.CLEAN) {
            report(bound, article, findings);
        }
    }

    /**
     * Validates the article as bound with the validator alone, without the screen: what
     * {@link #validate} must agree with, finding for finding.
     *
     * @param article what binding gave
     * @param findings where violations go
     */
    void validateWithoutScreen(BoundArticle article, Findings findings) {
        Record bound = article.bound();
        if (bound != null) {
            report(bound, article, findings);
        }
    }

    private void report(Record bound, BoundArticle article, Findings findings) {
        ViolationMapper.report(validator().validate(bound), article.root(), article.boundToSource(), article.failedPointers(),
                findings);
    }

    /**
     * Whether the validator has been built: it is not until an article needs it.
     *
     * @return {@code true} once it has
     */
    boolean validatorBuilt() {
        return validator != null;
    }

    /**
     * The validator, built on the first call. One factory for the loader's lifetime: it caches each
     * record's constraint metadata. The parameter interpolator needs no Expression Language
     * implementation.
     *
     * @return the validator
     */
    Validator validator() {
        Validator built = validator;
        if (built == null) {
            synchronized (lock) {
                built = validator;
                if (built == null) {
                    HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
                    // @Pattern by ShortcutPatternValidator, which no long text can overflow the stack with.
                    ConstraintMapping patterns = configuration.createConstraintMapping();
                    patterns.constraintDefinition(jakarta.validation.constraints.Pattern.class)
                            .includeExistingValidators(false)
                            .validatedBy(ShortcutPatternValidator.class);
                    built = configuration
                            .ignoreXmlConfiguration()
                            .messageInterpolator(new ParameterMessageInterpolator())
                            .addMapping(patterns)
                            .constraintValidatorFactory(new Validators(configuration.getDefaultConstraintValidatorFactory()))
                            .buildValidatorFactory()
                            .getValidator();
                    validator = built;
                }
            }
        }
        return built;
    }

    /**
     * Makes the validators: {@link ShortcutPatternValidator} here, not reflectively by Hibernate
     * Validator, to which its package is not exported; every other one as Hibernate Validator
     * would.
     */
    private record Validators(ConstraintValidatorFactory defaults) implements ConstraintValidatorFactory {
        @Override
        public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
            return key == ShortcutPatternValidator.class ? key.cast(new ShortcutPatternValidator()) : defaults.getInstance(key);
        }

        @Override
        public void releaseInstance(ConstraintValidator<?, ?> instance) {
            defaults.releaseInstance(instance);
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
                    ViolationMapper.report(validator().validate(record), root, p -> toSource.apply("/" + name + p), failed, findings);
                } else if (value instanceof List<?> list) {
                    for (int k = 0; k < list.size(); k++) {
                        if (list.get(k) instanceof Record record) {
                            String item = "/" + name + "/" + k;
                            ViolationMapper.report(validator().validate(record), root, p -> toSource.apply(item + p), failed, findings);
                        }
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked") // the binder made the value for this component of this record type
    private Set<ConstraintViolation<Object>> validateValue(Class<?> type, String name, Object value) {
        return validator().validateValue((Class<Object>) type, name, value);
    }
}
