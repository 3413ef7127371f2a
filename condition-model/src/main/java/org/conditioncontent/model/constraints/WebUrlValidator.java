package org.conditioncontent.model.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Checks {@link WebUrl}: {@code null} passes; otherwise an absolute http(s) URI with a host. */
public final class WebUrlValidator implements ConstraintValidator<WebUrl, CharSequence> {

    /** Creates the validator; the validation provider calls this. */
    public WebUrlValidator() {}

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        return value == null || isWebUrl(value.toString());
    }

    /**
     * Tells whether a text is an absolute {@code http} or {@code https} URL with a host.
     *
     * @param text the text to test
     * @return {@code true} when it is such a URL
     */
    public static boolean isWebUrl(String text) {
        if (text.isEmpty() || text.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            if (scheme == null) {
                return false;
            }
            String lower = scheme.toLowerCase(Locale.ROOT);
            return (lower.equals("http") || lower.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
