package org.conditioncontent.loader;

import java.net.URL;
import java.net.URLClassLoader;
import org.conditioncontent.model.Condition;

/**
 * The model's classes loaded once more, by a class loader of their own: the same binary names as
 * the model's, but other classes in another package object. Tables generated from the model must
 * not take them for the model's.
 */
public final class ModelTwin {

    private ModelTwin() {}

    /**
     * The twin of one of the model's classes. Its loader sees only the model's own classes (no
     * parent but the bootstrap loader) and stays open for the tests' run.
     *
     * @param modelClass a class of the model
     * @return a class of the same name that is not {@code modelClass}
     * @throws ClassNotFoundException if the model's classes cannot be found again
     */
    public static Class<?> of(Class<?> modelClass) throws ClassNotFoundException {
        return Loader.TWINS.loadClass(modelClass.getName());
    }

    /** Made on first use: most tests never need it. */
    private static final class Loader {
        private static final URLClassLoader TWINS = new URLClassLoader(
                new URL[] {Condition.class.getProtectionDomain().getCodeSource().getLocation()}, null);
    }
}
