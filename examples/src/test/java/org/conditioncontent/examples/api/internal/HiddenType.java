package org.conditioncontent.examples.api.internal;

/**
 * A fixture for {@code ApiSurfaceTest}: a type in an {@code internal} package, which the test's
 * own deliberately leaky classes mention to show that the signature check catches them.
 */
public final class HiddenType {

    private HiddenType() {}
}
