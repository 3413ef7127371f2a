package org.conditioncontent.render.internal;

import java.util.regex.Pattern;
import org.conditioncontent.render.Renderer;

/**
 * Checks what a renderer says about its files: its format name, its file extension and its media
 * type. A plug-in's renderer is code from elsewhere; a typo in its extension ({@code "../x"}) would
 * otherwise write files outside its format's folder, and a missing media type would be served
 * without one. Each message names the renderer's class, so the broken jar can be found.
 */
public final class RendererShape {

    /** A format name: lower-case letters and digits in words joined by hyphens. */
    private static final Pattern FORMAT_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** A file extension without its dot: lower-case letters and digits, parts joined by dots ("txt", "tar.gz"). */
    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]+(\\.[a-z0-9]+)*");

    /** A media type ("text/html"), optionally with parameters ("; charset=UTF-8") on the same line. */
    private static final Pattern MEDIA_TYPE = Pattern.compile("[A-Za-z0-9][\\w!#$&^.+-]*/[A-Za-z0-9][\\w!#$&^.+-]*(\\s*;[^\\r\\n]*)?");

    private RendererShape() {}

    /**
     * Checks a renderer's format name, file extension and media type.
     *
     * @param renderer the renderer
     * @throws IllegalArgumentException if one is missing or malformed; the message names the
     *     renderer's class and what the value must be
     */
    public static void check(Renderer renderer) {
        String name = renderer.getClass().getName();
        String format = renderer.format();
        if (format == null || !FORMAT_NAME.matcher(format).matches()) {
            throw new IllegalArgumentException("Renderer " + name + " has format name '" + format
                    + "'; a format name is lower-case letters and digits separated by hyphens");
        }
        String extension = renderer.fileExtension();
        if (extension == null || !EXTENSION.matcher(extension).matches()) {
            throw new IllegalArgumentException("Renderer " + name + " has file extension '" + extension
                    + "'; a file extension is lower-case letters and digits, without the leading dot, such as \"html\" or \"tar.gz\"");
        }
        String mediaType = renderer.mediaType();
        if (mediaType == null || !MEDIA_TYPE.matcher(mediaType).matches()) {
            throw new IllegalArgumentException("Renderer " + name + " has media type '" + mediaType
                    + "'; a media type is a type and a subtype, such as \"text/html\" or \"text/plain; charset=UTF-8\"");
        }
    }
}
