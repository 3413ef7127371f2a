package org.conditioncontent.render.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a method's result says about its arguments, for NullAway, which reads any annotation of
 * this name: {@code "null -> false"} on {@code isPresent(text)} lets a caller use {@code text} as
 * non-null once the method said it is present. JSpecify has no such annotation, and one small
 * annotation here spares a dependency (docs/decisions.md).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Contract {

    /**
     * The contract, in NullAway's (and IntelliJ's) notation, such as {@code "null -> false"}.
     *
     * @return the contract
     */
    String value();
}
