package org.conditioncontent.examples.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Opens;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.conditioncontent.examples.api.internal.HiddenType;
import org.conditioncontent.json.WireFormat;
import org.junit.jupiter.api.Test;

/**
 * Proves that the library's public API is what its module descriptors promise, and no more. For
 * the API modules (condition-model, condition-loader and condition-render) it checks the compiled
 * classes of every unqualified exported package:
 *
 * <ul>
 *   <li>no public or protected signature of a public type (superclass, interfaces, type parameter
 *       bounds, fields, constructors, methods, thrown exceptions, annotations, generic type
 *       arguments included) mentions a type from an {@code internal} package or from the wire
 *       format package {@code org.conditioncontent.json}, which is exported only to the library's
 *       own modules;</li>
 *   <li>every type such a signature mentions can be read by a user who {@code requires} the
 *       module: it is in a package exported to everyone by the module itself, by a module it
 *       {@code requires transitive}, or by {@code java.base};</li>
 *   <li>every public class is closed to subclassing (final, sealed, a record, an enum or an
 *       interface) or is abstract and listed in {@link #ABSTRACT_WITH_REASON}, so no user can come
 *       to depend on overriding the implementation.</li>
 * </ul>
 *
 * <p>For every library module, condition-json and condition-cli included, it reads the compiled
 * {@code module-info.class} and checks that no {@code internal} package is exported or opened and
 * that the wire format is exported only to the loader and the renderers.
 *
 * <p>Everything is read from wherever the test class path has the modules (jars in the local
 * repository, or the modules' {@code target/classes} in a reactor build), so it checks what users
 * get rather than the sources. The last tests feed the same checks deliberate leaks, to show that
 * they fail when someone exports an internal package or leaks an internal type.
 */
class ApiSurfaceTest {

    private static final String MODEL = "org.conditioncontent.model";
    private static final String JSON = "org.conditioncontent.json";
    private static final String LOADER = "org.conditioncontent.loader";
    private static final String RENDER = "org.conditioncontent.render";
    private static final String LSP = "org.conditioncontent.lsp";
    private static final String CLI = "org.conditioncontent.cli";

    /** The modules whose unqualified exports are the library's API. */
    private static final List<String> API_MODULES = List.of(MODEL, LOADER, RENDER);

    /** Every module of the library, each with one of its classes to find it on the class path. */
    private static final Map<String, String> LIBRARY_MODULES = Map.of(
            MODEL, "org.conditioncontent.model.Condition",
            JSON, "org.conditioncontent.json.WireFormat",
            LOADER, "org.conditioncontent.loader.ConditionLoader",
            RENDER, "org.conditioncontent.render.Renderer",
            LSP, "org.conditioncontent.lsp.ConditionsLanguageServer",
            CLI, "org.conditioncontent.cli.Main");

    /** The package of the wire format: shared by the loader and the JSON renderer, never API. */
    private static final String WIRE_FORMAT_PACKAGE = "org.conditioncontent.json";

    /**
     * The exported API packages as documented in docs/modules.md. Exporting another package is an
     * API decision: update the documentation and this list together.
     */
    private static final Map<String, Set<String>> DOCUMENTED_EXPORTS = Map.of(
            MODEL, Set.of("org.conditioncontent.model", "org.conditioncontent.model.constraints", "org.conditioncontent.model.outline"),
            LOADER, Set.of("org.conditioncontent.loader", "org.conditioncontent.loader.rules", "org.conditioncontent.loader.report", "org.conditioncontent.loader.schema"),
            RENDER, Set.of(
                    "org.conditioncontent.render",
                    "org.conditioncontent.render.text",
                    "org.conditioncontent.render.html",
                    "org.conditioncontent.render.json",
                    "org.conditioncontent.render.export"));

