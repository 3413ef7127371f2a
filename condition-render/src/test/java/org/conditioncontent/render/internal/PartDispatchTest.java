package org.conditioncontent.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.outline.Outline;
import org.conditioncontent.model.outline.OutlineVisitor;
import org.conditioncontent.model.outline.Part;
import org.conditioncontent.render.SampleConditions;
import org.conditioncontent.render.html.HtmlRenderer;
import org.conditioncontent.render.text.TextRenderer;
import org.junit.jupiter.api.Test;

class PartDispatchTest {

    /**
     * Articles that have a part of every type between them: nested sections, lists and items and
     * an aside in one, a figure, resources and references in the other.
     */
    private static final List<Condition> EVERY_PART = List.of(SampleConditions.shapes(), SampleConditions.complete());

    /** What {@link Outline#walk} called: the visitor method and its part. */
    private record Visit(String method, Part part) {
        boolean exit() {
            return method.startsWith("exit");
        }

        /** The built-in method that writes the same: {@code enterSection} is {@code builtInEnterSection}. */
        String builtInMethod() {
            return "builtIn" + method.substring(0, 1).toUpperCase(Locale.ROOT) + method.substring(1);
        }
    }

    private static List<Visit> walk(List<Condition> conditions) {
        List<Visit> visits = new ArrayList<>();
        OutlineVisitor recorder = (OutlineVisitor) Proxy.newProxyInstance(OutlineVisitor.class.getClassLoader(),
                new Class<?>[] {OutlineVisitor.class}, (proxy, method, args) -> {
                    visits.add(new Visit(method.getName(), (Part) args[0]));
                    return null;
                });
        conditions.forEach(c -> Outline.of(c).walk(recorder));
        return visits;
    }

    private static Set<Class<?>> partTypes(List<Visit> visits) {
        Set<Class<?>> types = new LinkedHashSet<>();
        visits.forEach(v -> types.add(v.part().getClass()));
        return types;
    }

    @Test
    void theSampleHasAPartOfEveryType() {
        // Without this, the tests below could pass for a part type that no article of theirs has.
        assertThat(partTypes(walk(EVERY_PART))).containsExactlyInAnyOrder(Part.class.getPermittedSubclasses());
    }

    @Test
    void everyPartGoesToTheBuiltInMethodOfItsTypeAndEnd() {
        for (Visit visit : walk(EVERY_PART)) {
            List<String> called = new ArrayList<>();
            BuiltInParts markup = (BuiltInParts) Proxy.newProxyInstance(BuiltInParts.class.getClassLoader(),
                    new Class<?>[] {BuiltInParts.class}, (proxy, method, args) -> {
                        assertThat(args[0]).isSameAs(visit.part());
                        called.add(method.getName());
                        return null;
                    });
            PartDispatch.builtIn(markup, visit.part(), visit.exit());
            assertThat(called).as("the built-in methods called for %s", visit).containsExactly(visit.builtInMethod());
        }
    }

    @Test
    void theBuiltInMarkupOfAPartIsWrittenOnceAndOnlyForTheCurrentPart() {
        List<String> called = new ArrayList<>();
        BuiltInParts markup = (BuiltInParts) Proxy.newProxyInstance(BuiltInParts.class.getClassLoader(),
                new Class<?>[] {BuiltInParts.class}, (proxy, method, args) -> called.add(method.getName()));
        PartDispatch parts = new PartDispatch(markup);
        Part.Header header = new Part.Header(SampleConditions.minimal());

        parts.renderBuiltIn();
        assertThat(called).as("outside a part").isEmpty();

        parts.begin(header, false);
        assertThat(parts.current()).isSameAs(header);
        parts.renderBuiltIn();
        parts.renderBuiltIn();
        assertThat(parts.end()).isTrue();
        assertThat(called).containsExactly("builtInHeader");
        assertThat(parts.current()).isNull();

        parts.begin(header, false);
        assertThat(parts.end()).as("a part whose user's renderer did not delegate").isFalse();
        parts.renderBuiltIn();
        assertThat(called).containsExactly("builtInHeader");
    }

    /**
     * A renderer with a user's renderer for every part type, each asking for the built-in markup
     * at its start and its end, writes what the plain renderer writes: so both renderers send
     * every part type to their built-in markup, and the user's renderers see every type.
     */
    @Test
    void theHtmlRendererSendsEveryPartTypeToItsBuiltInMarkup() {
        Set<Class<?>> seen = new LinkedHashSet<>();
        HtmlRenderer.Builder builder = HtmlRenderer.builder();
        for (Class<?> type : Part.class.getPermittedSubclasses()) {
            builder.partRenderer(partType(type), (part, context) -> {
                seen.add(part.getClass());
                context.renderBuiltIn();
            });
        }
        HtmlRenderer wrapped = builder.build();
        for (Condition c : EVERY_PART) {
            assertThat(wrapped.render(c)).isEqualTo(new HtmlRenderer().render(c));
        }
        assertThat(seen).containsExactlyInAnyOrder(Part.class.getPermittedSubclasses());
    }

    @Test
    void theTextRendererSendsEveryPartTypeToItsBuiltInLines() {
        Set<Class<?>> seen = new LinkedHashSet<>();
        TextRenderer.Builder builder = TextRenderer.builder();
        for (Class<?> type : Part.class.getPermittedSubclasses()) {
            builder.partRenderer(partType(type), (part, context) -> {
                seen.add(part.getClass());
                context.renderBuiltIn();
            });
        }
        TextRenderer wrapped = builder.build();
        for (Condition c : EVERY_PART) {
            assertThat(wrapped.render(c)).isEqualTo(new TextRenderer().render(c));
        }
        assertThat(seen).containsExactlyInAnyOrder(Part.class.getPermittedSubclasses());
    }

    @SuppressWarnings("unchecked")
    private static Class<Part> partType(Class<?> type) {
        return (Class<Part>) type;
    }
}
