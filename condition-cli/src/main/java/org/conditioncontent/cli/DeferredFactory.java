package org.conditioncontent.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * The factory the commands' models and command lines are built with: the list that a
 * multi-value option or parameter of type {@code List} collects its values in (the paths of
 * {@code validate}, {@code --plugins}, {@code --format}) made here, an {@code ArrayList} as
 * picocli's own default factory makes it; anything else asked of picocli's default factory,
 * made on the first such call, which the commands' own runs never make (their models are built
 * by hand, every object in them already made).
 *
 * <p>Why not picocli's factory from the start: its class's initialiser looks for Groovy's
 * {@code groovy.lang.Closure} by name. No jar of the command holds it, so the class loader
 * opened every jar of the class path in turn on the main thread before the first file of every
 * run. It was one of three such places; only with all three gone (the others: {@code
 * Main.Failures} and {@code Main.openClassPath}) did the main thread's time before the first file
 * fall, by about 24 profiler samples of 1 ms (docs/performance.md, "Issue 20: the serial head,
 * round 9"). picocli's
 * {@code CommandSpec.wrapWithoutInspection(Object)} and {@code new CommandLine(Object)} make that
 * factory; their overloads that take a factory are given this one.
 */
final class DeferredFactory implements IFactory {

    /** The one factory; it holds nothing of its own. */
    static final DeferredFactory INSTANCE = new DeferredFactory();

    private DeferredFactory() {}

    /**
     * Makes an object as picocli's default factory does: a new, empty {@code ArrayList} for
     * {@code List}, anything else by that factory, made on the first such call.
     *
     * @param type the class of the object
     * @return the object
     * @throws Exception what picocli's default factory throws for a class it cannot make
     */
    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == List.class) {
            return type.cast(new ArrayList<>());
        }
        return Default.FACTORY.create(type);
    }

    /** picocli's default factory, made when this class is first used: on the first object asked for. */
    private static final class Default {

        static final IFactory FACTORY = CommandLine.defaultFactory();

        private Default() {}
    }
}