    /**
     * Public classes of exported packages that are abstract and neither final nor sealed, by binary
     * name, with the reason they are open to subclassing. None today: extension points are
     * interfaces ({@code Renderer}, {@code EditorialRule}, {@code RuleContext}). Add an entry only
     * for a class that is designed to be extended, and say why an interface would not do.
     */
    private static final Map<String, String> ABSTRACT_WITH_REASON = Map.of(
            "org.conditioncontent.model.outline.OutlineAdapter",
            "a visitor whose methods do nothing, for walks that need a few part types; OutlineVisitor itself has no "
                    + "defaults so that renderers are told of a new part type");

    private static final ClassLoader LOADER_OF_TESTS = ApiSurfaceTest.class.getClassLoader();

    @Test
    void theLibraryModulesAreExplicitModulesWithCompiledDescriptors() {
        Map<String, ModuleDescriptor> modules = libraryModules();

        assertThat(modules).containsOnlyKeys(LIBRARY_MODULES.keySet());
        assertThat(modules.values()).noneMatch(ModuleDescriptor::isAutomatic);
        assertThat(modules.values()).noneMatch(ModuleDescriptor::isOpen);
    }

    @Test
    void theApiModulesExportExactlyTheDocumentedPackages() {
        for (String module : API_MODULES) {
            assertThat(apiPackages(descriptor(module)))
                    .as("packages %s exports to everyone (see docs/modules.md)", module)
                    .isEqualTo(DOCUMENTED_EXPORTS.get(module));
        }
    }

    @Test
    void noLibraryModuleExportsOrOpensAnInternalPackage() {
        List<String> exposures = new ArrayList<>();
        for (ModuleDescriptor module : libraryModules().values()) {
            exposures.addAll(internalExposures(module));
        }

        assertThat(exposures).as("internal packages exported or opened").isEmpty();
    }

    /** The format-1 records are read reflectively by the binder and the validator, and by nothing else. */
    @Test
    void theFormatOnePackageIsOpenOnlyToTheBinderAndTheValidator() {
        ModuleDescriptor loader = descriptor(LOADER);
        String format1 = "org.conditioncontent.loader.format1";
        assertThat(loader.packages()).contains(format1);
        assertThat(loader.exports()).noneMatch(e -> e.source().equals(format1));
        assertThat(loader.opens()).filteredOn(o -> o.source().equals(format1)).singleElement()
                .satisfies(o -> assertThat(o.targets()).containsExactlyInAnyOrder("org.hibernate.validator", "org.conditioncontent.json"));
    }

    @Test
    void theInternalPackagesTheChecksGuardExist() {
        Set<String> internal = libraryModules().values().stream()
                .flatMap(module -> module.packages().stream())
                .filter(ApiSurfaceTest::isInternal)
                .collect(Collectors.toSet());

        // If these moved, the checks above would pass without checking anything.
        assertThat(internal).contains(
                "org.conditioncontent.loader.internal",
                "org.conditioncontent.loader.rules.internal",
                "org.conditioncontent.render.internal");
    }

    @Test
    void theWireFormatIsExportedOnlyToTheLoaderTheRenderersTheCommandAndTheLanguageServer() {
        ModuleDescriptor json = descriptor(JSON);

        assertThat(json.exports()).isNotEmpty().allSatisfy(export -> {
            assertThat(export.isQualified()).as("%s is qualified", export).isTrue();
            // the command's migrate writes the wire form; the language server reads its field names
            assertThat(export.targets()).as("targets of %s", export).isSubsetOf(LOADER, RENDER, CLI, LSP);
        });
        assertThat(json.opens()).isEmpty();
    }

    @Test
    void theCommandExportsNothing() {
        assertThat(descriptor(CLI).exports()).isEmpty();
    }

