package org.conditioncontent.loader.internal.checking;

import org.jspecify.annotations.Nullable;

/**
 * Tells, without Hibernate Validator, whether an object as bound breaks none of its constraints,
 * so that the validator runs only on the objects where it has something to report. What it checks
 * is read from the records' own annotations (see {@link ClassScreen}), once per class; it follows
 * {@code @Valid} into records, as the validator does, without recursion.
 *
 * <p>It answers {@link Verdict#CLEAN} only when it is sure: a constraint, a type or an annotation
 * it does not read exactly as the validator does makes it answer {@link Verdict#UNKNOWN}. It never
 * reports anything itself: on any answer but {@code CLEAN} the validator runs, and every violation
 * reported is the validator's own. {@code ConstraintScreenTest} compares the two over the examples,
 * the invalid examples and generated articles with violations put in. Stateless and thread-safe.
 */
final class ConstraintScreen {

    /** What the screen makes of an object. */
    enum Verdict {
        /** No constraint is broken: the validator would report nothing. */
        CLEAN,
        /** A constraint is broken: the validator will report it. */
        VIOLATION,
        /** The screen cannot tell, and leaves the object to the validator. */
        UNKNOWN
    }

    /**
     * More objects than any article holds (the loader's nesting and size limits keep one far
     * below): past this, the screen stops and leaves the object to the validator, which also
     * copes with graphs that loop back on themselves.
     */
    private static final int MAX_OBJECTS = 1_000_000;

    private static final ClassValue<ClassScreen> CLASSES = new ClassValue<>() {
        @Override
        protected ClassScreen computeValue(Class<?> type) {
            return ClassScreen.of(type);
        }
    };

    private ConstraintScreen() {}

    /**
     * Screens an object and everything it cascades into.
     *
     * @param bean the object, usually a record as bound
     * @return {@link Verdict#CLEAN} when no constraint is broken; otherwise the first other verdict
     *     met
     */
    static Verdict screen(Object bean) {
        ClassScreen.Pending pending = new ClassScreen.Pending();
        pending.push(bean, null);
        int seen = 0;
        while (!pending.isEmpty()) {
            if (++seen > MAX_OBJECTS) {
                return Verdict.UNKNOWN;
            }
            ClassScreen screen = pending.topScreen();
            Object next = pending.pop();
            if (screen == null) {
                screen = CLASSES.get(next.getClass());
            }
            Verdict verdict = screen.check(next, pending);
            if (verdict != Verdict.CLEAN) {
                return verdict;
            }
        }
        return Verdict.CLEAN;
    }

    /**
     * The screen of a class, read once.
     *
     * @param type the class
     * @return its screen
     */
    static ClassScreen screenOf(Class<?> type) {
        return CLASSES.get(type);
    }

    /**
     * Why the screen leaves the objects of a class to the validator.
     *
     * @param type the class
     * @return the reason, {@code null} when the screen checks them itself
     */
    static @Nullable String deferral(Class<?> type) {
        return CLASSES.get(type).deferral();
    }
}
