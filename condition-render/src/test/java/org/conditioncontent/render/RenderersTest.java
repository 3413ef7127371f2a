package org.conditioncontent.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.conditioncontent.model.Condition;
import org.conditioncontent.render.html.HtmlRenderer;
import org.conditioncontent.render.text.TextRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderersTest {

    @Test
    void discoversTheBuiltInRenderers() {
        Renderers renderers = Renderers.discover();
        assertThat(renderers.formats()).contains("html", "json", "text");
        assertThat(renderers.get("text")).isInstanceOf(TextRenderer.class);
        assertThat(renderers.get("html")).isInstanceOf(HtmlRenderer.class);
        assertThat(renderers.get("json").getClass().getName()).isEqualTo("org.conditioncontent.render.json.JsonRenderer");
        assertThat(renderers.all()).extracting(Renderer::format).isSorted();
    }

    @Test
    void refusesAnUnknownFormatAndListsTheKnownOnes() {
        Renderers renderers = Renderers.discover();
        assertThatThrownBy(() -> renderers.get("nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'nope'")
                .hasMessageContaining("html")
                .hasMessageContaining("json")
                .hasMessageContaining("text");
        assertThat(renderers.find("nope")).isEmpty();
    }

    @Test
    void refusesTwoExplicitRenderersWithOneFormatNamingBothClasses() {
        Renderers.Builder builder = Renderers.builder().add(new First());
        assertThatThrownBy(() -> builder.add(new Second()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'same'")
                .hasMessageContaining(First.class.getName())
                .hasMessageContaining(Second.class.getName());
    }

    @Test
    void letsAnExplicitRendererReplaceADiscoveredOne() {
        HtmlRenderer fragment = HtmlRenderer.builder().fragment(true).build();
        Renderers renderers = Renderers.builder().add(fragment).discover().build();
        assertThat(renderers.get("html")).isSameAs(fragment);
        assertThat(renderers.get("text")).isInstanceOf(TextRenderer.class);
    }

    @Test
    void holdsOnlyExplicitRenderersWithoutDiscovery() {
        Renderers renderers = Renderers.builder().add(new First()).build();
        assertThat(renderers.formats()).containsExactly("same");
    }

    @Test
    void refusesAMalformedFormatName() {
        Renderer bad = new First() {
            @Override
            public String format() {
                return "Not Valid";
            }
        };
        assertThatThrownBy(() -> Renderers.builder().add(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Not Valid'");
    }

    /** A renderer whose extension and media type are the given ones. */
    private static Renderer withFile(String extension, String mediaType) {
        return new First() {
            @Override
            public String fileExtension() {
                return extension;
            }

            @Override
            public String mediaType() {
                return mediaType;
            }
        };
    }

    @Test
    void refusesAFileExtensionThatIsNoPlainExtensionNamingTheClass() {
        for (String extension : new String[] {"../../evil", ".txt", "a/b", "TXT", "", "x..y"}) {
            Renderer bad = withFile(extension, "text/plain");
            assertThatThrownBy(() -> Renderers.builder().add(bad)).as(extension)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Renderer " + bad.getClass().getName() + " has file extension '" + extension + "'; a file extension is"
                            + " lower-case letters and digits, without the leading dot, such as \"html\" or \"tar.gz\"");
        }
        assertThatThrownBy(() -> Renderers.builder().add(withFile(null, "text/plain"))).hasMessageContaining("file extension 'null'");
        assertThat(Renderers.builder().add(withFile("tar.gz", "application/gzip")).build().formats()).containsExactly("same");
    }

    @Test
    void refusesAMissingOrMalformedMediaTypeNamingTheClass() {
        for (String mediaType : new String[] {null, "", " ", "text", "text/plain\nX-Injected: 1"}) {
            Renderer bad = withFile("txt", mediaType);
            assertThatThrownBy(() -> Renderers.builder().add(bad)).as(String.valueOf(mediaType))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Renderer " + bad.getClass().getName() + " has media type '")
                    .hasMessageEndingWith("a media type is a type and a subtype, such as \"text/html\" or \"text/plain; charset=UTF-8\"");
        }
        assertThat(Renderers.builder().add(withFile("md", "text/markdown; charset=UTF-8")).build().formats()).containsExactly("same");
    }

    @Test
    void aDiscoveredRendererWithAMalformedNameIsTheDocumentedIllegalState(@TempDir Path plugin) throws IOException {
        // It threw IllegalArgumentException, which an app catching the documented exception
        // missed (audit-api #4).
        Path services = plugin.resolve("META-INF/services/" + Renderer.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, BadlyNamed.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {plugin.toUri().toURL()}, getClass().getClassLoader())) {
            assertThatThrownBy(() -> Renderers.builder().discover(loader).build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Renderer " + BadlyNamed.class.getName() + " has format name 'Markdown'; a format name is"
                            + " lower-case letters and digits separated by hyphens")
                    .hasCauseInstanceOf(IllegalArgumentException.class);
        }
    }

    /** A plug-in's renderer whose format name is not lower case. */
    public static final class BadlyNamed extends First {
        /** Makes the renderer; {@link java.util.ServiceLoader} calls it. */
        public BadlyNamed() {}

        @Override
        public String format() {
            return "Markdown";
        }
    }

    /** A renderer for the tests, with the format name {@code same}. */
    static class First implements Renderer {
        @Override
        public String format() {
            return "same";
        }

        @Override
        public String mediaType() {
            return "text/plain; charset=UTF-8";
        }

        @Override
        public String fileExtension() {
            return "txt";
        }

        @Override
        public void render(Condition condition, Appendable out) {
            Renderer.append(out, condition.id());
        }
    }

    /** Another renderer with the format name {@code same}. */
    static final class Second extends First {}

    @Test
    void aNullFormatIsRefusedByName() {
        Renderers renderers = Renderers.discover();

        assertThatThrownBy(() -> renderers.get(null)).isInstanceOf(NullPointerException.class).hasMessage("format must not be null");
        assertThatThrownBy(() -> renderers.find(null)).isInstanceOf(NullPointerException.class).hasMessage("format must not be null");
    }
}
