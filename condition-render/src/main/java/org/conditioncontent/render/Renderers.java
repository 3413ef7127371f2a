package org.conditioncontent.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.conditioncontent.render.internal.RendererShape;

/**
 * The renderers available to an application, by format name.
 *
 * <pre>{@code
 * Renderers renderers = Renderers.discover();           // every renderer on the class or module path
 * String html = renderers.get("html").render(condition);
 *
 * Renderers custom = Renderers.builder()
 *         .add(HtmlRenderer.builder().fragment(true).build())  // explicit ones win over discovered ones
 *         .discover()
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Renderers {

    private final Map<String, Renderer> byFormat;

    private Renderers(Map<String, Renderer> byFormat) {
        this.byFormat = Collections.unmodifiableMap(new TreeMap<>(byFormat));
    }

    /**
     * The renderers found by {@link ServiceLoader} with this class's class loader (on the module
     * path, those of modules that {@code provide} {@link Renderer}).
     *
     * @return the renderers
     * @throws IllegalStateException if two renderers have the same format name, a format name is
     *     malformed, or a provider cannot be loaded
     */
    public static Renderers discover() {
        return builder().discover().build();
    }

    /**
     * Starts an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The renderer for a format.
     *
     * @param format a format name, such as {@code html}
     * @return the renderer
     * @throws IllegalArgumentException if no renderer has that format; the message lists the known ones
     * @throws NullPointerException if {@code format} is {@code null}
     */
    public Renderer get(String format) {
        Objects.requireNonNull(format, "format must not be null");
        Renderer renderer = byFormat.get(format);
        if (renderer == null) {
            throw new IllegalArgumentException(
                    "No renderer for format '" + format + "'; known formats: " + String.join(", ", byFormat.keySet()));
        }
        return renderer;
    }

    /**
     * The renderer for a format, if there is one.
     *
     * @param format a format name
     * @return the renderer, or empty
     * @throws NullPointerException if {@code format} is {@code null}
     */
    public Optional<Renderer> find(String format) {
        Objects.requireNonNull(format, "format must not be null");
        return Optional.ofNullable(byFormat.get(format));
    }

    /**
     * Every renderer, sorted by format name.
     *
     * @return the renderers
     */
    public List<Renderer> all() {
        return List.copyOf(byFormat.values());
    }

    /**
     * The format names, sorted.
     *
     * @return the names
     */
    public List<String> formats() {
        return List.copyOf(byFormat.keySet());
    }

    /**
     * Collects renderers. Renderers added explicitly take precedence over discovered ones with
     * the same format, so an application can replace a built-in renderer with one configured its
     * own way; two explicit renderers, or two discovered ones, with one format name are an error.
     * Not thread-safe.
     */
    public static final class Builder {
        private final Map<String, Renderer> explicit = new LinkedHashMap<>();
        private final List<ClassLoader> discoverWith = new ArrayList<>();
        private boolean discover;

        private Builder() {}

        /**
         * Adds a renderer.
         *
         * @param renderer the renderer
         * @return {@code this}
         * @throws IllegalArgumentException if its format name, file extension or media type is
         *     missing or malformed (see {@link Renderer}); the message names its class
         * @throws IllegalStateException if a renderer with the same format was added before
         */
        public Builder add(Renderer renderer) {
            Objects.requireNonNull(renderer, "renderer must not be null");
            put(explicit, renderer);
            return this;
        }

        /**
         * Also adds the renderers that {@link ServiceLoader} finds with this class's class loader,
         * when {@link #build()} runs.
         *
         * @return {@code this}
         */
        public Builder discover() {
            this.discover = true;
            return this;
        }

        /**
         * Also adds the renderers that {@link ServiceLoader} finds with the given class loader,
         * when {@link #build()} runs.
         *
         * @param classLoader where to look
         * @return {@code this}
         */
        public Builder discover(ClassLoader classLoader) {
            discoverWith.add(Objects.requireNonNull(classLoader, "classLoader must not be null"));
            return this;
        }

        /**
         * Builds the registry.
         *
         * @return the renderers
         * @throws IllegalStateException if two discovered renderers share a format name, a
         *     discovered renderer's format name, file extension or media type is missing or
         *     malformed, or a provider cannot be loaded
         */
        public Renderers build() {
            Map<String, Renderer> found = new LinkedHashMap<>();
            try {
                if (discover) {
                    // On the module path this finds the providers of every module; on the class path it
                    // reads META-INF/services from the loader of this library.
                    for (Renderer r : ServiceLoader.load(Renderer.class, Renderers.class.getClassLoader())) {
                        putDiscovered(found, r);
                    }
                }
                for (ClassLoader cl : discoverWith) {
                    for (Renderer r : ServiceLoader.load(Renderer.class, cl)) {
                        putDiscovered(found, r);
                    }
                }
            } catch (ServiceConfigurationError e) {
                throw new IllegalStateException("A renderer could not be loaded: " + e.getMessage(), e);
            }
            Map<String, Renderer> all = new LinkedHashMap<>(found);
            all.putAll(explicit); // explicit ones win: a user's configured renderer replaces a default
            return new Renderers(all);
        }

        private static void putDiscovered(Map<String, Renderer> found, Renderer r) {
            Renderer same = found.get(r.format());
            // The same class reached through two class loaders is one renderer, not a conflict.
            if (same != null && same.getClass().getName().equals(r.getClass().getName())) {
                return;
            }
            try {
                put(found, r);
            } catch (IllegalArgumentException e) {
                // A discovered renderer's bad name is a broken plug-in, not a caller's bad argument:
                // the documented IllegalStateException, whose message names the class.
                throw new IllegalStateException(e.getMessage(), e);
            }
        }

        private static void put(Map<String, Renderer> into, Renderer r) {
            RendererShape.check(r);
            String format = r.format();
            Renderer before = into.putIfAbsent(format, r);
            if (before != null) {
                throw new IllegalStateException("Two renderers have the format name '" + format + "': "
                        + before.getClass().getName() + " and " + r.getClass().getName()
                        + "; remove one from the class path or give it another format name");
            }
        }
    }
}
