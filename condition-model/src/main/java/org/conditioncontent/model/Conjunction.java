package org.conditioncontent.model;

/**
 * How the examples of a list {@link Item} are joined when written as one phrase: "thyroid
 * disorders <em>or</em> diabetes", "calcium, potassium, <em>and</em> magnesium".
 */
public enum Conjunction {
    /** Join with "and": the examples together (the default). */
    AND,
    /** Join with "or": any one of the examples. */
    OR
}