    @Test
    void theScanFindsTheApi() {
        Set<String> names = apiTypes().stream().map(Class::getName).collect(Collectors.toSet());

        // If the scan found nothing, the signature and finality checks would pass vacuously.
        assertThat(names).contains(
                "org.conditioncontent.model.Condition",
                "org.conditioncontent.model.Condition$Builder",
                "org.conditioncontent.model.constraints.WebUrl",
                "org.conditioncontent.loader.ConditionLoader",
                "org.conditioncontent.loader.rules.EditorialRule",
                "org.conditioncontent.render.Renderer",
                "org.conditioncontent.render.html.HtmlRenderer",
                "org.conditioncontent.render.json.JsonRenderer",
                "org.conditioncontent.render.text.TextRenderer");
        assertThat(names).noneMatch(name -> isInternal(packageOf(name)));
    }

    @Test
    void noApiSignatureMentionsAnInternalOrWireFormatType() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : apiTypes()) {
            leaks.addAll(leaks(type));
        }

        assertThat(leaks).as("API signatures that mention internal or wire-format types").isEmpty();
    }

    @Test
    void everyTypeAnApiSignatureMentionsIsReadableByItsUsers() {
        Map<String, ModuleDescriptor> everyModule = modulesOnClassPathAndInJdk();
        List<String> unreadable = new ArrayList<>();
        for (String module : API_MODULES) {
            Set<String> readable = packagesReadableBy(module, everyModule);
            for (Class<?> type : apiTypes(descriptor(module))) {
                for (Mention mention : signatureOf(type)) {
                    if (!readable.contains(mention.type().getPackageName())) {
                        unreadable.add(mention + ", which a module that requires " + module + " cannot read");
                    }
                }
            }
        }

        assertThat(unreadable).as("API signatures that mention types their users cannot read").isEmpty();
    }

    @Test
    void everyPublicClassIsClosedToSubclassingOrSaysWhyNot() {
        List<String> open = apiTypes().stream()
                .filter(type -> !isClosed(type))
                .map(type -> type.getName() + " is " + Modifier.toString(type.getModifiers())
                        + ": make it final, sealed, a record or an interface, or list it in ABSTRACT_WITH_REASON")
                .toList();

        assertThat(open).as("public classes open to subclassing").isEmpty();
    }

    @Test
    void everyListedAbstractClassIsStillAbstractApi() {
        Set<String> apiNames = apiTypes().stream().map(Class::getName).collect(Collectors.toSet());

        assertThat(ABSTRACT_WITH_REASON).allSatisfy((name, reason) -> {
            assertThat(apiNames).as("listed class %s is public API", name).contains(name);
            Class<?> type = load(name);
            assertThat(Modifier.isAbstract(type.getModifiers())).as("%s is abstract", name).isTrue();
            assertThat(reason).as("reason for %s", name).isNotBlank();
        });
    }

    // The checks fail when they should: each is fed a deliberate leak.

    @Test
    void theDescriptorCheckCatchesAnExportedOrOpenedInternalPackage() {
        ModuleDescriptor leaky = ModuleDescriptor.newModule("org.conditioncontent.leaky")
                .exports("org.conditioncontent.leaky")
                .exports("org.conditioncontent.leaky.internal")
                .opens("org.conditioncontent.leaky.rules.internal")
                .exports(Set.of(), "org.conditioncontent.leaky.other.internal", Set.of(LOADER))
                .build();

        assertThat(internalExposures(leaky)).hasSize(3);
        assertThat(internalExposures(ModuleDescriptor.newOpenModule("org.conditioncontent.open").build()))
                .hasSize(1);
    }

    @Test
    void theSignatureCheckCatchesInternalAndWireFormatTypesWhereverTheyHide() {
        assertThat(leaks(LeakyApi.class)).hasSize(5).allSatisfy(leak -> assertThat(leak)
                .containsAnyOf(HiddenType.class.getName(), WireFormat.class.getName()));
        assertThat(leaks(LeakyBase.class)).isEmpty();
    }

    @Test
    void theFinalityCheckCatchesAnOpenClass() {
        assertThat(isClosed(LeakyBase.class)).isFalse();
        assertThat(isClosed(LeakyApi.class)).isTrue();
        assertThat(isClosed(Map.Entry.class)).isTrue();
    }

    /** A fixture that leaks an internal type through every kind of signature the check reads. */
    @SuppressWarnings("unused")
    public static final class LeakyApi extends LeakyBase implements Comparable<List<? extends HiddenType>> {

        public HiddenType hidden;

        public LeakyApi(Map<String, WireFormat[]> formats) {}

        private LeakyApi(HiddenType hidden) {}

        public <T extends HiddenType> void bounded(T value) {}

        @Override
        public int compareTo(List<? extends HiddenType> other) {
            return 0;
        }

        private HiddenType hidden() {
            throw new UnsupportedOperationException();
        }
    }

    /** A fixture: a public class open to subclassing, with a clean signature. */
    public static class LeakyBase {}

    // --- The library's module descriptors and API types ---

    private static Map<String, ModuleDescriptor> libraryModules() {
        Map<String, ModuleDescriptor> modules = new TreeMap<>();
        LIBRARY_MODULES.keySet().forEach(name -> modules.put(name, descriptor(name)));
        return modules;
    }

    /** The compiled descriptor of a library module, read from where the class path has it. */
    private static ModuleDescriptor descriptor(String module) {
        Path location = location(load(LIBRARY_MODULES.get(module)));
        return ModuleFinder.of(location).find(module).map(ModuleReference::descriptor).orElseThrow(
                () -> new AssertionError(location + " has no compiled module-info.class for " + module));
    }

    private static Set<String> apiPackages(ModuleDescriptor module) {
        return module.exports().stream()
                .filter(export -> !export.isQualified())
                .map(Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Class<?>> apiTypes() {
        return API_MODULES.stream().flatMap(module -> apiTypes(descriptor(module)).stream()).toList();
    }

    /** The public and protected types of a module's unqualified exported packages, nested ones included. */
    private static List<Class<?>> apiTypes(ModuleDescriptor module) {
        Path location = location(load(LIBRARY_MODULES.get(module.name())));
        List<Class<?>> types = new ArrayList<>();
        try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location)) {
            Path root = jar == null ? location : jar.getPath("/");
            for (String pkg : apiPackages(module)) {
                try (Stream<Path> files = Files.list(root.resolve(pkg.replace('.', '/')))) {
                    files.map(file -> file.getFileName().toString())
                            .filter(file -> file.endsWith(".class") && !file.equals("package-info.class"))
                            .map(file -> load(pkg + "." + file.substring(0, file.length() - ".class".length())))
                            .filter(ApiSurfaceTest::isApi)
                            .forEach(types::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the classes of " + location, e);
        }
        types.sort((a, b) -> a.getName().compareTo(b.getName()));
        return types;
    }

    private static boolean isApi(Class<?> type) {
        if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
            return false;
        }
        int modifiers = type.getModifiers();
        Class<?> enclosing = type.getDeclaringClass();
        return enclosing == null
                ? Modifier.isPublic(modifiers)
                : (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers)) && isApi(enclosing);
    }

    private static boolean isClosed(Class<?> type) {
        int modifiers = type.getModifiers();
        return type.isInterface() || type.isEnum() || type.isRecord() || type.isSealed()
                || Modifier.isFinal(modifiers)
                || (Modifier.isAbstract(modifiers) && ABSTRACT_WITH_REASON.containsKey(type.getName()));
    }

    private static List<String> internalExposures(ModuleDescriptor module) {
        List<String> exposures = new ArrayList<>();
        if (module.isOpen()) {
            exposures.add(module.name() + " is an open module, so its internal packages are open to reflection");
        }
        for (Exports export : module.exports()) {
            if (isInternal(export.source())) {
                exposures.add(module.name() + " exports " + export);
            }
        }
        for (Opens open : module.opens()) {
            if (isInternal(open.source())) {
                exposures.add(module.name() + " opens " + open);
            }
        }
        return exposures;
    }

    private static boolean isInternal(String pkg) {
        return Arrays.asList(pkg.split("\\.")).contains("internal");
    }

    private static List<String> leaks(Class<?> type) {
        return signatureOf(type).stream()
                .filter(mention -> {
                    String pkg = mention.type().getPackageName();
                    return isInternal(pkg) || pkg.equals(WIRE_FORMAT_PACKAGE);
                })
                .map(Mention::toString)
                .toList();
    }

    // --- Reading a type's public signature ---

    /** A type named by a public signature, and where. */
    private record Mention(String where, Class<?> type) {
        @Override
        public String toString() {
            return where + " mentions " + type.getName();
        }
    }

    /**
     * Every type that the public and protected signature of {@code type} names: its supertypes,
     * type parameter bounds and annotations, and those of its public and protected fields,
     * constructors and methods, including those inherited from a superclass users cannot see.
     */
    private static List<Mention> signatureOf(Class<?> type) {
        Set<Mention> mentions = new LinkedHashSet<>();
        String name = type.getTypeName();
        typeParameters(name, type.getTypeParameters(), mentions);
        if (type.getGenericSuperclass() != null) {
            walk(name + " superclass", type.getGenericSuperclass(), mentions);
        }
        for (Type implemented : type.getGenericInterfaces()) {
            walk(name + " interface", implemented, mentions);
        }
        annotations(name, type.getDeclaredAnnotations(), mentions);
        for (Class<?> declaring = type; declaring != null; declaring = declaring.getSuperclass()) {
            if (declaring != type && Modifier.isPublic(declaring.getModifiers())) {
                break; // a public superclass is checked on its own, or is the JDK's
            }
            for (Field field : declaring.getDeclaredFields()) {
                if (isVisible(field.getModifiers()) && !field.isSynthetic()) {
                    String where = name + " field " + field.getName();
                    walk(where, field.getGenericType(), mentions);
                    annotations(where, field.getDeclaredAnnotations(), mentions);
                }
            }
            for (Constructor<?> constructor : declaring.getDeclaredConstructors()) {
                if (declaring == type) {
                    executable(name + " constructor " + constructor.toGenericString(), constructor, mentions);
                }
            }
            for (Method method : declaring.getDeclaredMethods()) {
                if (!method.isBridge()) {
                    executable(name + " method " + method.toGenericString(), method, mentions);
                }
            }
        }
        return List.copyOf(mentions);
    }

    private static void executable(String where, Executable executable, Set<Mention> mentions) {
        if (!isVisible(executable.getModifiers()) || executable.isSynthetic()) {
            return;
        }
        typeParameters(where, executable.getTypeParameters(), mentions);
        if (executable instanceof Method method) {
            walk(where, method.getGenericReturnType(), mentions);
        }
        for (Type parameter : executable.getGenericParameterTypes()) {
            walk(where, parameter, mentions);
        }
        for (Type thrown : executable.getGenericExceptionTypes()) {
            walk(where, thrown, mentions);
        }
        annotations(where, executable.getDeclaredAnnotations(), mentions);
        for (Annotation[] parameter : executable.getParameterAnnotations()) {
            annotations(where, parameter, mentions);
        }
    }

    private static boolean isVisible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void typeParameters(String where, TypeVariable<?>[] parameters, Set<Mention> mentions) {
        for (TypeVariable<?> parameter : parameters) {
            for (Type bound : parameter.getBounds()) {
                walk(where, bound, mentions);
            }
        }
    }

    private static void annotations(String where, Annotation[] annotations, Set<Mention> mentions) {
        for (Annotation annotation : annotations) {
            mentions.add(new Mention(where + " annotation", annotation.annotationType()));
        }
    }

    /** Adds every class that {@code type} names, through arrays, type arguments, wildcards and bounds. */
    private static void walk(String where, Type type, Set<Mention> mentions) {
        Deque<Type> pending = new ArrayDeque<>(List.of(type));
        Set<Type> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            Type next = pending.pop();
            if (!seen.add(next)) {
                continue;
            }
            if (next instanceof Class<?> cls) {
                while (cls.isArray()) {
                    cls = cls.getComponentType();
                }
                if (!cls.isPrimitive()) {
                    mentions.add(new Mention(where, cls));
                }
            } else if (next instanceof ParameterizedType parameterized) {
                pending.push(parameterized.getRawType());
                if (parameterized.getOwnerType() != null) {
                    pending.push(parameterized.getOwnerType());
                }
                pending.addAll(List.of(parameterized.getActualTypeArguments()));
            } else if (next instanceof GenericArrayType array) {
                pending.push(array.getGenericComponentType());
            } else if (next instanceof WildcardType wildcard) {
                pending.addAll(List.of(wildcard.getUpperBounds()));
                pending.addAll(List.of(wildcard.getLowerBounds()));
            } else if (next instanceof TypeVariable<?> variable) {
                pending.addAll(List.of(variable.getBounds()));
            }
        }
    }

    // --- What a user of a module can read ---

    /**
     * The packages a module that {@code requires} the given API module can use: those exported to
     * everyone by it, by every module it requires transitively, and by java.base.
     */
    private static Set<String> packagesReadableBy(String module, Map<String, ModuleDescriptor> modules) {
        Set<String> read = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(module, "java.base"));
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (!read.add(name)) {
                continue;
            }
            ModuleDescriptor descriptor = modules.get(name);
            assertThat(descriptor).as("module %s, read by users of %s, is on the class path", name, module).isNotNull();
            descriptor.requires().stream()
                    .filter(requires -> requires.modifiers().contains(Requires.Modifier.TRANSITIVE))
                    .map(Requires::name)
                    .forEach(pending::push);
        }
        Set<String> packages = new HashSet<>();
        for (String name : read) {
            packages.addAll(apiPackages(modules.get(name)));
        }
        return packages;
    }

    /**
     * The descriptors of the JDK's modules and of every jar or folder on the test class path that
     * is a module (explicit or automatic), by name; the library's own come from
     * {@link #libraryModules()}.
     */
    private static Map<String, ModuleDescriptor> modulesOnClassPathAndInJdk() {
        Map<String, ModuleDescriptor> modules = new TreeMap<>();
        ModuleFinder.ofSystem().findAll().forEach(reference -> modules.put(reference.descriptor().name(),
                reference.descriptor()));
        for (Path entry : classPathEntries()) {
            try {
                ModuleFinder.of(entry).findAll().forEach(reference -> modules.putIfAbsent(
                        reference.descriptor().name(), reference.descriptor()));
            } catch (FindException e) {
                // Not usable as a module, so no user could require it either.
            }
        }
        modules.putAll(libraryModules());
        return modules;
    }

    /** The jars and folders on the test class path that hold a manifest or a module descriptor. */
    private static Set<Path> classPathEntries() {
        Set<Path> entries = new LinkedHashSet<>();
        for (String resource : List.of("module-info.class", "META-INF/MANIFEST.MF")) {
            try {
                for (URL url : Collections.list(LOADER_OF_TESTS.getResources(resource))) {
                    if (url.getProtocol().equals("jar")) {
                        entries.add(Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI()));
                    } else if (url.getProtocol().equals("file")) {
                        Path file = Path.of(url.toURI());
                        entries.add(resource.contains("/") ? file.getParent().getParent() : file.getParent());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return entries;
    }

    // --- Helpers ---

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, LOADER_OF_TESTS);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name + " is not on the test class path", e);
        }
    }

    /** The jar or class folder a class was loaded from. */
    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String packageOf(String className) {
        return className.substring(0, className.lastIndexOf('.'));
    }
}
